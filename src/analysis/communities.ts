// Communities by Louvain (Blondel et al. 2008) on edge weights, with a seeded
// random source so the same input always gives the same partition; numbered
// by size (0 = largest), ties by the first member in input order. Modularity
// (Newman 2006) of that partition, weighted, as NetworkX's modularity().
import type { Network } from '../model/build-graph.js';
import { louvain } from '../model/graphology.js';
import { DEFAULT_SEED, seededRandom } from './random.js';

export interface CommunityFigures {
  community: Int32Array;
  count: number;
  /** Null when there are no edges (modularity is undefined). */
  modularity: number | null;
}

export function communities(network: Network, seed: number = DEFAULT_SEED): CommunityFigures {
  const { nodes } = network;
  const n = nodes.length;
  const raw: Record<string, number> =
    network.size === 0
      ? Object.fromEntries(nodes.map((node, i) => [node, i]))
      : louvain(new LouvainView(network) as unknown as Parameters<typeof louvain>[0], {
          getEdgeWeight: (edge: unknown) => network.weight[edge as number]!,
          rng: seededRandom(seed),
          resolution: 1,
        });
  const members = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const c = raw[node]!;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const community = new Int32Array(n);
  groups.forEach((group, c) => group.forEach((v) => (community[v] = c)));
  return { community, count: groups.length, modularity: network.size === 0 ? null : modularity(network, community, groups.length) };
}

/**
 * Newman's modularity of a partition at resolution 1, summed as
 * graphology-metrics' sparse modularity sums it (the same figure to the last
 * bit): per community, its internal weight over the total, less the product
 * of its weighted degrees over the total squared.
 */
function modularity(network: Network, community: Int32Array, count: number): number {
  const internal = new Float64Array(count);
  // Undirected: each community's weighted degree; directed: its out-weight, with its in-weight beside.
  const degree = new Float64Array(count);
  const inWeight = new Float64Array(count);
  let total = 0;
  for (let e = 0; e < network.size; e++) {
    const w = network.weight[e]!;
    const a = community[network.source[e]!]!;
    const b = community[network.target[e]!]!;
    total += w;
    degree[a] = degree[a]! + w;
    if (network.directed) inWeight[b] = inWeight[b]! + w;
    else degree[b] = degree[b]! + w;
    if (a === b) internal[a] = internal[a]! + (network.directed ? w : w * 2);
  }
  let q = 0;
  if (network.directed) {
    for (let c = 0; c < count; c++) q += internal[c]! / total - (inWeight[c]! * degree[c]!) / total ** 2;
  } else {
    const m2 = total * 2;
    for (let c = 0; c < count; c++) q += internal[c]! / m2 - (degree[c]! / m2) ** 2;
  }
  return q;
}

/**
 * The network as graphology-communities-louvain reads a graph: its order,
 * size and type, the nodes, each node's degree, and the edges in order with
 * their ends. Building a graphology graph just to read it so would cost more
 * than the rest of the figures on a large network; the partition is the one
 * graphology's own graph would give (the same nodes and edges, in the same
 * order). Its two mutating methods exist only because the library checks for
 * them before it reads.
 */
class LouvainView {
  readonly multi = false;
  readonly selfLoopCount = 0;
  readonly type: 'directed' | 'undirected';
  private readonly outDegree: Int32Array;
  private readonly inDegree: Int32Array;

  constructor(private readonly network: Network) {
    this.type = network.directed ? 'directed' : 'undirected';
    const n = network.nodes.length;
    this.outDegree = new Int32Array(n);
    this.inDegree = new Int32Array(n);
    for (let e = 0; e < network.size; e++) {
      this.outDegree[network.source[e]!]!++;
      this.inDegree[network.target[e]!]!++;
    }
  }

  get order(): number {
    return this.network.nodes.length;
  }

  get size(): number {
    return this.network.size;
  }

  forEachNode(callback: (node: string, attributes: object) => void): void {
    for (const node of this.network.nodes) callback(node, NO_ATTRIBUTES);
  }

  forEachEdge(callback: (edge: number, attributes: object, source: string, target: string, sa: object, ta: object, undirected: boolean) => void): void {
    const { nodes, source, target, directed } = this.network;
    for (let e = 0; e < source.length; e++) callback(e, NO_ATTRIBUTES, nodes[source[e]!]!, nodes[target[e]!]!, NO_ATTRIBUTES, NO_ATTRIBUTES, !directed);
  }

  undirectedDegreeWithoutSelfLoops(node: string): number {
    const i = this.network.indexOf(node)!;
    return this.outDegree[i]! + this.inDegree[i]!;
  }

  outDegreeWithoutSelfLoops(node: string): number {
    return this.outDegree[this.network.indexOf(node)!]!;
  }

  inDegreeWithoutSelfLoops(node: string): number {
    return this.inDegree[this.network.indexOf(node)!]!;
  }

  addUndirectedEdgeWithKey(): never {
    throw new Error('the network is read-only');
  }

  dropNode(): never {
    throw new Error('the network is read-only');
  }
}

const NO_ATTRIBUTES = Object.freeze({});
