// Communities by Louvain (Blondel et al. 2008) on edge weights, with a seeded
// random source so the same input always gives the same partition; numbered
// by size (0 = largest), ties by the first member in input order. Modularity
// (Newman 2006) of that partition, weighted, as NetworkX's modularity().
import { louvain, modularity } from '../model/graphology.js';
import type { EcoGraph } from '../model/build-graph.js';
import { DEFAULT_SEED, seededRandom } from './random.js';

export interface CommunityFigures {
  community: Int32Array;
  count: number;
  /** Null when there are no edges (modularity is undefined). */
  modularity: number | null;
}

export function communities(graph: EcoGraph, nodes: readonly string[], seed: number = DEFAULT_SEED): CommunityFigures {
  const n = nodes.length;
  const raw =
    graph.size === 0
      ? Object.fromEntries(nodes.map((node, i) => [node, i]))
      : louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution: 1 });
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
  const position = new Map(nodes.map((node, i) => [node, i]));
  const score = graph.size === 0 ? null : modularity(graph, { getNodeCommunity: (node: string) => community[position.get(node)!]!, getEdgeWeight: 'weight' });
  return { community, count: groups.length, modularity: score };
}
