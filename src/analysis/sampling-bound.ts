// How far sampled betweenness can be trusted. Each pivot source gives every
// node an unbiased estimate of its betweenness (Brandes & Pich 2007; on an
// undirected network the linearly scaled one of Geisberger, Sanders &
// Schultes 2008, shortest-paths.ts); the sample's estimate is their mean.
// - The ranking: the pivots, taken a chunk at a time in a seeded random
//   order, fall into two halves (alternate chunks), each a sample of its
//   own. Sampling stops at an even number of chunks, from MIN_PIVOTS on,
//   once the halves' top 20 share at least 18, or when the step budget
//   (map-analysis.ts) runs out. What that guarantees is empirical, not a
//   probability: two independent samples of half the size ranking alike
//   means the top is no longer decided by which pivots were drawn, and the
//   whole sample, with half the variance of either, ranks at least as
//   steadily. Checking after every pair of chunks is repeated testing, so
//   the chance of stopping on a lucky agreement is larger than one test's;
//   the 128-pivot floor keeps early, noisy halves from stopping it. Nodes
//   whose true values are within the noise of each other (eu-h2020: ranks
//   16–21) may still trade places: the agreement speaks for the top as a
//   set. bench/sampling.mjs measures it against the exact ranking.
// - The values: the standard error of a node's estimate is the pivots'
//   standard deviation over √k (central limit theorem; pivots drawn without
//   replacement make it slightly conservative); the bound is the widest 95%
//   confidence half-width, relative to the estimate, among the top 20.
//   Heavy-tailed contributions make it wide even when the ranking holds,
//   which is why the ranking, not the values, decides when to stop.

/** The nodes whose estimates the bound speaks for: the top of the ranking, as reports list it. */
export const TOP_K = 20;
/** Sampling stops once the two halves share this share of their top K. */
export const AGREEMENT = 0.9;
/** Below this many pivots a standard deviation says too little to stop on. */
export const MIN_PIVOTS = 128;
const Z95 = 1.959964;

/**
 * The relative 95% half-width of the top `k` estimates (0 when they are exact
 * or all zero), from the sums and sums of squares of each node's per-pivot
 * dependencies over `pivots` pivots.
 */
export function samplingBound(sums: Float64Array, squares: Float64Array, pivots: number, k = TOP_K): number {
  if (pivots < 2) return Number.POSITIVE_INFINITY;
  let bound = 0;
  for (const v of topNodes(sums, k)) {
    const mean = sums[v]! / pivots;
    if (mean <= 0) continue;
    const variance = Math.max(0, (squares[v]! / pivots - mean * mean) * (pivots / (pivots - 1)));
    bound = Math.max(bound, (Z95 * Math.sqrt(variance / pivots)) / mean);
  }
  return bound;
}

/** The share of the top k of `a` that is also in the top k of `b`. */
export function topAgreement(a: Float64Array, b: Float64Array, k = TOP_K): number {
  const top = topNodes(a, k);
  if (top.length === 0) return 1;
  const other = new Set(topNodes(b, k));
  return top.filter((v) => other.has(v)).length / top.length;
}

/** The indexes of the k largest values, ties by index (a partial selection, O(n·k) for small k). */
function topNodes(values: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let v = 0; v < values.length; v++) {
    const x = values[v]!;
    if (top.length === k && x <= values[top[k - 1]!]!) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && values[top[i - 1]!]! < x) i--;
    top.splice(i, 0, v);
    if (top.length > k) top.pop();
  }
  return top;
}
