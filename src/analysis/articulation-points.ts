// Articulation points (cut vertices) of the undirected skeleton: actors whose
// removal splits their component. Hopcroft & Tarjan (1973), iterative DFS
// with low-links, so deep graphs do not exhaust the call stack.
import type { Csr } from './csr.js';

/**
 * The depth-first forest the cut vertices were found in. Each subtree is a
 * run of consecutive discovery times, so what removing a cut vertex splits
 * off can be read from it without searching again (brokers.ts).
 */
export interface CutVertices {
  /** The articulation points, in node order. */
  points: Int32Array;
  discovery: Int32Array;
  /** The node discovered at each time: the inverse of `discovery`. */
  byDiscovery: Int32Array;
  low: Int32Array;
  /** Parent in the forest (−1 for a root). */
  parent: Int32Array;
  /** Nodes in each node's subtree, itself included. */
  subtree: Int32Array;
  /** The root of each node's tree: its component. */
  root: Int32Array;
}

export function cutVertices(csr: Csr): CutVertices {
  const n = csr.nodes.length;
  const { starts, neighbors } = csr;
  const discovery = new Int32Array(n).fill(-1);
  const byDiscovery = new Int32Array(n);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const subtree = new Int32Array(n).fill(1);
  const rootOf = new Int32Array(n);
  const next = new Float64Array(n);
  const isCut = new Uint8Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stack[top++] = root;
    byDiscovery[time] = root;
    discovery[root] = low[root] = time++;
    rootOf[root] = root;
    next[root] = starts[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < starts[v + 1]!) {
        const w = neighbors[next[v]!]!;
        next[v]! += 1;
        if (discovery[w] === -1) {
          parent[w] = v;
          rootOf[w] = root;
          byDiscovery[time] = w;
          discovery[w] = low[w] = time++;
          next[w] = starts[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, discovery[w]!);
        }
      } else {
        top--;
        const p = parent[v]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[v]!);
          subtree[p] = subtree[p]! + subtree[v]!;
          if (p !== root && low[v]! >= discovery[p]!) isCut[p] = 1;
        }
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const points: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) points.push(v);
  return { points: Int32Array.from(points), discovery, byDiscovery, low, parent, subtree, root: rootOf };
}

/** Component sizes of the skeleton with the `removed` nodes taken out, largest first, and each node's piece (−1 if removed). */
export function piecesWithout(csr: Csr, removed: ReadonlySet<number>): { piece: Int32Array; sizes: number[] } {
  const n = csr.nodes.length;
  const piece = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (piece[s] !== -1 || removed.has(s)) continue;
    const id = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    piece[s] = id;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = csr.starts[v]!; j < csr.starts[v + 1]!; j++) {
        const w = csr.neighbors[j]!;
        if (piece[w] === -1 && !removed.has(w)) {
          piece[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { piece, sizes };
}
