// Burt's structural holes, unweighted, as NetworkX's constraint() and
// effective_size(): Burt (1992), Structural Holes, ch. 2; Borgatti (1997)
// for the undirected simplification (which the general formula equals).
// With p_uv = m_uv / Σ_w m_uw, where m_uv = a_uv + a_vu (mutual ties):
//   constraint(v)     = Σ_{u∈N(v)} (p_vu + Σ_{w∈N(v)} p_vw p_wu)²
//   effectiveSize(v)  = Σ_{u∈N(v)} (1 − Σ_{w∈N(v)} p_vw m_uw / max_x m_ux)
// Both are undefined (NaN) for a node without neighbours (on a directed
// graph, without successors), as in NetworkX.
import { type Csr, neighborsOf } from './csr.js';

export interface StructuralHoles {
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

/** Every node's neighbours with their mutual weights, in one flat list: node v's ties are at starts[v]..starts[v+1]. */
interface TieSkeleton {
  starts: Float64Array;
  ties: number[];
  mutual: number[];
  /** 1 where the measures are defined (the node has neighbours; on a directed graph, successors). */
  defined: Uint8Array;
}

// Only the setup is split off: the loops below run once per two-step path
// v–u–w, and a call per step would cost measurable time on the largest networks.
/** @param incoming a directed network's incoming neighbours; absent for an undirected one */
export function structuralHoles(out: Csr, incoming?: Csr): StructuralHoles {
  if (incoming === undefined) return undirectedHoles(out);
  const n = out.nodes.length;
  const { starts, ties, mutual, defined } = tieSkeleton(out, incoming);
  const { sum, max } = tieTotals(starts, mutual, n);
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const pv = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (defined[v] === 0) {
      constraint[v] = NaN;
      effectiveSize[v] = NaN;
      continue;
    }
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const w = ties[j]!;
      stamp[w] = v;
      pv[w] = mutual[j]! / sum[v]!;
    }
    let c = 0;
    let size = 0;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      const u = ties[j]!;
      let indirect = 0;
      let redundancy = 0;
      for (let k = starts[u]!; k < starts[u + 1]!; k++) {
        const w = ties[k]!;
        if (stamp[w] !== v) continue;
        // Mutual weights are symmetric: m_wu is the weight on u's own list.
        indirect += pv[w]! * (mutual[k]! / sum[w]!);
        redundancy += pv[w]! * (mutual[k]! / max[u]!);
      }
      c += (pv[u]! + indirect) ** 2;
      size += 1 - redundancy;
    }
    constraint[v] = c;
    effectiveSize[v] = size;
  }
  return { constraint, effectiveSize };
}

/** A directed network's ties: each neighbour either way once, its mutual weight 1 or 2 (ties both ways). */
function tieSkeleton(out: Csr, incoming: Csr): TieSkeleton {
  const n = out.nodes.length;
  const starts = new Float64Array(n + 1);
  const ties: number[] = [];
  const mutual: number[] = [];
  const defined = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    starts[v] = ties.length;
    const successors = neighborsOf(out, v);
    const predecessors = neighborsOf(incoming, v);
    const outSet = new Set(successors);
    const inSet = new Set(predecessors);
    for (const u of new Set([...successors, ...predecessors])) {
      ties.push(u);
      mutual.push((outSet.has(u) ? 1 : 0) + (inSet.has(u) ? 1 : 0));
    }
    defined[v] = outSet.size > 0 ? 1 : 0;
  }
  starts[n] = ties.length;
  return { starts, ties, mutual, defined };
}

/** Per node, Σ_w m_vw (the denominator of p_vw) and max_x m_vx. */
function tieTotals(starts: Float64Array, mutual: readonly number[], n: number): { sum: Float64Array; max: Float64Array } {
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let j = starts[v]!; j < starts[v + 1]!; j++) {
      sum[v] = sum[v]! + mutual[j]!;
      if (mutual[j]! > max[v]!) max[v] = mutual[j]!;
    }
  }
  return { sum, max };
}

/**
 * The same measures on an undirected network, where every tie weighs alike
 * (p_vw = 1/d_v), from its triangles: with T(v,u) = Σ_{w ∈ N(v) ∩ N(u)} 1/d_w,
 *   constraint(v)    = Σ_{u∈N(v)} (1 + T(v,u))² / d_v²
 *   effectiveSize(v) = d_v − 2·triangles(v) / d_v.
 * Each triangle is met once (edges oriented from lower to higher degree; Schank
 * & Wagner 2005), instead of once per two-step path from each of its corners.
 */
function undirectedHoles(out: Csr): StructuralHoles {
  const n = out.nodes.length;
  const { starts, neighbors } = out;
  const degree = new Float64Array(n);
  for (let v = 0; v < n; v++) degree[v] = starts[v + 1]! - starts[v]!;
  const higher = (a: number, b: number): boolean => degree[a]! > degree[b]! || (degree[a] === degree[b] && a > b);
  // Each edge once, from its lower end: its other end and its number.
  const fromStarts = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let count = 0;
    for (let j = starts[v]!; j < starts[v + 1]!; j++) if (higher(neighbors[j]!, v)) count++;
    fromStarts[v + 1] = fromStarts[v]! + count;
  }
  const m = fromStarts[n]!;
  const toward = new Int32Array(m);
  for (let v = 0, e = 0; v < n; v++) for (let j = starts[v]!; j < starts[v + 1]!; j++) if (higher(neighbors[j]!, v)) toward[e++] = neighbors[j]!;
  const through = new Float64Array(m);
  const triangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const markEdge = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = fromStarts[v]!; e < fromStarts[v + 1]!; e++) {
      mark[toward[e]!] = v;
      markEdge[toward[e]!] = e;
    }
    for (let e = fromStarts[v]!; e < fromStarts[v + 1]!; e++) {
      const u = toward[e]!;
      for (let f = fromStarts[u]!; f < fromStarts[u + 1]!; f++) {
        const w = toward[f]!;
        if (mark[w] !== v) continue;
        // The triangle v–u–w: each edge's sum gains the corner opposite it.
        through[e] = through[e]! + 1 / degree[w]!;
        through[markEdge[w]!] = through[markEdge[w]!]! + 1 / degree[u]!;
        through[f] = through[f]! + 1 / degree[v]!;
        triangles[v] = triangles[v]! + 1;
        triangles[u] = triangles[u]! + 1;
        triangles[w] = triangles[w]! + 1;
      }
    }
  }
  const constraint = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = fromStarts[v]!; e < fromStarts[v + 1]!; e++) {
      const u = toward[e]!;
      const share = (1 + through[e]!) ** 2;
      constraint[v] = constraint[v]! + share / (degree[v]! * degree[v]!);
      constraint[u] = constraint[u]! + share / (degree[u]! * degree[u]!);
    }
  }
  const effectiveSize = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (degree[v] === 0) {
      constraint[v] = NaN;
      effectiveSize[v] = NaN;
    } else effectiveSize[v] = degree[v]! - (2 * triangles[v]!) / degree[v]!;
  }
  return { constraint, effectiveSize };
}
