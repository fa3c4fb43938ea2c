// Brokers: the actors most often on shortest paths (betweenness), and the
// articulation points whose removal cuts actors off — and with them, whole
// sectors or communities. Also how the network fragments if its top three
// brokers leave (Borgatti 2006, "Identifying sets of key players").
import type { Csr } from './csr.js';
import { articulationPoints, piecesWithout } from './articulation-points.js';

/** Impact is computed for at most this many articulation points (the highest in betweenness). */
const IMPACT_LIMIT = 50;

interface CutImpact {
  index: number;
  /** Actors left outside the largest remaining piece of the component. */
  cutOff: number;
  pieces: number;
  /** Sectors found only in the cut-off pieces. */
  sectorsCutOff: string[];
  /** Communities whose members end up in different pieces. */
  communitiesSplit: number[];
}

interface Fragmentation {
  removed: number[];
  before: { components: number; largestShare: number };
  after: { components: number; largestShare: number };
}

export interface BrokerFigures {
  top: number[];
  articulationPoints: number[];
  impacts: CutImpact[];
  fragmentation: Fragmentation;
}

export function brokerFigures(
  skeleton: Csr,
  betweenness: Float64Array,
  sector: readonly (string | null)[],
  community: Int32Array,
  topCount = 10,
): BrokerFigures {
  const n = skeleton.nodes.length;
  const byBetweenness = Array.from({ length: n }, (_, i) => i)
    .filter((i) => betweenness[i]! > 0)
    .sort((a, b) => betweenness[b]! - betweenness[a]! || a - b);
  const cuts = [...articulationPoints(skeleton)].sort((a, b) => betweenness[b]! - betweenness[a]! || a - b);
  const impacts = cuts.slice(0, IMPACT_LIMIT).map((v) => impactOf(skeleton, v, sector, community));
  const whole = piecesWithout(skeleton, new Set());
  const removed = byBetweenness.slice(0, 3);
  const without = piecesWithout(skeleton, new Set(removed));
  const share = (sizes: number[]): number => (n > 0 ? (sizes[0] ?? 0) / n : 0);
  return {
    top: byBetweenness.slice(0, topCount),
    articulationPoints: cuts,
    impacts,
    fragmentation: {
      removed,
      before: { components: whole.sizes.length, largestShare: share([...whole.sizes].sort((a, b) => b - a)) },
      after: { components: without.sizes.length, largestShare: share([...without.sizes].sort((a, b) => b - a)) },
    },
  };
}

function impactOf(skeleton: Csr, v: number, sector: readonly (string | null)[], community: Int32Array): CutImpact {
  const { piece, sizes } = piecesWithout(skeleton, new Set([v]));
  // Only the pieces that were v's own component matter: those touching v.
  const touching = new Set<number>();
  for (let j = skeleton.starts[v]!; j < skeleton.starts[v + 1]!; j++) touching.add(piece[skeleton.neighbors[j]!]!);
  const mine = [...touching].sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const largest = mine[0]!;
  const inLargest = new Set<string>();
  const outside = new Set<string>();
  const communityPieces = new Map<number, Set<number>>();
  let cutOff = 0;
  for (let u = 0; u < piece.length; u++) {
    const p = piece[u]!;
    if (!touching.has(p)) continue;
    const s = sector[u];
    if (p === largest) {
      if (s) inLargest.add(s);
    } else {
      cutOff++;
      if (s) outside.add(s);
    }
    const c = community[u]!;
    if (!communityPieces.has(c)) communityPieces.set(c, new Set());
    communityPieces.get(c)!.add(p);
  }
  return {
    index: v,
    cutOff,
    pieces: mine.length,
    sectorsCutOff: [...outside].filter((s) => !inLargest.has(s)).sort(),
    communitiesSplit: [...communityPieces]
      .filter(([, pieces]) => pieces.size > 1)
      .map(([c]) => c)
      .sort((a, b) => a - b),
  };
}
