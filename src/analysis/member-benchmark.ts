// The members of a network of ecosystems benchmarked against each other (the
// seeds' work package 3: the towns benchmark each other): each member's rank
// by each key figure, the network's median, the strongest and weakest member
// per figure, and each member's most similar peers by sector mix and size.
//
// Ranks are standard competition ranks ("1224"): members with equal figures
// share the best rank of their group, and the next rank skips. A member
// without a value for a figure (no scored goals, no ties) is left unranked.
//
// Peer similarity combines two similarities, each 0–1:
// - sector mix: the cosine similarity of the members' sector-share vectors
//   (Salton & McGill 1983, Introduction to Modern Information Retrieval);
// - size: exp(−|ln a − ln b|) for actor counts a and b, a similarity of
//   log(actors) that equals the smaller count divided by the larger.
import type { BenchmarkFigureRow, MemberBenchmark, MemberPeer, MemberRanks } from '../model/document-types.js';

type Figure = BenchmarkFigureRow['figure'];

/** The figures a development director compares, in the report's order, with the direction that ranks first. */
const BENCHMARK_FIGURES = [
  { figure: 'actors', better: 'higher' },
  { figure: 'links', better: 'higher' },
  { figure: 'sectorsCovered', better: 'higher' },
  { figure: 'density', better: 'higher' },
  { figure: 'eiIndex', better: 'higher' },
  { figure: 'onTrackShare', better: 'higher' },
  { figure: 'overdueShare', better: 'lower' },
] as const satisfies readonly { figure: Figure; better: BenchmarkFigureRow['better'] }[];

/** The sectors of the sector-share vector: the 7 sectors and "other" (actors without a sector are left out). */
const SECTOR_DIMENSIONS = ['company', 'research', 'education', 'public', 'financier', 'association', 'community', 'other'] as const;

const DEFAULTS = { sectorMixWeight: 0.5, sizeWeight: 0.5, maxPeers: 3 };

/** Values closer than this are equal: figures computed two ways may differ in the last bits. */
const EPSILON = 1e-9;

export interface BenchmarkMember {
  id: string;
  values: Readonly<Record<Figure, number | null>>;
  /** Actors in the member's inventory. */
  actors: number;
  /** Actors per sector (sector words as in the eco-map sectors rows). */
  sectors: Readonly<Record<string, number>>;
}

export interface MemberBenchmarkResult {
  benchmark: MemberBenchmark;
  ranks: Map<string, MemberRanks>;
  peers: Map<string, MemberPeer[]>;
}

export function benchmarkMembers(members: readonly BenchmarkMember[], options: Partial<typeof DEFAULTS> = {}): MemberBenchmarkResult {
  const settings = { ...DEFAULTS, ...options };
  const ranks = new Map<string, MemberRanks>(
    members.map((m) => [m.id, { actors: null, links: null, sectorsCovered: null, density: null, eiIndex: null, onTrackShare: null, overdueShare: null }]),
  );
  const figures = BENCHMARK_FIGURES.map(({ figure, better }): BenchmarkFigureRow => {
    const values = members.map((m) => m.values[figure]);
    const ranked = competitionRanks(values, better);
    members.forEach((m, i) => {
      ranks.get(m.id)![figure] = ranked[i] ?? null;
    });
    const known = ranked.filter((r): r is number => r !== null);
    const last = Math.max(0, ...known);
    // With one value, or all equal, nobody is strongest or weakest.
    const spread = known.length > 1 && last > 1;
    return {
      figure,
      better,
      median: median(values),
      ranked: known.length,
      strongest: spread ? members.filter((_, i) => ranked[i] === 1).map((m) => m.id) : [],
      weakest: spread ? members.filter((_, i) => ranked[i] === last).map((m) => m.id) : [],
    };
  });
  const peers = new Map(members.map((m) => [m.id, peersOf(m, members, settings)]));
  return {
    benchmark: {
      figures,
      peerMeasure: {
        method: 'sector-mix-cosine+log-size',
        sectorMixWeight: settings.sectorMixWeight,
        sizeWeight: settings.sizeWeight,
        maxPeers: settings.maxPeers,
      },
    },
    ranks,
    peers,
  };
}

/** Competition ranks (1 = best in the given direction, ties share the best rank); null values stay unranked. */
export function competitionRanks(values: readonly (number | null)[], better: 'higher' | 'lower'): (number | null)[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    const ahead = known.filter((w) => (better === 'higher' ? w - v > EPSILON : v - w > EPSILON)).length;
    return ahead + 1;
  });
}

/** The median of the values that are not null (the mean of the middle two for an even count); null when none is. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Similarity (0–1) of two members by sector mix and size; rounded to 4 decimals so that near-ties fall to the id. */
export function memberSimilarity(a: BenchmarkMember, b: BenchmarkMember, weights: { sectorMixWeight: number; sizeWeight: number } = DEFAULTS): number {
  const x = SECTOR_DIMENSIONS.map((s) => a.sectors[s] ?? 0);
  const y = SECTOR_DIMENSIONS.map((s) => b.sectors[s] ?? 0);
  const dot = x.reduce((sum, v, i) => sum + v * y[i]!, 0);
  const norms = Math.hypot(...x) * Math.hypot(...y);
  const mix = norms > 0 ? Math.min(1, dot / norms) : 0;
  const larger = Math.max(a.actors, b.actors);
  const size = larger === 0 ? 1 : Math.min(a.actors, b.actors) / larger;
  return Math.round((weights.sectorMixWeight * mix + weights.sizeWeight * size) * 1e4) / 1e4;
}

function peersOf(member: BenchmarkMember, members: readonly BenchmarkMember[], settings: typeof DEFAULTS): MemberPeer[] {
  return members
    .filter((other) => other.id !== member.id)
    .map((other) => ({ id: other.id, similarity: memberSimilarity(member, other, settings) }))
    .sort((p, q) => q.similarity - p.similarity || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0))
    .slice(0, settings.maxPeers);
}
