// Connected components (weak, on a directed graph), isolates, and the node
// set that path lengths are measured on: the largest connected component
// (strongly connected, on a directed graph, as NetworkX requires).
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
 * @param ties every node's neighbours whatever the direction (the network itself, when undirected)
 * @param out on a directed network, its outgoing neighbours: paths are measured in its largest strongly connected component
 */
export function components(ties: Csr, out?: Csr): ComponentFigures {
  const weak = undirectedComponents(ties);
  if (out === undefined) return weak;
  const pathMask = new Uint8Array(ties.nodes.length);
  for (const v of largestStrongComponent(out)) pathMask[v] = 1;
  return { ...weak, pathMask };
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

/**
 * The largest strongly connected component (ties: the one with the first node
 * in input order), by Tarjan's algorithm (1972) without recursion, so a long
 * chain cannot overflow the stack.
 */
function largestStrongComponent(out: Csr): number[] {
  const n = out.nodes.length;
  const { starts, neighbors } = out;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const calls: number[] = [];
  const next = new Int32Array(n);
  let counter = 0;
  let best: number[] = [];
  let bestFirst = n;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    calls.push(root);
    order[root] = low[root] = counter++;
    next[root] = starts[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (calls.length > 0) {
      const v = calls[calls.length - 1]!;
      if (next[v]! < starts[v + 1]!) {
        const w = neighbors[next[v]!++]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          next[w] = starts[w]!;
          stack.push(w);
          onStack[w] = 1;
          calls.push(w);
        } else if (onStack[w] === 1 && order[w]! < low[v]!) low[v] = order[w]!;
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent !== undefined && low[v]! < low[parent]!) low[parent] = low[v]!;
      if (low[v] !== order[v]) continue;
      const group: number[] = [];
      let first = n;
      for (;;) {
        const w = stack.pop()!;
        onStack[w] = 0;
        group.push(w);
        if (w < first) first = w;
        if (w === v) break;
      }
      if (group.length > best.length || (group.length === best.length && first < bestFirst)) {
        best = group;
        bestFirst = first;
      }
    }
  }
  return best;
}
