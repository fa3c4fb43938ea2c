// The key findings in words, the development proposals and the data and method
// section, in both languages, with the right singular and plural.
import { describe, expect, it } from 'vitest';
import { mapEcosystem } from '../../../src/analysis/map-analysis.js';
import { formatInteger, formatNumber, formatPercent } from '../../../src/reports/format.js';
import { labelsFor, type Lang } from '../../../src/reports/i18n/index.js';
import type { Formatters } from '../../../src/reports/map-view-sections.js';
import { findingsSection, methodSection, recommendationsSection } from '../../../src/reports/study-view.js';
import type { Ecosystem } from '../../../src/model/schema-types.js';
import { ecosystemOf } from '../analysis/helpers.js';

function formatters(lang: Lang, ecosystem: Ecosystem): Formatters {
  const t = labelsFor(lang);
  const names = new Map(ecosystem.actors.map((a) => [a.id, a.name]));
  return {
    n: (x, d = 3) => formatNumber(x, d, t),
    pct: (x) => formatPercent(x, t),
    int: (x) => formatInteger(x, t),
    sectorName: (s) => t.sector[s as keyof typeof t.sector] ?? s,
    nameOf: (id) => names.get(id) ?? id,
  };
}

/** A town, a firm and a university in one project; one more firm alone. */
function study(): Ecosystem {
  return ecosystemOf({ city: 'public', firm: 'company', uni: 'research', lone: 'company' }, [['city', 'firm']], {
    ecosystem: { id: 'k', name: 'K', collected: '2025-03', method: 'Haastattelut ja hankerekisteri.', sources: ['Hankerekisteri', 'Haastattelut'] },
    projects: [{ id: 'p', title: 'P', lead: 'city', partners: ['uni'] }],
    recommendations: [{ text: 'Kutsu rahoittajat mukaan', owner: 'city', due: '2026-06' }, { text: 'Perusta yritysten foorumi' }],
  });
}

describe('the study sections', () => {
  const eco = study();
  const { result } = mapEcosystem(eco, { directed: false, links: 'all', exact: true, seed: 42 });

  it('says the findings in order, in both languages, singular where one', () => {
    const fi = findingsSection(result, 'fi', formatters('fi', eco)).map((f) => f.text);
    const en = findingsSection(result, 'en', formatters('en', eco)).map((f) => f.text);
    expect(fi.length).toBe(result.findings.length);
    expect(en.length).toBe(fi.length);
    expect(fi).toContain('1 toimijalla (25\u00a0% kartoitetuista) ei ole yhtään yhteyttä muihin: LONE.');
    expect(en).toContain('1 actor (25% of the inventory) has no ties to others: LONE.');
    expect(en.join(' ')).not.toMatch(/\b1 (actors|ties|sectors)\b/);
    expect(fi.join(' ')).not.toMatch(/\b1 (toimijaa|yhteyttä|sektoria)\b/);
    expect(fi.find((s) => s.startsWith('Nelikierremallin'))).toBe('Nelikierremallin osapuolista puuttuu kokonaan kansalaisyhteiskunta.');
  });

  it('lists the development proposals with their owners by name', () => {
    const table = recommendationsSection(result, 'fi', formatters('fi', eco), (d) => d);
    expect(table?.rows).toEqual([
      ['Kutsu rahoittajat mukaan', 'CITY', '2026-06'],
      ['Perusta yritysten foorumi', '–', '–'],
    ]);
    expect(table?.header).toEqual(['Ehdotus', 'Vastuutoimija', 'Aikataulu']);
  });

  it('says when and how the data was gathered and how many ties are derived', () => {
    const en = methodSection(result, 'en', formatters('en', eco), (d) => `[${d}]`);
    expect(en.method).toBe('Haastattelut ja hankerekisteri.');
    expect(en.paragraphs[1]).toBe('Haastattelut ja hankerekisteri.');
    expect(en.paragraphs[0]).toBe('Data gathered: [2025-03].');
    expect(en.paragraphs).toContain(
      'Ties listed in the inventory: 1; ties derived from shared projects and events: 1. Derived ties are drawn dashed in the pictures.',
    );
  });
});
