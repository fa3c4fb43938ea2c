// Betweenness, closeness and path-length figures from one breadth-first
// search per source (unweighted), over typed arrays.
//
// Betweenness: Brandes (2001), "A faster algorithm for betweenness
// centrality", J. Math. Sociol. 25(2); normalised as NetworkX's
// betweenness_centrality: by 1/((n−1)(n−2)), and for pivot sampling
// (Brandes & Pich 2007) scaled by n/k.
// Closeness: Wasserman & Faust (1994) improved form, as NetworkX's
// closeness_centrality(wf_improved=True): (r−1)/Σd · (r−1)/(n−1), where r
// counts the nodes that reach u (distances *to* u on a directed graph). With
// pivots, Σd and r are estimated from the pivots' distances (Eppstein & Wang 2004).

import type { Csr } from './csr.js';
import { AGREEMENT, MIN_PIVOTS, samplingBound, topAgreement } from './sampling-bound.js';

export interface PathFigures {
  betweenness: Float64Array;
  closeness: Float64Array;
  /** Over ordered pairs inside `pathMask` (the largest component): longest and mean distance. */
  diameter: number;
  averagePathLength: number;
  /** Sources searched: all nodes, or the sampled pivots. */
  sources: number;
  sampled: boolean;
  /** With sampling: the relative 95% half-width of the top betweenness estimates (sampling-bound.ts); null when exact. */
  errorBound: number | null;
  /** With sampling: the share of their top 20 the two halves of the sample agree on; null when exact or one chunk. */
  agreement: number | null;
}

export interface PathOptions {
  /** Sources to search from; all nodes when absent. */
  pivots?: Int32Array;
  /** Stop taking pivots (in their order, a chunk at a time) once the top estimates are within the tolerance (sampling-bound.ts). */
  adaptive?: boolean;
  /** Nodes whose pairwise distances give the diameter and average path length. */
  pathMask: Uint8Array;
  directed: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Sources are searched in chunks of this many; chunk sums are added in order, so the result is the same however many threads search. */
const SOURCE_CHUNK = 64;

/** What a chunk of sources adds up to, before normalising. */
export interface PathPartial {
  betweenness: Float64Array;
  /** Sums of each source's dependency squared: the spread of a sampled estimate (empty when every node is a source). */
  squares: Float64Array;
  distanceSum: Float64Array;
  reachedBy: Float64Array;
  pathSum: number;
  pathPairs: number;
  diameter: number;
  /** How many sources the chunk searched. */
  sources: number;
}

export function allSources(n: number, pivots?: Int32Array): Int32Array {
  return pivots ?? Int32Array.from({ length: n }, (_, i) => i);
}

export function sourceChunks(sources: Int32Array): Int32Array[] {
  const chunks: Int32Array[] = [];
  for (let i = 0; i < sources.length; i += SOURCE_CHUNK) chunks.push(sources.subarray(i, i + SOURCE_CHUNK));
  return chunks;
}

export function shortestPathFigures(out: Csr, incoming: Csr, options: PathOptions): PathFigures {
  const n = out.nodes.length;
  const sources = allSources(n, options.pivots);
  const totals = new PathTotals(n, sources.length < n);
  for (const chunk of sourceChunks(sources)) {
    totals.add(searchChunk(out, incoming, chunk, options.pathMask, sources.length < n));
    options.onProgress?.(totals.sources, sources.length);
    if (options.adaptive && totals.settled()) break;
  }
  return totals.figures();
}

// Kept whole on purpose, though long: it is one tight loop over typed arrays,
// and a function call per node would cost measurable time on 36k-actor networks.
/** One breadth-first search and dependency accumulation per source of the chunk. */
export function searchChunk(
  out: Pick<Csr, 'starts' | 'neighbors'>,
  incoming: Pick<Csr, 'starts' | 'neighbors'>,
  sources: Int32Array,
  mask: Uint8Array,
  sampled: boolean,
): PathPartial {
  const n = mask.length;
  const { starts, neighbors } = out;
  const inStarts = incoming.starts;
  const inNeighbors = incoming.neighbors;

  const betweenness = new Float64Array(n);
  // Only a sample has a spread to measure: an exact run keeps its inner loop as it was.
  const squares = new Float64Array(sampled ? n : 0);
  const distanceSum = new Float64Array(n);
  const reachedBy = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);

