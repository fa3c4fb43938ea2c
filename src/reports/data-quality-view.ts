// The report's "data quality" section: what --skip-invalid left out, and the
// actors that look entered twice, in the report's language.
import type { DataQuality } from '../model/data-quality.js';
import { fill } from './format.js';
import type { Labels } from './i18n/en.js';
import { table, type Table } from './table.js';

/**
 * Rows shown of each list, enough for the whole list of a real inventory
 * (fi-erdf's 10,201 actors have 272 likely duplicates); the rest are counted,
 * and eco validate lists them.
 */
const SHOWN = 500;

export interface DataQualitySection {
  leftOut: { intro: string; table: Table; more: string | null } | null;
  duplicates: { intro: string; table: Table; more: string | null } | null;
}

export function dataQualitySection(quality: DataQuality | undefined, t: Labels, int: (n: number) => string): DataQualitySection | null {
  if (!quality || (quality.leftOut.length === 0 && quality.likelyDuplicates.length === 0)) return null;
  const q = t.dataQuality;
  const word = <K extends string>(words: Record<K, string>, key: string): string => (words as Record<string, string>)[key] ?? key;
  const more = (count: number): string | null => (count > SHOWN ? fill(q.more, { count: int(count - SHOWN) }) : null);
  const decision = (d: DataQuality['leftOut'][number]): string => {
    const args = { entity: word(q.entity, d.entity), label: d.label, field: word(q.field, d.field ?? ''), value: d.value ?? '' };
    return fill(d.action === 'row' ? q.row : d.action === 'value' ? q.value : q.listItem, args);
  };
  return {
    leftOut:
      quality.leftOut.length > 0
        ? {
            intro: fill(q.leftOutIntro, { count: int(quality.leftOut.length) }),
            table: table(
              [q.columns.place, q.columns.decision, q.columns.reason],
              quality.leftOut.slice(0, SHOWN).map((d) => [d.place, decision(d), word(q.reason, d.code)]),
              ['left', 'left', 'left'],
            ),
            more: more(quality.leftOut.length),
          }
        : null,
    duplicates:
      quality.likelyDuplicates.length > 0
        ? {
            intro: fill(q.duplicatesIntro, { count: int(quality.likelyDuplicates.length) }),
            table: table(
              [q.columns.actor, q.columns.looksLike, q.columns.because, q.columns.keep],
              quality.likelyDuplicates
                .slice(0, SHOWN)
                .map((d) => [`${d.name} (${d.place})`, `${d.other} (${d.otherPlace})`, q.duplicateReason[d.reason], d.keep]),
              ['left', 'left', 'left', 'left'],
            ),
            more: more(quality.likelyDuplicates.length),
          }
        : null,
  };
}
