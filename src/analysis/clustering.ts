// Local clustering coefficient, unweighted, as NetworkX's clustering():
// undirected, 2T/(k(k−1)) with T the triangles through the node
// (Watts & Strogatz 1998); directed, Fagiolo (2007): T/(2(k_tot(k_tot−1) − 2k_bi)).
// Undirected triangles are counted by degree-ordered forward search, O(m^1.5)
// (Schank & Wagner 2005), so hubs do not dominate.
import { type Csr, neighborsOf } from './csr.js';

/** @param incoming a directed network's incoming neighbours; absent for an undirected one */
export function clustering(out: Csr, incoming?: Csr): Float64Array {
  return incoming === undefined ? undirectedClustering(out) : directedClustering(out, incoming);
}

/** Triangles through each node of an undirected graph. */
function triangles(csr: Csr): Float64Array {
  const n = csr.nodes.length;
  const { starts, neighbors } = csr;
  const degree = (v: number): number => starts[v + 1]! - starts[v]!;
  // rank: by degree, then index; each edge is oriented from lower to higher rank.
  const higher = (a: number, b: number): boolean => degree(a) < degree(b) || (degree(a) === degree(b) && a < b);
  const forwardStarts = new Float64Array(n + 1);
  const forward: number[] = [];
  for (let v = 0; v < n; v++) {
    forwardStarts[v] = forward.length;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const w = neighbors[j]!;
      if (higher(v, w)) forward.push(w);
    }
  }
  forwardStarts[n] = forward.length;
  const count = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let j = forwardStarts[u]!; j < forwardStarts[u + 1]!; j++) mark[forward[j]!] = u;
    for (let j = forwardStarts[u]!; j < forwardStarts[u + 1]!; j++) {
      const v = forward[j]!;
      for (let k = forwardStarts[v]!; k < forwardStarts[v + 1]!; k++) {
        const w = forward[k]!;
        if (mark[w] === u) {
          count[u] = count[u]! + 1;
          count[v] = count[v]! + 1;
          count[w] = count[w]! + 1;
        }
      }
    }
  }
  return count;
}

function undirectedClustering(csr: Csr): Float64Array {
  const t = triangles(csr);
  const result = new Float64Array(t.length);
  for (let v = 0; v < t.length; v++) {
    const k = csr.starts[v + 1]! - csr.starts[v]!;
    result[v] = k < 2 || t[v] === 0 ? 0 : (2 * t[v]!) / (k * (k - 1));
  }
  return result;
}

function directedClustering(out: Csr, incoming: Csr): Float64Array {
  const n = out.nodes.length;
  const predecessors = Array.from({ length: n }, (_, v) => new Set(neighborsOf(incoming, v)));
  const successors = Array.from({ length: n }, (_, v) => new Set(neighborsOf(out, v)));
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const preds = predecessors[i]!;
    const succs = successors[i]!;
    let directedTriangles = 0;
    for (const j of [...preds, ...succs]) {
      const jPreds = predecessors[j]!;
      const jSuccs = successors[j]!;
      for (const k of preds) directedTriangles += (jPreds.has(k) ? 1 : 0) + (jSuccs.has(k) ? 1 : 0);
      for (const k of succs) directedTriangles += (jPreds.has(k) ? 1 : 0) + (jSuccs.has(k) ? 1 : 0);
    }
    const total = preds.size + succs.size;
    let bidirectional = 0;
    for (const p of preds) if (succs.has(p)) bidirectional++;
    const denominator = (total * (total - 1) - 2 * bidirectional) * 2;
    result[i] = directedTriangles > 0 && denominator > 0 ? directedTriangles / denominator : 0;
  }
  return result;
}
