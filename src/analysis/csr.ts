// A compressed sparse row view of the graph (graphology-indices), so the
// path algorithms run over typed arrays instead of per-node objects. The
// index's last start is an upper bound that is exact only for a simple graph
// (no self-loops, no parallel edges) — which build-graph guarantees.
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import type { EcoGraph } from '../model/build-graph.js';

export interface Csr {
  /** Node keys in index order (the graph's insertion order: the input's order). */
  nodes: string[];
  /** Neighbours of node i are neighbors[starts[i] .. starts[i + 1]). */
  starts: ArrayLike<number>;
  neighbors: ArrayLike<number>;
}

/** Outgoing neighbours (all neighbours, on an undirected graph). */
export function outCsr(graph: EcoGraph): Csr {
  const index = new NeighborhoodIndex(graph, 'outbound');
  return { nodes: index.nodes, starts: index.starts, neighbors: index.neighborhood };
}

/** Incoming neighbours; on an undirected graph the same as outCsr. */
export function inCsr(graph: EcoGraph): Csr {
  if (graph.type === 'undirected') return outCsr(graph);
  const index = new NeighborhoodIndex(graph, 'inbound');
  return { nodes: index.nodes, starts: index.starts, neighbors: index.neighborhood };
}