  let pathSum = 0;
  let pathPairs = 0;
  let diameter = 0;

  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    // Breadth-first search from s; `order` is the queue and, read backwards, the stack.
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    sigma[s] = 1;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbors[j]!;
        if (dist[w] === -1) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] = sigma[w]! + sv;
      }
    }
    const inPaths = mask[s] === 1;
    for (let i = 1; i < tail; i++) {
      const t = order[i]!;
      const d = dist[t]!;
      distanceSum[t] = distanceSum[t]! + d;
      reachedBy[t] = reachedBy[t]! + 1;
      if (inPaths && mask[t] === 1) {
        pathSum += d;
        pathPairs += 1;
        if (d > diameter) diameter = d;
      }
    }
    reachedBy[s] = reachedBy[s]! + 1;
    // Dependency accumulation, farthest first; predecessors are in-neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let j = inStarts[w]!, end = inStarts[w + 1]!; j < end; j++) {
        const v = inNeighbors[j]!;
        if (dist[v] === dw) delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      betweenness[w] = betweenness[w]! + delta[w]!;
    }
    if (sampled) {
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i]!;
        squares[w] = squares[w]! + delta[w]! * delta[w]!;
      }
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return { betweenness, squares, distanceSum, reachedBy, pathSum, pathPairs, diameter, sources: sources.length };
}

/** Adds chunk sums in the order given, then normalises as NetworkX does. */
export class PathTotals {
  private readonly total: PathPartial;
  /** Betweenness sums of the even chunks: one half of the sample; the odd chunks are the other. */
  private readonly half: Float64Array;
  private chunks = 0;

  /** @param sampled whether the sources are a sample (then an error bound is kept) */
  constructor(
    private readonly n: number,
    private readonly sampled: boolean,
  ) {
    this.total = {
      betweenness: new Float64Array(n),
      squares: new Float64Array(sampled ? n : 0),
      distanceSum: new Float64Array(n),
      reachedBy: new Float64Array(n),
      pathSum: 0,
      pathPairs: 0,
      diameter: 0,
      sources: 0,
    };
    this.half = new Float64Array(sampled ? n : 0);
  }

  get sources(): number {
    return this.total.sources;
  }

  add(part: PathPartial): void {
    const t = this.total;
    for (let u = 0; u < this.n; u++) {
      t.betweenness[u] = t.betweenness[u]! + part.betweenness[u]!;
      t.distanceSum[u] = t.distanceSum[u]! + part.distanceSum[u]!;
      t.reachedBy[u] = t.reachedBy[u]! + part.reachedBy[u]!;
    }
    t.pathSum += part.pathSum;
    t.pathPairs += part.pathPairs;
    t.diameter = Math.max(t.diameter, part.diameter);
    t.sources += part.sources;
    if (this.sampled) {
      for (let u = 0; u < this.n; u++) t.squares[u] = t.squares[u]! + part.squares[u]!;
      if (this.chunks % 2 === 0) for (let u = 0; u < this.n; u++) this.half[u] = this.half[u]! + part.betweenness[u]!;
    }
    this.chunks++;
  }

  /** The share of their top 20 the two halves agree on; null before there are two halves. */
  private agreement(): number | null {
    if (!this.sampled || this.chunks < 2) return null;
    const other = this.total.betweenness.map((x, u) => x - this.half[u]!);
    return topAgreement(this.half, other);
  }

  /** Whether the pivots so far are enough: an even number of chunks, and the halves' top 20 agreeing. */
  settled(): boolean {
    if (this.total.sources < MIN_PIVOTS || this.chunks % 2 !== 0) return false;
    return (this.agreement() ?? 0) >= AGREEMENT;
  }

  figures(): PathFigures {
    const n = this.n;
    const { betweenness, squares, distanceSum, reachedBy, pathSum, pathPairs, diameter, sources: sourceCount } = this.total;
    const sampled = this.sampled;
    const errorBound = sampled ? samplingBound(betweenness, squares, sourceCount) : null;
    const agreement = this.agreement();
    // NetworkX: undirected sums count each pair twice, so both cases divide by (n−1)(n−2).
    const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1) * (sampled ? n / sourceCount : 1);
    const closeness = new Float64Array(n);
    const expand = sampled ? n / sourceCount : 1;
    for (let u = 0; u < n; u++) {
      betweenness[u] = n > 2 ? betweenness[u]! * scale : 0;
      const reach = reachedBy[u]! * expand - 1;
      const total = distanceSum[u]! * expand;
      closeness[u] = total > 0 && n > 1 && reach > 0 ? (reach / total) * (reach / (n - 1)) : 0;
    }
    return {
      betweenness,
      closeness,
      diameter,
      averagePathLength: pathPairs > 0 ? pathSum / pathPairs : 0,
      sources: sourceCount,
      sampled,
      errorBound: errorBound === null || !Number.isFinite(errorBound) ? null : errorBound,
      agreement,
    };
  }
}
