// Betweenness, closeness and path-length figures from one breadth-first
// search per source (unweighted), over typed arrays.
//
// Betweenness: Brandes (2001), "A faster algorithm for betweenness
// centrality", J. Math. Sociol. 25(2); normalised as NetworkX's
// betweenness_centrality: by 1/((n−1)(n−2)), and for pivot sampling
// (Brandes & Pich 2007) scaled by n/k.
// Sampled betweenness of an undirected network: the linear-scaling estimator
// of Geisberger, Sanders & Schultes (2008), "Better approximation of
// betweenness centrality", ALENEX. A pivot s gives v not its dependency
// Σ_t σ_st(v)/σ_st but Σ_t σ_st(v)/σ_st · 2·d(s,v)/d(s,t). Over all pivots
// the pair {s,t} is weighted d(s,v)/d(s,t) from s and d(t,v)/d(s,t) from t,
// 2 in all, as Brandes's ordered pairs count it: the n/k-scaled mean is
// unbiased, and exact when every node is a pivot. It damps the large
// dependencies of the nodes next to a pivot, which make the plain estimate
// noisy at the top: on eu-h2020, 512 pivots give the exact top 20 with each
// of three seeds, where the plain estimate misses one or two of them, and
// the 95% bound of the top values narrows from ±43 % to ±24 % (seed 42;
// bench/sampling.mjs). Its recursion is Brandes's with a
// target's 1 replaced by 1/d(s,w): A(v) = Σ_w σ_sv/σ_sw · (1/d(s,w) + A(w))
// over successors w, and v receives 2·d(s,v)·A(v). A directed network keeps
// the plain estimator: the far end's share would need a reverse search.
// Closeness: Wasserman & Faust (1994) improved form, as NetworkX's
// closeness_centrality(wf_improved=True): (r−1)/Σd · (r−1)/(n−1), where r
// counts the nodes that reach u (distances *to* u on a directed graph). With
// pivots, Σd and r are estimated from the pivots' distances (Eppstein & Wang 2004).
//
// The search records the arcs from each level to the next (the shortest-path
// DAG's successors) as it finds them, and the accumulation then pulls each
// node's dependency from its successors' coefficients: a read per DAG arc
// instead of a test and a scattered write per arc. On an undirected network
// the search, too, pulls each node's path count from its neighbours one step
// closer, and keeps the arcs without a branch; an exact undirected run adds
// each source's distances up in a register (SearchMode.symmetric).
// bench/kernel.mjs: about 2× the previous kernel's speed on 10k actors / 50k
// links, 1.7–2× on eu-h2020. Each node's dependency sums its successors in
// neighbour order, so the last bits differ from a push over the stack;
// figures are reported to 12 digits (map-result.ts), far above that.

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
  /** Sums of each source's contribution squared: the spread of a sampled estimate (empty when every node is a source). */
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

/** The CSR as the search reads it: Int32 arrays, one element type however large the network. */
export function searchCsr(csr: Pick<Csr, 'starts' | 'neighbors'>): SearchCsr {
  return { starts: Int32Array.from(csr.starts), neighbors: Int32Array.from(csr.neighbors) };
}

export interface SearchCsr {
  starts: Int32Array;
  neighbors: Int32Array;
}

/** How a chunk is searched, which depends on the whole run's sources, not on the chunk's. */
export interface SearchMode {
  /** The sources are a sample: the spread of their contributions is measured. */
  sampled: boolean;
  /** The arcs have a direction: a node's out-neighbours are not its in-neighbours. */
  directed: boolean;
  /** Each sampled source's dependencies are scaled by distance: a sample on an undirected network (see the header). */
  linear: boolean;
  /**
   * Every node is a source and distances are symmetric (an exact, undirected run): the distances *to* a node are
   * those *from* it, so a source's own row takes them, in a register instead of a write per node reached. Only the
   * run's totals are then each node's; a chunk's are its sources'.
   */
  symmetric: boolean;
}

export function searchMode(n: number, sources: Int32Array, directed: boolean): SearchMode {
  const sampled = sources.length < n;
  return { sampled, directed, linear: sampled && !directed, symmetric: !sampled && !directed };
}

/** The figures from a search per source, over outgoing ties only: the accumulation pulls from successors. */
export function shortestPathFigures(out: Csr, options: PathOptions): PathFigures {
  const n = out.nodes.length;
  const sources = allSources(n, options.pivots);
  const totals = new PathTotals(n, sources.length < n);
  const csr = searchCsr(out);
  const mode = searchMode(n, sources, options.directed);
  for (const chunk of sourceChunks(sources)) {
    totals.add(searchChunk(csr, chunk, options.pathMask, mode));
    options.onProgress?.(totals.sources, sources.length);
    if (options.adaptive && totals.settled()) break;
  }
  return totals.figures();
}

// Kept whole on purpose, though long: it is one tight loop over typed arrays,
// and a function call per node would cost measurable time on 36k-actor networks.
/**
 * One breadth-first search and dependency accumulation per source of the chunk.
 * With `linear`, each source's dependencies are those of the linear-scaling
 * estimator (see the header), times two; otherwise Brandes's.
 */
