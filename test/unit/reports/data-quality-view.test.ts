// The data quality section near the top of the report: the first rows of a
// long list, the rest to open on demand (counted in print), and no more than
// the report can carry.
import { describe, expect, it } from 'vitest';
import type { DataQuality } from '../../../src/model/data-quality.js';
import { dataQualitySection } from '../../../src/reports/data-quality-view.js';
import { labelsFor } from '../../../src/reports/i18n/index.js';

const duplicates = (n: number): DataQuality => ({
  leftOut: [],
  likelyDuplicates: Array.from({ length: n }, (_, i) => ({
    name: `Toimija ${i} Oy`,
    place: `actors.csv:${i + 3}:9`,
    other: `TOIMIJA ${i} OY`,
    otherPlace: `actors.csv:${i + 2}`,
    reason: 'similar-name' as const,
    keep: `a${i}`,
  })),
});

describe('dataQualitySection', () => {
  const t = labelsFor('fi');
  const int = (n: number): string => String(n);

  it('shows ten rows at first and the rest on demand; print counts the rest', () => {
    const list = dataQualitySection(duplicates(272), t, int)!.duplicates!;
    expect(list.table.rows).toHaveLength(10);
    expect(list.rest!.table.rows).toHaveLength(262);
    expect(list.rest!.summary).toBe('Näytä loput 262');
    expect(list.rest!.printed).toBe('… ja 262 muuta (eco validate luettelee kaikki).');
    expect(list.all.rows).toHaveLength(272);
    expect(list.more).toBeNull();
  });

  it('a short list has no rest, and a very long one says how many it leaves to eco validate', () => {
    expect(dataQualitySection(duplicates(7), t, int)!.duplicates!.rest).toBeNull();
    const long = dataQualitySection(duplicates(620), t, int)!.duplicates!;
    expect(long.all.rows).toHaveLength(500);
    expect(long.more).toBe('… ja 120 muuta (eco validate luettelee kaikki).');
  });
});
