// A seeded random source (mulberry32), so layouts, community detection and
// sampling give the same result for the same input every time.

export const DEFAULT_SEED = 42;

export function seededRandom(seed: number = DEFAULT_SEED): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct indexes of 0..n−1, chosen by a seeded partial Fisher–Yates shuffle, in ascending order. */
export function samplePivots(n: number, k: number, seed: number = DEFAULT_SEED): Int32Array {
  return pivotOrder(n, k, seed).sort();
}

/** The same `k` indexes in the order drawn: every prefix is itself a random sample. */
export function pivotOrder(n: number, k: number, seed: number = DEFAULT_SEED): Int32Array {
  const random = seededRandom(seed);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order.slice(0, take);
}
