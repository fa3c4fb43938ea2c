// Eigenvector centrality, unweighted, as NetworkX computes it
// (`eigenvector_centrality(G, max_iter=1000)`): start from 1/n everywhere,
// iterate x ← (A + I)x — the identity shift makes the iteration converge on
// bipartite graphs (stars, trees, lattices), where plain x ← Ax oscillates
// for ever — normalise to unit Euclidean length, and stop when
// Σ|x − x_last| < n·tol. On a directed graph an actor's score comes from the
// actors that point to it. Bonacich (1987), "Power and centrality: a family of
// measures"; NetworkX 2.8, networkx/algorithms/centrality/eigenvector.py.
import type { Csr } from './csr.js';

const EIGENVECTOR_DEFAULTS = { maxIterations: 1000, tolerance: 1e-6 };

export interface IterativeCentrality {
  /** One value per node, in CSR order; null when the iteration did not converge. */
  values: Float64Array | null;
  converged: boolean;
  /** The iterations it took (or the limit, when it did not converge). */
  iterations: number;
}

/** @param incoming the in-neighbours of every node (all neighbours on an undirected graph) */
export function eigenvectorCentrality(incoming: Csr, options = EIGENVECTOR_DEFAULTS): IterativeCentrality {
  const n = incoming.nodes.length;
  if (n === 0) return { values: new Float64Array(0), converged: true, iterations: 0 };
  const { starts, neighbors } = incoming;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v]!;
      for (let e = starts[v]!, end = starts[v + 1]!; e < end; e++) sum += x[neighbors[e]!]!;
      next[v] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = next[v]! / norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * options.tolerance) return { values: x, converged: true, iterations: iteration };
  }
  return { values: null, converged: false, iterations: options.maxIterations };
}
