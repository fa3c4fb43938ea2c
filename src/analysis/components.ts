// Connected components (weak, on a directed graph), isolates, and the node
// set that path lengths are measured on: the largest connected component
// (strongly connected, on a directed graph, as NetworkX requires).
import { connectedComponents, stronglyConnectedComponents } from 'graphology-components';
import type { EcoGraph } from '../model/build-graph.js';

export interface ComponentFigures {
  /** Component number per node, largest component first (ties: by first node in input order). */
  component: Int32Array;
  sizes: number[];
  isolates: number;
  /** 1 for nodes of the component path lengths are measured on. */
  pathMask: Uint8Array;
}

export function components(graph: EcoGraph, nodes: readonly string[]): ComponentFigures {
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
