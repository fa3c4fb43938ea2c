// Builds the network the figures are computed on: one node per actor, in input
// order; parallel links between a pair merged into one edge (weights summed,
// types kept); links to self left out. Undirected unless asked otherwise; in a
// directed network an undirected link counts both ways.
import { createGraph, type Graph } from './graphology.js';
import { phase } from '../diagnostics/phases.js';
import { derivedLinks } from './derived-links.js';
import type { Ecosystem, Layer, Sector } from './schema-types.js';
import { HELIX_OF, type Helix } from './vocabulary.js';

export type LinkSource = 'explicit' | 'derived' | 'all';

interface ActorNode {
  name: string;
  sector: Sector | null;
  layer: Layer | null;
  /** The helix the actor stands for: as given, else its sector's. */
  helix: Helix | null;
}

interface TieEdge {
  weight: number;
  /** The link types merged into this edge, sorted. */
  types: string[];
  /** How many input links were merged into it. */
  links: number;
  /** Whether some merged link was listed, rather than all derived from shared projects and events (whatever their type). */
  listed: boolean;
  /** The earliest `since` and latest `until` of the merged links, if any gave one. */
  since?: string;
  until?: string;
}

export type EcoGraph = Graph<ActorNode, TieEdge>;

export interface GraphOptions {
  directed: boolean;
  links: LinkSource;
}

export function buildGraph(ecosystem: Ecosystem, options: GraphOptions): EcoGraph {
  const graph: EcoGraph = createGraph<ActorNode, TieEdge>({ type: options.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of ecosystem.actors) {
    graph.addNode(actor.id, {
      name: actor.name,
      sector: actor.sector ?? null,
      layer: actor.layer ?? null,
      helix: actor.helix ?? (actor.sector ? HELIX_OF[actor.sector] : null),
    });
  }
  // Plain arguments rather than a dates object per link: on 800,000 links the garbage is measurable.
  const add = (source: string, target: string, type: string, weight: number, listed: boolean, since?: string, until?: string): void => {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      const attributes: TieEdge = { weight, types: [type], links: 1, listed };
      if (since !== undefined) attributes.since = since;
      if (until !== undefined) attributes.until = until;
      graph.addEdge(source, target, attributes);
      return;
    }
    const attributes = graph.getEdgeAttributes(existing);
    attributes.weight += weight;
    attributes.links += 1;
    attributes.listed ||= listed;
    if (!attributes.types.includes(type)) attributes.types = [...attributes.types, type].sort();
    if (since !== undefined && (attributes.since === undefined || since < attributes.since)) attributes.since = since;
    if (until !== undefined && (attributes.until === undefined || until > attributes.until)) attributes.until = until;
  };
  if (options.links !== 'derived') {
    for (const link of ecosystem.links ?? []) {
      const type = link.type ?? 'link';
      const weight = link.weight ?? 1;
      add(link.source, link.target, type, weight, true, link.since, link.until);
      if (options.directed && link.directed !== true) add(link.target, link.source, type, weight, true, link.since, link.until);
    }
  }
  if (options.links !== 'explicit') {
    const derived = phase('derived links', () => derivedLinks(ecosystem.projects ?? [], ecosystem.events ?? []));
    for (const link of derived) {
      add(link.source, link.target, link.type, link.weight, false);
      if (options.directed) add(link.target, link.source, link.type, link.weight, false);
    }
  }
  return graph;
}
