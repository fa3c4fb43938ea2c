import { describe, expect, it } from 'vitest';
import { goalStatus } from '../../../src/analysis/goal-status.js';
import { analyseEcosystem } from '../../../src/analysis/map-analysis.js';
import { byDate, distinctLabels, trendIndicators, trendSnapshot } from '../../../src/analysis/trend.js';
import { lastOfEachMonth } from '../../../src/io/git-history.js';
import type { Ecosystem } from '../../../src/model/schema-types.js';
import { ecosystemOf } from './helpers.js';

const goals: Ecosystem['goals'] = [
  {
    id: 'G1',
    title: 'Goal',
    indicators: [
      { id: 'G1-I2', name: 'Measured', baseline: 1, target: 9, current: 4, history: [{ date: '2025-01-01', value: 2 }] },
      {
        id: 'G1-I1',
        name: 'From history',
        unit: 'kpl',
        target: 5,
        history: [
          { date: '2025-06-30', value: 3 },
          { date: '2024-06-30', value: 1 },
        ],
      },
      { id: 'G1-I3', name: 'Computed', metric: 'actors' },
      { id: 'G1-I4', name: 'No value' },
    ],
  },
];
const eco = ecosystemOf(
  { a: 'company', b: 'research', c: undefined },
  [
    ['a', 'b'],
    ['b', 'c'],
  ],
  { goals },
);
eco.actors[0]!.layer = 'active';
const map = analyseEcosystem(eco);
const status = goalStatus(eco, map, '2026-01-01');
const collected = { ...eco, ecosystem: { ...eco.ecosystem, collected: '2025-06' } };

describe('trendSnapshot', () => {
  it('labels a snapshot by its collection date, else its commit, else its folder', () => {
    const commit = { hash: '0123456789abcdef0123456789abcdef01234567', date: '2025-07-01' };
    const row = (e: Ecosystem, origin: Parameters<typeof trendSnapshot>[3]) => {
      const r = trendSnapshot(e, map, status, origin);
      return [r.label, r.date, r.revision];
    };
    expect(row(collected, { folder: 'kesä', revision: commit })).toEqual(['2025-06', '2025-06', commit.hash]);
    expect(row(eco, { folder: null, revision: commit })).toEqual(['0123456', '2025-07-01', commit.hash]);
    expect(row(eco, { folder: 'kesä', revision: null })).toEqual(['kesä', null, null]);
  });

  it('takes the map’s own figures, its layers and sectors, and each indicator’s current value', () => {
    const r = trendSnapshot(eco, map, status, { folder: 'x', revision: null });
    expect(r.summary).toEqual({
      actors: 3,
      linksExplicit: 2,
      linksDerived: 0,
      density: map.summary.density,
      components: 1,
      communities: map.summary.communities,
      modularity: map.summary.modularity,
      crossSectorShare: map.summary.crossSectorShare,
      eiIndex: map.summary.eiIndex,
    });
    expect(r.layers).toEqual(Object.fromEntries(map.layers.map((l) => [l.layer, l.actors])));
    expect(r.sectors).toMatchObject({ company: 1, research: 1 });
    expect(r.indicators).toEqual({ 'G1-I1': 3, 'G1-I2': 4, 'G1-I3': 3, 'G1-I4': null });
  });
});

describe('distinctLabels', () => {
  it('adds the short hash to labels that commits share, and leaves the rest as they are', () => {
    const r = trendSnapshot(collected, map, status, { folder: null, revision: null });
    const rows = [
      { ...r, revision: 'aaaaaaa111' },
      { ...r, revision: 'bbbbbbb222' },
      { ...r, label: '2025-07', revision: 'ccccccc333' },
      { ...r, label: 'kesä' },
    ];
    expect(distinctLabels(rows).map((s) => s.label)).toEqual(['2025-06 aaaaaaa', '2025-06 bbbbbbb', '2025-07', 'kesä']);
  });
});

describe('trendIndicators', () => {
  it('lists the indicators by id, as the latest snapshot describes each', () => {
    const later = goalStatus({ ...eco, goals: [{ id: 'G1', title: 'Goal', indicators: [{ id: 'G1-I1', name: 'Renamed', target: 6 }] }] }, map, '2026-01-01');
    expect(trendIndicators([status, later]).map((i) => [i.id, i.name, i.target])).toEqual([
      ['G1-I1', 'Renamed', 6],
      ['G1-I2', 'Measured', 9],
      ['G1-I3', 'Computed', null],
      ['G1-I4', 'No value', null],
    ]);
  });
});

describe('byDate', () => {
  it('orders by date, oldest first; the same date and the undated keep the order given, the undated last', () => {
    const rows = [
      { id: 'a', date: '2026-06' },
      { id: 'b', date: null },
      { id: 'c', date: '2025-06-30' },
      { id: 'd', date: '2025-06-30' },
      { id: 'e', date: null },
      { id: 'f', date: '2024' },
    ];
    expect(byDate(rows).map((r) => r.id)).toEqual(['f', 'c', 'd', 'a', 'b', 'e']);
  });
});

describe('lastOfEachMonth', () => {
  it('keeps the last commit of each month, in the commits’ order', () => {
    const commits = [
      { hash: '1', date: '2025-06-10' },
      { hash: '2', date: '2025-06-20' },
      { hash: '3', date: '2025-07-01' },
      { hash: '4', date: '2025-08-05' },
      { hash: '5', date: '2025-08-06' },
    ];
    expect(lastOfEachMonth(commits).map((c) => c.hash)).toEqual(['2', '3', '5']);
  });
});
