// Positions for the network picture: ForceAtlas2 (Jacomy et al. 2014) from a
// seeded start, a fixed number of iterations, then noverlap so nodes do not
// hide each other. The same network always gets the same picture.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { seededRandom, DEFAULT_SEED } from '../../analysis/random.js';
import { createGraph } from '../../model/graphology.js';
import { phase } from '../../diagnostics/phases.js';

type Default<T> = T extends { default: infer D } ? D : T;
const forceAtlas2 = forceAtlas2Module as unknown as Default<typeof forceAtlas2Module>;
const noverlap = noverlapModule as unknown as Default<typeof noverlapModule>;

/** The golden angle, in radians: points at i × it, at a radius growing as √i, fill a disc evenly. */
const GOLDEN_ANGLE = 2.399963229728653;

export interface LayoutNode {
  id: string;
  size: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  seed?: number;
  /** Where each node starts (a node not in it starts on the spiral); without it, every node starts on a seeded spiral, in the order given. */
  start?: ReadonlyMap<string, Position>;
  /** ForceAtlas2's iterations, instead of the number chosen by the network's size. */
  iterations?: number;
}

export function layoutNetwork(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions = {}): Map<string, Position> {
  return phase('layout', () => laidOut(nodes, edges, options));
}

function laidOut(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions): Map<string, Position> {
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const graph = createGraph<{ x: number; y: number; size: number }, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  nodes.forEach((node, i) => {
    const angle = i * GOLDEN_ANGLE; // an even spiral
    const radius = 10 * Math.sqrt(i + 1);
    const start = options.start?.get(node.id) ?? { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    graph.addNode(node.id, { x: start.x + random(), y: start.y + random(), size: node.size });
  });
  for (const edge of edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.source, edge.target)) {
      graph.addEdge(edge.source, edge.target, { weight: edge.weight });
    }
  }
  if (graph.order > 1 && graph.size > 0) {
    // Strong gravity keeps separate components near the main one instead of drifting off the page.
    // Barnes–Hut with θ = 1 rather than the usual 0.5: half the time on 10,000 actors (bench/report.mjs), the same picture to the eye.
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 500,
      barnesHutTheta: 1,
      strongGravityMode: true,
      gravity: 0.05,
    };
    // Fewer iterations on big networks: Barnes–Hut steps cost O(n log n) each, and the shape settles early.
    const iterations = options.iterations ?? (graph.order <= 500 ? 300 : graph.order <= 2000 ? 150 : graph.order <= 5000 ? 80 : 40);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  const positions = new Map<string, Position>();
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  return positions;
}

/** Pushes apart nodes (radius `size`, in the frame's own units) that overlap. */
export function separate(positions: ReadonlyMap<string, Position>, sizes: ReadonlyMap<string, number>, margin = 3): Map<string, Position> {
  const graph = createGraph<{ x: number; y: number; size: number }, Record<string, never>>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const [id, p] of positions) graph.addNode(id, { x: p.x, y: p.y, size: sizes.get(id) ?? 3 });
  noverlap.assign(graph, { maxIterations: 200, settings: { margin, ratio: 1, expansion: 1.05 } });
  const separated = new Map<string, Position>();
  graph.forEachNode((id, a) => separated.set(id, { x: a.x, y: a.y }));
  return separated;
}

/**
 * A start for a large network: each group (community) of nodes on its own
 * disc, the largest group in the middle and the others around it on a spiral,
 * so ForceAtlas2 only has to settle groups already together (a few
 * iterations) instead of gathering them from one spiral of every node.
 */
export function groupedStart(nodes: readonly { id: string; group: number }[]): Map<string, Position> {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const list = members.get(node.group);
    if (list) list.push(node.id);
    else members.set(node.group, [node.id]);
  }
  const groups = [...members].sort(([a, p], [b, q]) => q.length - p.length || a - b);
  const start = new Map<string, Position>();
  let before = 0;
  groups.forEach(([, ids], g) => {
    // The group's centre is where the middle of its members would fall on one spiral of all nodes.
    const angle = g * GOLDEN_ANGLE;
    const radius = g === 0 ? 0 : 10 * Math.sqrt(before + ids.length / 2);
    const cx = radius * Math.cos(angle);
    const cy = radius * Math.sin(angle);
    ids.forEach((id, j) => {
      const r = 5 * Math.sqrt(j + 1);
      start.set(id, { x: cx + r * Math.cos(j * GOLDEN_ANGLE), y: cy + r * Math.sin(j * GOLDEN_ANGLE) });
    });
    before += ids.length;
  });
  return start;
}
