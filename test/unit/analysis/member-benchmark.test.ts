import { describe, expect, it } from 'vitest';
import { type BenchmarkMember, benchmarkMembers, competitionRanks, median, memberSimilarity } from '../../../src/analysis/member-benchmark.js';

const member = (id: string, actors: number, sectors: Record<string, number>, values: Partial<BenchmarkMember['values']> = {}): BenchmarkMember => ({
  id,
  actors,
  sectors,
  values: { actors, links: null, sectorsCovered: null, density: null, eiIndex: null, onTrackShare: null, overdueShare: null, ...values },
});

describe('competitionRanks', () => {
  it('gives 1 to the best, lets ties share the best rank of their group and skips after them', () => {
    expect(competitionRanks([5, 3, 5, 1, 3], 'higher')).toEqual([1, 3, 1, 5, 3]);
    expect(competitionRanks([5, 3, 5, 1, 3], 'lower')).toEqual([4, 2, 4, 1, 2]);
  });

  it('leaves null values unranked and ranks the rest among themselves', () => {
    expect(competitionRanks([null, 0.2, null, 0.7], 'higher')).toEqual([null, 2, null, 1]);
    expect(competitionRanks([null, null], 'higher')).toEqual([null, null]);
  });

  it('takes figures equal but for rounding as a tie', () => {
    expect(competitionRanks([2 / 3, 0.666666666667, 0.5], 'higher')).toEqual([1, 1, 3]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two, of the values that are not null', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, null, 2, 3])).toBe(2.5);
    expect(median([null, 7])).toBe(7);
    expect(median([null])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('memberSimilarity', () => {
  it('is 1 for the same sector mix and size, whatever the scale of the counts', () => {
    expect(memberSimilarity(member('a', 4, { company: 2, research: 2 }), member('b', 4, { company: 2, research: 2 }))).toBe(1);
  });

  it('averages the cosine of the sector mixes with the ratio of the sizes', () => {
    // Same mix (cosine 1), sizes 2 and 8 (ratio 0.25): 0.5 × 1 + 0.5 × 0.25.
    expect(memberSimilarity(member('a', 2, { company: 1, public: 1 }), member('b', 8, { company: 4, public: 4 }))).toBe(0.625);
    // No sector in common (cosine 0), the same size: 0.5 × 0 + 0.5 × 1.
    expect(memberSimilarity(member('a', 3, { company: 3 }), member('b', 3, { research: 3 }))).toBe(0.5);
  });

  it('leaves actors without a sector out of the mix', () => {
    expect(memberSimilarity(member('a', 3, { unknown: 3 }), member('b', 3, { unknown: 3 }))).toBe(0.5);
  });
});

describe('benchmarkMembers', () => {
  // Three towns of companies and a university, of 10, 10 and 40 actors, and a town of public bodies only.
  const towns = [
    member('c-town', 10, { company: 8, research: 2 }, { links: 12, density: 0.2, eiIndex: 0.5, onTrackShare: 0.5 }),
    member('a-town', 10, { company: 8, research: 2 }, { links: 12, density: 0.3, eiIndex: null, onTrackShare: null }),
    member('big-town', 40, { company: 32, research: 8 }, { links: 60, density: 0.1, eiIndex: 0.2, onTrackShare: 1 }),
    member('public-town', 10, { public: 10 }, { links: 3, density: 0.3, eiIndex: -1, onTrackShare: null }),
  ];
  const { benchmark, ranks, peers } = benchmarkMembers(towns);
  const row = (figure: string) => benchmark.figures.find((f) => f.figure === figure)!;

  it('ranks each member by each figure, ties sharing a rank and missing figures unranked', () => {
    expect(ranks.get('big-town')).toEqual({ actors: 1, links: 1, sectorsCovered: null, density: 4, eiIndex: 2, onTrackShare: 1, overdueShare: null });
    expect(ranks.get('c-town')).toMatchObject({ actors: 2, links: 2, density: 3, eiIndex: 1, onTrackShare: 2 });
    expect(ranks.get('a-town')).toMatchObject({ actors: 2, links: 2, density: 1, eiIndex: null, onTrackShare: null });
    expect(ranks.get('public-town')).toMatchObject({ actors: 2, links: 4, density: 1, eiIndex: 3 });
  });

  it('gives the median, and the strongest and weakest members, of each figure', () => {
    expect(row('actors')).toEqual({
      figure: 'actors',
      better: 'higher',
      median: 10,
      ranked: 4,
      strongest: ['big-town'],
      weakest: ['c-town', 'a-town', 'public-town'],
    });
    expect(row('density')).toMatchObject({ median: 0.25, strongest: ['a-town', 'public-town'], weakest: ['big-town'] });
    expect(row('eiIndex')).toMatchObject({ median: 0.2, ranked: 3, strongest: ['c-town'], weakest: ['public-town'] });
  });

  it('names no strongest or weakest where fewer than two members have the figure', () => {
    expect(row('sectorsCovered')).toEqual({ figure: 'sectorsCovered', better: 'higher', median: null, ranked: 0, strongest: [], weakest: [] });
    const one = benchmarkMembers([member('x', 3, {}), member('y', 3, {})]);
    expect(one.benchmark.figures.find((f) => f.figure === 'actors')).toMatchObject({ median: 3, ranked: 2, strongest: [], weakest: [] });
  });

  it('ranks tasks overdue the other way: the fewest overdue first', () => {
    const late = benchmarkMembers([
      member('x', 3, {}, { overdueShare: 0.5 }),
      member('y', 3, {}, { overdueShare: 0 }),
      member('z', 3, {}, { overdueShare: 0.5 }),
    ]);
    expect(late.benchmark.figures.find((f) => f.figure === 'overdueShare')).toEqual({
      figure: 'overdueShare',
      better: 'lower',
      median: 0.5,
      ranked: 3,
      strongest: ['y'],
      weakest: ['x', 'z'],
    });
    expect(['x', 'y', 'z'].map((id) => late.ranks.get(id)!.overdueShare)).toEqual([2, 1, 2]);
  });

  it('finds the most similar peers by sector mix and size, ties broken by id', () => {
    // c-town and a-town are twins; big-town has their mix at four times the size; public-town shares nothing but size.
    expect(peers.get('c-town')).toEqual([
      { id: 'a-town', similarity: 1 },
      { id: 'big-town', similarity: 0.625 },
      { id: 'public-town', similarity: 0.5 },
    ]);
    // big-town is as like a-town as c-town: the tie goes to the id first in order.
    expect(peers.get('big-town')!.map((p) => p.id)).toEqual(['a-town', 'c-town', 'public-town']);
    expect(peers.get('public-town')!.map((p) => p.id)).toEqual(['a-town', 'c-town', 'big-town']);
  });

  it('keeps at most the number of peers asked for, and states its measure', () => {
    const two = benchmarkMembers(towns, { maxPeers: 2 });
    expect(two.peers.get('c-town')).toHaveLength(2);
    expect(benchmark.peerMeasure).toEqual({ method: 'sector-mix-cosine+log-size', sectorMixWeight: 0.5, sizeWeight: 0.5, maxPeers: 3 });
  });
});
