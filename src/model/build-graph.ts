// Builds the network the figures are computed on: one node per actor, in input
// order; parallel links between a pair merged into one edge (weights summed,
// types kept); links to self left out. Undirected unless asked otherwise; in a
// directed network an undirected link counts both ways.
//
// The network is held in flat arrays, edges numbered in the order their first
// link came, rather than as a graphology graph: graphology keeps a pair of
// objects per edge and a keyed object per node's neighbours, which on
// Horizon 2020's 800,000 ties took 6 s to build — longer than reading the
// files. The analyses run over index arrays (analysis/csr.ts) made from it.
import { phase } from '../diagnostics/phases.js';
import { derivedLinks } from './derived-links.js';
import type { Ecosystem, Layer, Sector } from './schema-types.js';
import { HELIX_OF, type Helix } from './vocabulary.js';

export type LinkSource = 'explicit' | 'derived' | 'all';

export interface ActorNode {
  name: string;
  sector: Sector | null;
  layer: Layer | null;
  /** The helix the actor stands for: as given, else its sector's. */
  helix: Helix | null;
}

export interface GraphOptions {
  directed: boolean;
  links: LinkSource;
}

/** A simple graph (no links to self, one edge per pair and direction) of the ecosystem's actors. */
export class Network {
  readonly directed: boolean;
  /** Actor ids in input order: node i is nodes[i]. */
  readonly nodes: string[];
  readonly actors: ActorNode[];
  /** Edge e joins source[e] to target[e], as its first link gave them. */
  readonly source: number[] = [];
  readonly target: number[] = [];
  /** The weights of the links merged into the edge, summed. */
  readonly weight: number[] = [];
  /** The link types merged into the edge, sorted (arrays shared between edges: never to be changed). */
  readonly types: (readonly string[])[] = [];
  /** How many input links were merged into the edge. */
  readonly links: number[] = [];
  /** Whether some merged link was listed, rather than all derived from shared projects and events (whatever their type). */
  readonly listed: boolean[] = [];
  /** The earliest `since` and latest `until` of the merged links, where one gave them. */
  readonly since: (string | undefined)[] = [];
  readonly until: (string | undefined)[] = [];
  private readonly position: Map<string, number>;
  /** Open-addressed hash of the edges by their ends (edge + 1; 0 for an empty slot): a Map keyed by pair numbers boxed each key past 2^31. */
  private slots = new Int32Array(1 << 10);
  /** One array per distinct list of types, shared by every edge with that list: 800,000 edges of one type hold one array. */
  private readonly typeLists = new Map<string, readonly string[]>();

  constructor(actors: Ecosystem['actors'], directed: boolean) {
    this.directed = directed;
    this.nodes = actors.map((a) => a.id);
    this.actors = actors.map((actor) => ({
      name: actor.name,
      sector: actor.sector ?? null,
      layer: actor.layer ?? null,
      helix: actor.helix ?? (actor.sector ? HELIX_OF[actor.sector] : null),
    }));
    this.position = new Map(this.nodes.map((id, i) => [id, i]));
  }

  /** How many edges. */
  get size(): number {
    return this.source.length;
  }

  /** The node of an actor id. */
  indexOf(id: string): number | undefined {
    return this.position.get(id);
  }

  /** The edge from `source` to `target` (either way, when undirected), if any. */
  edge(source: string, target: string): number | undefined {
    const s = this.position.get(source);
    const t = this.position.get(target);
    return s === undefined || t === undefined ? undefined : this.find(s, t);
  }

  /** Merges one link into the network; a link to self or to an unknown actor is left out. */
  add(sourceId: string, targetId: string, type: string, weight: number, listed: boolean, since?: string, until?: string): void {
    const s = this.position.get(sourceId);
    const t = this.position.get(targetId);
    if (s === undefined || t === undefined || s === t) return;
    const e = this.find(s, t);
    if (e === undefined) {
      this.insert(s, t, this.source.length);
      this.source.push(s);
      this.target.push(t);
      this.weight.push(weight);
      this.types.push(this.typeList([type]));
      this.links.push(1);
      this.listed.push(listed);
      this.since.push(since);
      this.until.push(until);
      return;
    }
    this.weight[e] = this.weight[e]! + weight;
    this.links[e] = this.links[e]! + 1;
    if (listed) this.listed[e] = true;
    const types = this.types[e]!;
    if (!types.includes(type)) this.types[e] = this.typeList([...types, type].sort());
    if (since !== undefined && (this.since[e] === undefined || since < this.since[e]!)) this.since[e] = since;
    if (until !== undefined && (this.until[e] === undefined || until > this.until[e]!)) this.until[e] = until;
  }

  private typeList(types: string[]): readonly string[] {
    const key = types.join('\u0000');
    let list = this.typeLists.get(key);
    if (list === undefined) {
      list = Object.freeze(types);
      this.typeLists.set(key, list);
    }
    return list;
  }

  /** The edge joining s to t (either way, when undirected). */
  private find(s: number, t: number): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = this.hash(s, t) & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot]! - 1;
      if (e < 0) return undefined;
      const a = this.source[e]!;
      const b = this.target[e]!;
      if ((a === s && b === t) || (!this.directed && a === t && b === s)) return e;
    }
  }

  private insert(s: number, t: number, e: number): void {
    // Kept at most half full, so a search ends soon after it starts.
    if (2 * (e + 1) > this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2);
      for (const entry of old) if (entry > 0) this.place(this.source[entry - 1]!, this.target[entry - 1]!, entry);
    }
    this.place(s, t, e + 1);
  }

  private place(s: number, t: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hash(s, t) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private hash(s: number, t: number): number {
    const low = this.directed || s < t ? s : t;
    const high = low === s ? t : s;
    let h = Math.imul(low, 0x9e3779b1) ^ high;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    return (h ^ (h >>> 13)) >>> 0;
  }
}

export function buildGraph(ecosystem: Ecosystem, options: GraphOptions): Network {
  const network = new Network(ecosystem.actors, options.directed);
  if (options.links !== 'derived') {
    for (const link of ecosystem.links ?? []) {
      const type = link.type ?? 'link';
      const weight = link.weight ?? 1;
      network.add(link.source, link.target, type, weight, true, link.since, link.until);
      if (options.directed && link.directed !== true) network.add(link.target, link.source, type, weight, true, link.since, link.until);
    }
  }
  if (options.links !== 'explicit') {
    const derived = phase('derived links', () => derivedLinks(ecosystem.projects ?? [], ecosystem.events ?? []));
    for (const link of derived) {
      network.add(link.source, link.target, link.type, link.weight, false);
      if (options.directed) network.add(link.target, link.source, link.type, link.weight, false);
    }
  }
  return network;
}
