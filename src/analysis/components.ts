// Connected components (weak, on a directed graph), isolates, and the node
// set that path lengths are measured on: the largest connected component
// (strongly connected, on a directed graph, as NetworkX requires).
import { connectedComponents, stronglyConnectedComponents } from 'graphology-components';
import type { EcoGraph } from '../model/build-graph.js';
import type { Csr } from './csr.js';

export interface ComponentFigures {
  /** Component number per node, largest component first (ties: by first node in input order). */
  component: Int32Array;
  sizes: number[];
  isolates: number;
  /** 1 for nodes of the component path lengths are measured on. */
  pathMask: Uint8Array;
}

/**
 * @param out the graph's neighbours as a CSR (csr.ts), in the order of `nodes`: an undirected graph's
 * components are found over it, without graphology's per-node objects.
 */
export function components(graph: EcoGraph, nodes: readonly string[], out?: Csr): ComponentFigures {
  if (out && graph.type === 'undirected') return undirectedComponents(out);
  const index = new Map(nodes.map((node, i) => [node, i]));
  const ordered = (groups: string[][]): number[][] =>
    groups.map((group) => group.map((node) => index.get(node)!).sort((a, b) => a - b)).sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const groups = ordered(connectedComponents(graph));
  const component = new Int32Array(nodes.length);
  groups.forEach((group, c) => group.forEach((v) => (component[v] = c)));
  const pathMask = new Uint8Array(nodes.length);
  const pathGroup = graph.type === 'undirected' ? groups[0] : ordered(stronglyConnectedComponents(graph))[0];
  for (const v of pathGroup ?? []) pathMask[v] = 1;
  let isolates = 0;
  for (const node of nodes) if (graph.degree(node) === 0) isolates++;
  return { component, sizes: groups.map((g) => g.length), isolates, pathMask };
}

/** The same figures by breadth-first search over the CSR: components numbered largest first, ties by their first node. */
function undirectedComponents(out: Csr): ComponentFigures {
  const n = out.nodes.length;
  const { starts, neighbors } = out;
  const raw = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(n);
  let isolates = 0;
  for (let s = 0; s < n; s++) {
    if (starts[s + 1]! === starts[s]!) isolates++;
    if (raw[s] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    raw[s] = c;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbors[j]!;
        if (raw[w] === -1) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  // Found in order of their first node, so a stable sort by size keeps ties in that order.
  const byRank = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(sizes.length);
  byRank.forEach((c, r) => (rank[c] = r));
  const component = new Int32Array(n);
  const pathMask = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    component[v] = rank[raw[v]!]!;
    if (component[v] === 0) pathMask[v] = 1;
  }
  return { component, sizes: byRank.map((c) => sizes[c]!), isolates, pathMask };
}
