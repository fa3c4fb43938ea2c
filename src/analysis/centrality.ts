// PageRank (weighted, α = 0.85) by NetworkX's power iteration: the same start
// vector, update and stopping rule (Σ|x − x_last| < n·1e-6, at most 100
// steps), with a dangling node's rank spread over every node. Page, Brin,
// Motwani & Winograd (1999). The loop is graphology-metrics' pagerank, step
// for step, run over eco's CSR: graphology's needs a graphology graph, whose
// building alone took longer than every figure on large networks. A power
// iteration that does not converge gives no values (null), said in the
// summary. Eigenvector centrality is eco's own too (eigenvector.ts).
import type { Network } from '../model/build-graph.js';
import type { EdgeCsr } from './csr.js';

export interface IterativeCentrality {
  values: Float64Array | null;
  converged: boolean;
}

const ALPHA = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/** @param out the network's outgoing neighbours, with their edges (csr.ts) */
export function weightedPagerank(network: Network, out: EdgeCsr): IterativeCentrality {
  const n = network.nodes.length;
  if (n === 0) return { values: new Float64Array(0), converged: true };
  const { starts, neighbors, edges } = out;
  const p = 1 / n;
  // Each arc's share of its node's outgoing weight.
  const share = new Float64Array(neighbors.length);
  const dangling: number[] = [];
  let x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = p;
    let total = 0;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) total += network.weight[edges[j]!]!;
    if (total === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j++) share[j] = network.weight[edges[j]!]! / total;
  }
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const last = x;
    x = new Float64Array(n);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= ALPHA;
    for (let i = 0; i < n; i++) {
      for (let j = starts[i]!, end = starts[i + 1]!; j < end; j++) {
        const neighbor = neighbors[j]!;
        x[neighbor] = x[neighbor]! + ALPHA * last[i]! * share[j]!;
      }
      x[i] = x[i]! + (dangleSum * p + (1 - ALPHA) * p);
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < n * TOLERANCE) return { values: x, converged: true };
  }
  return { values: null, converged: false };
}
