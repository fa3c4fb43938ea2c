// A compressed sparse row view of the network, so the algorithms run over
// typed arrays instead of per-node objects. Each node's neighbours are in the
// order of its edges (the order their first link came), as graphology lists
// them; the network is simple (no self-loops, no parallel edges).
import type { Network } from '../model/build-graph.js';

export interface Csr {
  /** Node keys in index order (the input's order). */
  nodes: string[];
  /** Neighbours of node i are neighbors[starts[i] .. starts[i + 1]). */
  starts: ArrayLike<number>;
  neighbors: ArrayLike<number>;
}

/** A CSR that also names the edge of every neighbour, for its weight and other attributes. */
export interface EdgeCsr extends Csr {
  starts: Int32Array;
  neighbors: Int32Array;
  /** The edge (Network numbering) to neighbors[j] is edges[j]. */
  edges: Int32Array;
}

/** Outgoing neighbours (all neighbours, on an undirected graph). */
export function outCsr(network: Network): EdgeCsr {
  return arcs(network, network.source, network.target, !network.directed);
}

/** Incoming neighbours; on an undirected graph the same as outCsr. */
export function inCsr(network: Network, out?: EdgeCsr): EdgeCsr {
  if (!network.directed) return out ?? outCsr(network);
  return arcs(network, network.target, network.source, false);
}

/** Both directions of a directed graph, for what is about ties whatever their direction. */
export function undirectedSkeleton(out: Csr, incoming: Csr): Csr {
  const n = out.nodes.length;
  const starts = new Float64Array(n + 1);
  const neighbors: number[] = [];
  for (let v = 0; v < n; v++) {
    starts[v] = neighbors.length;
    const seen = new Set<number>();
    for (const csr of [out, incoming]) {
      for (let j = csr.starts[v]!; j < csr.starts[v + 1]!; j++) seen.add(csr.neighbors[j]!);
    }
    for (const neighbor of [...seen].sort((a, b) => a - b)) neighbors.push(neighbor);
  }
  starts[n] = neighbors.length;
  return { nodes: out.nodes, starts, neighbors: Int32Array.from(neighbors) };
}

/** The neighbours of node v, as a list. */
export function neighborsOf(csr: Csr, v: number): number[] {
  const list: number[] = [];
  for (let j = csr.starts[v]!; j < csr.starts[v + 1]!; j++) list.push(csr.neighbors[j]!);
  return list;
}

function arcs(network: Network, from: readonly number[], to: readonly number[], bothWays: boolean): EdgeCsr {
  const n = network.nodes.length;
  const m = from.length;
  const starts = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    starts[from[e]! + 1]!++;
    if (bothWays) starts[to[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const fill = starts.slice(0, n);
  const total = starts[n]!;
  const neighbors = new Int32Array(total);
  const edges = new Int32Array(total);
  for (let e = 0; e < m; e++) {
    const s = from[e]!;
    const t = to[e]!;
    let j = fill[s]!++;
    neighbors[j] = t;
    edges[j] = e;
    if (bothWays) {
      j = fill[t]!++;
      neighbors[j] = s;
      edges[j] = e;
    }
  }
  return { nodes: network.nodes, starts, neighbors, edges };
}
