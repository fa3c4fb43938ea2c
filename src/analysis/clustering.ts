// Local clustering coefficient, unweighted, as NetworkX's clustering():
// undirected, 2T/(k(k−1)) with T the triangles through the node
// (Watts & Strogatz 1998); directed, Fagiolo (2007): T/(2(k_tot(k_tot−1) − 2k_bi)).
// Undirected triangles are counted by degree-ordered forward search, O(m^1.5)
// (Schank & Wagner 2005), so hubs do not dominate.
import { type Csr, neighborsOf, undirectedSkeleton } from './csr.js';

/**
 * @param incoming a directed network's incoming neighbours; absent for an undirected one
 * @param skeleton a directed network's neighbours either way (csr.ts), when already made
 */
export function clustering(out: Csr, incoming?: Csr, skeleton?: Csr): Float64Array {
  return incoming === undefined ? undirectedClustering(out) : directedClustering(out, incoming, skeleton ?? undirectedSkeleton(out, incoming));
}

/**
 * Triangles through each node of an undirected graph; with `tie` (a weight per
 * neighbour entry of the CSR), each triangle counts the product of its three
 * ties' weights instead of 1.
 */
function triangles(csr: Csr, tie?: ArrayLike<number>): Float64Array {
  const n = csr.nodes.length;
  const { starts, neighbors } = csr;
  const degree = (v: number): number => starts[v + 1]! - starts[v]!;
  // rank: by degree, then index; each edge is oriented from lower to higher rank.
  const higher = (a: number, b: number): boolean => degree(a) < degree(b) || (degree(a) === degree(b) && a < b);
  const forwardStarts = new Float64Array(n + 1);
  const forward: number[] = [];
  const forwardTie: number[] = [];
  for (let v = 0; v < n; v++) {
    forwardStarts[v] = forward.length;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const w = neighbors[j]!;
      if (higher(v, w)) {
        forward.push(w);
        forwardTie.push(tie ? tie[j]! : 1);
      }
    }
  }
  forwardStarts[n] = forward.length;
  const count = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const tieToMarked = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let j = forwardStarts[u]!; j < forwardStarts[u + 1]!; j++) {
      mark[forward[j]!] = u;
      tieToMarked[forward[j]!] = forwardTie[j]!;
    }
    for (let j = forwardStarts[u]!; j < forwardStarts[u + 1]!; j++) {
      const v = forward[j]!;
      for (let k = forwardStarts[v]!; k < forwardStarts[v + 1]!; k++) {
        const w = forward[k]!;
        if (mark[w] === u) {
          const weight = forwardTie[j]! * forwardTie[k]! * tieToMarked[w]!;
          count[u] = count[u]! + weight;
          count[v] = count[v]! + weight;
          count[w] = count[w]! + weight;
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

/**
 * NetworkX's directed triangles of node i, Σ over ordered pairs (j, k) of
 * m_ij·m_ik·m_jk with m_xy = a_xy + a_yx, are twice the sum over the
 * triangles of the undirected skeleton of the product of their mutual
 * weights: so they are counted as undirected ones are, in O(m^1.5), rather
 * than by intersecting every pair of neighbours' lists (which took minutes on
 * Horizon 2020's hubs).
 */
function directedClustering(out: Csr, incoming: Csr, skeleton: Csr): Float64Array {
  const n = out.nodes.length;
  const tie = new Float64Array(skeleton.neighbors.length);
  const total = new Float64Array(n);
  const bidirectional = new Float64Array(n);
  const successor = new Int32Array(n).fill(-1);
  const predecessor = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (const w of neighborsOf(out, v)) successor[w] = v;
    for (const w of neighborsOf(incoming, v)) predecessor[w] = v;
    total[v] = out.starts[v + 1]! - out.starts[v]! + incoming.starts[v + 1]! - incoming.starts[v]!;
    for (let j = skeleton.starts[v]!; j < skeleton.starts[v + 1]!; j++) {
      const w = skeleton.neighbors[j]!;
      const both = successor[w] === v && predecessor[w] === v;
      tie[j] = both ? 2 : 1;
      if (both) bidirectional[v] = bidirectional[v]! + 1;
    }
  }
  const weighted = triangles(skeleton, tie);
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const directedTriangles = 2 * weighted[v]!;
    const denominator = (total[v]! * (total[v]! - 1) - 2 * bidirectional[v]!) * 2;
    result[v] = directedTriangles > 0 && denominator > 0 ? directedTriangles / denominator : 0;
  }
  return result;
}
