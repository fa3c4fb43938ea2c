import { describe, expect, it } from 'vitest';
import { goalStatus } from '../../../src/analysis/goal-status.js';
import { mapEcosystem } from '../../../src/analysis/map-analysis.js';
import { diffSnapshots, likelyRenames, type Snapshot } from '../../../src/analysis/snapshot-diff.js';
import type { Ecosystem } from '../../../src/model/schema-types.js';

function snapshot(label: string, ecosystem: Ecosystem): Snapshot {
  const analysis = mapEcosystem(ecosystem);
  return { label, ecosystem, analysis, status: goalStatus(ecosystem, analysis.result, '2026-06-30') };
}

const base = (): Ecosystem => ({
  schema: 'eco/v1',
  ecosystem: { id: 'e', name: 'E' },
  actors: [
    { id: 'a', name: 'Alfa Oy', sector: 'company', layer: 'active' },
    { id: 'b', name: 'Beta ry', sector: 'association', layer: 'potential' },
    { id: 'c', name: 'Gamma kaupunki', sector: 'public', layer: 'partner', businessId: '0201256-6' },
  ],
  links: [
    { source: 'a', target: 'b', weight: 1 },
    { source: 'b', target: 'c', weight: 2 },
  ],
  goals: [
    {
      id: 'G1',
      title: 'G',
      tasks: [{ id: 'T1', title: 't', status: 'in-progress' }],
      indicators: [{ id: 'I1', name: 'i', baseline: 0, target: 10, current: 2 }],
    },
  ],
});

describe('diffSnapshots', () => {
  const before = base();
  const after = base();
  after.actors[1]!.layer = 'active';
  after.actors[2] = { id: 'c2', name: 'Gamma kaupunki', sector: 'public', layer: 'partner', businessId: '0201256-6' };
  after.actors.push({ id: 'd', name: 'Delta', sector: 'research', layer: 'potential' });
  after.links = [
    { source: 'b', target: 'a', weight: 3 },
    { source: 'b', target: 'c2', weight: 2 },
    { source: 'a', target: 'd', weight: 1 },
  ];
  after.goals![0]!.tasks![0]!.status = 'done';
  after.goals![0]!.indicators![0]!.current = 5;
  const diff = diffSnapshots(snapshot('old', before), snapshot('new', after));

  it('matches actors by id and names likely renames', () => {
    expect(diff.actors).toEqual({ joined: ['c2', 'd'], left: ['c'] });
    expect(diff.renames).toEqual([{ from: 'c', to: 'c2', reason: 'business-id' }]);
  });

  it('reports layer moves', () => {
    expect(diff.layerMoves).toEqual([{ id: 'b', from: 'potential', to: 'active' }]);
  });

  it('compares links as unordered pairs, with weight changes', () => {
    expect(diff.links.added).toEqual([
      { source: 'a', target: 'd', weight: 1, types: ['link'], origin: 'explicit' },
      { source: 'b', target: 'c2', weight: 2, types: ['link'], origin: 'explicit' },
    ]);
    expect(diff.links.removed).toEqual([{ source: 'b', target: 'c', weight: 2, types: ['link'], origin: 'explicit' }]);
    expect(diff.derivedSources).toEqual([]);
    expect(diff.links.reweighted).toEqual([{ source: 'a', target: 'b', from: 1, to: 3 }]);
  });

  it('reports indicator changes, tasks done and metric shifts', () => {
    expect(diff.indicators).toEqual([{ id: 'I1', name: 'i', goal: 'G1', before: 2, after: 5, progressBefore: 0.2, progressAfter: 0.5 }]);
    expect(diff.tasksDone).toEqual([{ id: 'T1', goal: 'G1', title: 't' }]);
    expect(diff.shifts.find((s) => s.metric === 'actors')).toEqual({ metric: 'actors', before: 3, after: 4, change: 1 });
  });
});

describe('where new derived ties come from', () => {
  it('names the event and the project whose participants the new derived ties join, most ties first', () => {
    const after = base();
    after.actors.push({ id: 'd', name: 'Delta Oy', sector: 'company' });
    after.events = [{ id: 'day', title: 'TKI-päivä', date: '2026-04-22', participants: ['a', 'c', 'd'] }];
    after.projects = [{ id: 'p', title: 'Pilotti', lead: 'c', partners: ['d'] }];
    const diff = diffSnapshots(snapshot('old', base()), snapshot('new', after));
    // New derived ties: a–c, a–d, c–d; the project joins c and d only.
    expect(diff.links.added.filter((l) => l.origin === 'derived').map((l) => `${l.source}–${l.target}`)).toEqual(['a–c', 'a–d', 'c–d']);
    expect(diff.derivedSources).toEqual([
      { kind: 'event', id: 'day', title: 'TKI-päivä', date: '2026-04-22', ties: 3 },
      { kind: 'project', id: 'p', title: 'Pilotti', date: null, ties: 1 },
    ]);
  });
});

describe('likelyRenames', () => {
  it('takes a near-identical name for the same actor, but not a short or different one', () => {
    expect(likelyRenames([{ id: 'n1', name: 'Kauhajoen  kaupunki' }], [{ id: 'o1', name: 'Kauhajoen kaupunki' }])).toEqual([
      { from: 'o1', to: 'n1', reason: 'name' },
    ]);
    expect(likelyRenames([{ id: 'n1', name: 'Savonlinnan kehitys Oy' }], [{ id: 'o1', name: 'Savonlinnan kehitys Oyj' }])).toEqual([
      { from: 'o1', to: 'n1', reason: 'name' },
    ]);
    expect(likelyRenames([{ id: 'n1', name: 'Raahe' }], [{ id: 'o1', name: 'Rauma' }])).toEqual([]);
  });
});
