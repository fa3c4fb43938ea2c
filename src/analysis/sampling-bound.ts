// How far sampled betweenness can be trusted. Each pivot source gives every
// node an independent, unbiased estimate of its betweenness (Brandes & Pich
// 2007); the sample's estimate is their mean.
// - The ranking: the pivots, taken a chunk at a time, fall into two halves
//   (alternate chunks), each a sample of its own. Sampling stops once the
//   halves' top 20 agree on at least 18 (repeated halves agreeing): the
//   whole sample, twice either half, ranks at least as steadily.
// - The values: the standard error of a node's estimate is the pivots'
//   standard deviation over √k (central limit theorem); the bound is the
//   widest 95% confidence half-width, relative to the estimate, among the
//   top 20. Heavy-tailed dependencies make it wide even when the ranking
//   holds, which is why the ranking, not the values, decides when to stop.

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
