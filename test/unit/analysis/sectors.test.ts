import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/model/build-graph.js';
import { sectorFigures } from '../../../src/analysis/sectors.js';
import { ecosystemOf } from './helpers.js';

describe('sectorFigures', () => {
  // Two companies tied to each other, each tied to the university; the city tied to one company;
  // an actor without a sector tied to the city.
  const eco = ecosystemOf({ c1: 'company', c2: 'company', u: 'research', city: 'public', x: undefined }, [
    ['c1', 'c2'],
    ['c1', 'u'],
    ['c2', 'u'],
    ['city', 'c1'],
    ['x', 'city'],
  ]);
  const figures = sectorFigures(buildGraph(eco, { directed: false, links: 'all' }));
  const row = (sector: string) => figures.sectors.find((s) => s.sector === sector)!;

  it('counts ties within and across sectors, leaving out actors without a sector', () => {
    // within: c1–c2; across: c1–u, c2–u, city–c1; x–city counts in neither.
    expect(figures.withinSectorLinks).toBe(1);
    expect(figures.crossSectorLinks).toBe(3);
    expect(figures.crossSectorShare).toBe(0.75);
    expect(figures.eiIndex).toBe(0.5); // (3 − 1)/(3 + 1)
  });

  it('gives each sector its E-I index', () => {
    expect(row('company')).toMatchObject({ actors: 2, internalLinks: 1, externalLinks: 3, eiIndex: 0.5 });
    expect(row('research')).toMatchObject({ internalLinks: 0, externalLinks: 2, eiIndex: 1 });
    expect(row('financier')).toMatchObject({ actors: 0, eiIndex: null });
  });

  it('names the sectors and helices nobody represents', () => {
    expect(figures.missingSectors).toEqual(['education', 'financier', 'association', 'community']);
    expect(figures.missingHelices).toEqual(['civil-society']);
    expect(figures.helices.find((h) => h.helix === 'academia')).toMatchObject({ actors: 1, sectors: ['research', 'education'] });
  });

  it('fills a symmetric sector × sector matrix, with an unknown row when needed', () => {
    const { labels, links } = figures.matrix;
    const at = (a: string, b: string) => links[labels.indexOf(a)]![labels.indexOf(b)];
    expect(labels.at(-1)).toBe('unknown');
    expect(at('company', 'company')).toBe(1);
    expect(at('company', 'research')).toBe(2);
    expect(at('research', 'company')).toBe(2);
    expect(at('public', 'unknown')).toBe(1);
  });
});
