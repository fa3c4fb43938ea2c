// PageRank (weighted, α = 0.85) by graphology-metrics, whose power iteration
// is NetworkX's: the same start vector, update and stopping rule
// (Σ|x − x_last| < n·1e-6, at most 100 steps). Page, Brin, Motwani & Winograd
// (1999). A power iteration that does not converge gives no values (null),
// said in the summary. Eigenvector centrality is eco's own (eigenvector.ts):
// graphology-metrics' iteration has no shift and never converges on
// bipartite graphs.
import { pagerank } from '../model/graphology.js';
import type { EcoGraph } from '../model/build-graph.js';

export interface IterativeCentrality {
  values: Float64Array | null;
  converged: boolean;
}

export function weightedPagerank(graph: EcoGraph, nodes: readonly string[]): IterativeCentrality {
  return attempt(nodes, () => pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 100, tolerance: 1e-6 }));
}

function attempt(nodes: readonly string[], run: () => Record<string, number>): IterativeCentrality {
  if (nodes.length === 0) return { values: new Float64Array(0), converged: true };
  try {
    const mapping = run();
    return { values: Float64Array.from(nodes, (node) => mapping[node] ?? 0), converged: true };
  } catch (e) {
    if (e instanceof Error && /failed to converge/.test(e.message)) return { values: null, converged: false };
    throw e;
  }
}
