// Brokers: the actors most often on shortest paths (betweenness), and the
// articulation points whose removal cuts actors off — and with them, whole
// sectors or communities. Also how the network fragments if its top three
// brokers leave (Borgatti 2006, "Identifying sets of key players").
import type { Csr } from './csr.js';
import { type CutVertices, cutVertices, piecesWithout } from './articulation-points.js';

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
  const tree = cutVertices(skeleton);
  const cuts = [...tree.points].sort((a, b) => betweenness[b]! - betweenness[a]! || a - b);
  const impact = impactReader(skeleton, tree, sector, community);
  const impacts = cuts.slice(0, IMPACT_LIMIT).map(impact);
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

/**
 * What removing a cut vertex v does, read from the depth-first forest: each
 * child subtree that has no tie above v (low ≥ v's discovery) becomes a piece
 * of its own, and the rest of v's component, if any, another. A subtree is a
 * run of discovery times, so one pass over v's component in discovery order
 * puts every actor in its piece.
 */
function impactReader(skeleton: Csr, tree: CutVertices, sector: readonly (string | null)[], community: Int32Array): (v: number) => CutImpact {
  const { discovery, byDiscovery, low, parent, subtree, root } = tree;
  const n = discovery.length;
  const sectors = [...new Set(sector.filter((s) => s !== null))].sort();
  const sectorOf = Int32Array.from(sector, (s) => (s === null ? -1 : sectors.indexOf(s)));
  let groups = 0;
  for (let u = 0; u < n; u++) groups = Math.max(groups, community[u]! + 1);
  const pieceOf = new Int32Array(groups);
  return (v: number): CutImpact => {
    const top = root[v]!;
    const first = discovery[top]!;
    const end = first + subtree[top]!;
    // The pieces cut away: v's children whose subtree reaches no higher than v, in discovery order; then the rest.
    const cuts: number[] = [];
    for (let j = skeleton.starts[v]!; j < skeleton.starts[v + 1]!; j++) {
      const w = skeleton.neighbors[j]!;
      if (parent[w] === v && low[w]! >= discovery[v]!) cuts.push(w);
    }
    cuts.sort((a, b) => discovery[a]! - discovery[b]!);
    const rest = cuts.length;
    const sizes = new Int32Array(rest + 1);
    const smallest = new Int32Array(rest + 1).fill(n);
    const present = new Uint8Array((rest + 1) * sectors.length);
    const split = new Set<number>();
    pieceOf.fill(-1);
    let c = 0;
    for (let t = first; t < end; t++) {
      const u = byDiscovery[t]!;
      if (u === v) continue;
      while (c < rest && t >= discovery[cuts[c]!]! + subtree[cuts[c]!]!) c++;
      const p = c < rest && t >= discovery[cuts[c]!]! ? c : rest;
      sizes[p]!++;
      if (u < smallest[p]!) smallest[p] = u;
      if (sectorOf[u]! >= 0) present[p * sectors.length + sectorOf[u]!] = 1;
      const group = community[u]!;
      if (pieceOf[group] === -1) pieceOf[group] = p;
      else if (pieceOf[group] !== p) split.add(group);
    }
    // The piece that stays is the largest; ties go to the one with the first actor, as a search from the first actor would find.
    let largest = -1;
    let pieces = 0;
    for (let p = 0; p <= rest; p++) {
      if (sizes[p] === 0) continue;
      pieces++;
      if (largest === -1 || sizes[p]! > sizes[largest]! || (sizes[p] === sizes[largest] && smallest[p]! < smallest[largest]!)) largest = p;
    }
    const sectorsCutOff = sectors.filter((_, k) => {
      if (present[largest * sectors.length + k] === 1) return false;
      for (let p = 0; p <= rest; p++) if (present[p * sectors.length + k] === 1) return true;
      return false;
    });
    return {
      index: v,
      cutOff: end - first - 1 - sizes[largest]!,
      pieces,
      sectorsCutOff,
      communitiesSplit: [...split].sort((a, b) => a - b),
    };
  };
}