export function searchChunk(out: Pick<Csr, 'starts' | 'neighbors'>, sources: Int32Array, mask: Uint8Array, mode: SearchMode): PathPartial {
  const n = mask.length;
  const { sampled, directed, linear, symmetric } = mode;
  const { starts, neighbors } = out;

  const betweenness = new Float64Array(n);
  // Only a sample has a spread to measure.
  const squares = new Float64Array(sampled ? n : 0);
  const distanceSum = new Float64Array(n);
  const reachedBy = new Float64Array(n);
  // A node's distance from the source is dist − base: values below base were set by earlier
  // sources, so nothing is reset between searches. sigma and coefficient are written before they are read.
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  /** (gain + dependency) / sigma of a node whose dependency is known: what it passes to each predecessor, per path. */
  const coefficient = new Float64Array(n);
  const order = new Int32Array(n);
  // The search's arcs from one level to the next, by tail in search order: the successors of order[i]
  // are successors[successorEnds[i − 1] .. successorEnds[i]).
  const successors = new Int32Array(Number(starts[n] ?? 0));
  const successorEnds = new Int32Array(n);
  // Per distance d: what a node at d adds to its own dependency for being a target (1, or 1/d with linear scaling),
  // and what its accumulated dependency is multiplied by (1, or 2d).
  const gain = new Float64Array(n + 1).fill(1);
  const weight = new Float64Array(n + 1).fill(1);
  if (linear) {
    for (let d = 1; d <= n; d++) {
      gain[d] = 1 / d;
      weight[d] = 2 * d;
    }
  }

  let base = 0;
  let pathSum = 0;
  let pathPairs = 0;
  let diameter = 0;

  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    if (base > 0x7fffffff - n - 1) {
      dist.fill(-1);
      base = 0;
    }
    // Breadth-first search from s; `order` is the queue and, read backwards, the stack.
    let head = 0;
    let tail = 0;
    dist[s] = base;
    sigma[s] = 1;
    order[tail++] = s;
    let arcs = 0;
    if (directed) {
      // Each node passes its paths on to the out-neighbours one step farther.
      while (head < tail) {
        const v = order[head]!;
        const dv = dist[v]! + 1;
        const sv = sigma[v]!;
        for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
          const w = neighbors[j]!;
          const dw = dist[w]!;
          if (dw < base) {
            dist[w] = dv;
            sigma[w] = sv;
            order[tail++] = w;
            successors[arcs++] = w;
          } else if (dw === dv) {
            sigma[w] = sigma[w]! + sv;
            successors[arcs++] = w;
          }
        }
        successorEnds[head++] = arcs;
      }
    } else {
      // Each node, when its turn comes, pulls its paths from the neighbours one step closer (all counted by
      // then) and keeps the arcs to those one step farther, without a branch, which would be mispredicted
      // about as often as taken. Path counts are whole numbers, so the order of the sum leaves sigma as it was.
      while (head < tail) {
        const v = order[head]!;
        const dv = dist[v]!;
        const up = dv - 1;
        const down = dv + 1;
        let sv = 0;
        for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
          const w = neighbors[j]!;
          let dw = dist[w]!;
          if (dw < base) {
            dist[w] = down;
            order[tail++] = w;
            dw = down;
          }
          sv += sigma[w]! * +(dw === up);
          successors[arcs] = w;
          arcs += +(dw === down);
        }
        if (head > 0) sigma[v] = sv;
        successorEnds[head++] = arcs;
      }
    }
    const inPaths = mask[s] === 1;
    let total = 0;
    // Dependency accumulation, farthest first, pulled from the successors: neighbours one step farther,
    // whose coefficients are already known (Brandes 2001, eq. 6, summed per node rather than spread per arc).
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      let sum = 0;
      for (let j = successorEnds[i - 1]!, end = successorEnds[i]!; j < end; j++) sum += coefficient[successors[j]!]!;
      const sw = sigma[w]!;
      const d = dw - base;
      const dependency = sw * sum;
      coefficient[w] = (gain[d]! + dependency) / sw;
      const share = dependency * weight[d]!;
      betweenness[w] = betweenness[w]! + share;
      if (sampled) squares[w] = squares[w]! + share * share;
      total += d;
      if (inPaths && mask[w] === 1) {
        pathSum += d;
        pathPairs += 1;
        if (d > diameter) diameter = d;
      }
    }
    if (symmetric) {
      distanceSum[s] = distanceSum[s]! + total;
      reachedBy[s] = reachedBy[s]! + tail;
    } else {
      for (let i = 1; i < tail; i++) {
        const w = order[i]!;
        distanceSum[w] = distanceSum[w]! + (dist[w]! - base);
        reachedBy[w] = reachedBy[w]! + 1;
      }
      reachedBy[s] = reachedBy[s]! + 1;
    }
    base = dist[order[tail - 1]!]! + 1;
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
