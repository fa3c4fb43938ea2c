import { describe, expect, it } from 'vitest';
import { eigenvectorCentrality } from '../../../src/analysis/eigenvector.js';
import type { Csr } from '../../../src/analysis/csr.js';

/** An undirected CSR from a list of edges between nodes 0..n-1. */
function csr(n: number, edges: [number, number][]): Csr {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    lists[a]!.push(b);
    lists[b]!.push(a);
  }
  const starts = [0];
  for (const list of lists) starts.push(starts.at(-1)! + list.length);
  return { nodes: lists.map((_, i) => `n${i}`), starts, neighbors: lists.flat() };
}

describe('eigenvector centrality', () => {
  it('converges on a star, which is bipartite: the centre is √k times a leaf', () => {
    const k = 12;
    const star = eigenvectorCentrality(
      csr(
        k + 1,
        Array.from({ length: k }, (_, i) => [0, i + 1] as [number, number]),
      ),
    );
    expect(star.converged).toBe(true);
    const values = star.values!;
    expect(values[0]! / values[1]!).toBeCloseTo(Math.sqrt(k), 4);
    expect(Math.hypot(...values)).toBeCloseTo(1, 12);
  });

  it('gives equal values on a cycle, and a unit vector', () => {
    const cycle = eigenvectorCentrality(
      csr(6, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [5, 0],
      ]),
    );
    for (const v of cycle.values!) expect(v).toBeCloseTo(1 / Math.sqrt(6), 9);
  });

  it('reports no values, not wrong ones, when the iteration does not settle in time', () => {
    const path = eigenvectorCentrality(
      csr(
        30,
        Array.from({ length: 29 }, (_, i) => [i, i + 1] as [number, number]),
      ),
      { maxIterations: 5, tolerance: 1e-6 },
    );
    expect(path).toEqual({ values: null, converged: false, iterations: 5 });
  });

  it('is empty for an empty network', () => {
    expect(eigenvectorCentrality(csr(0, [])).values).toEqual(new Float64Array(0));
  });
});
