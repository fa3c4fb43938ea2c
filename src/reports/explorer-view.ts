// What the network explorer of the HTML report draws: every actor with its
// position, colour and figures, every tie with its types and origin, and the
// words of the page, as compact columns the page's script reads
// (src/explorer/). Positions come from eco's seeded layout, the same as the
// static picture's where it draws actors, so the page is the same every time.
import type { MapResult } from '../analysis/map-result.js';
import { sectorColour } from '../model/sector-palette.js';
import { capitalised, countOf, fill, formatInteger } from './format.js';
import { groupName } from './group-names.js';
import type { Labels } from './i18n/en.js';
import { groupedStart, layoutNetwork, type Position } from './pictures/network-layout.js';
import { extentOf } from './pictures/picture-frame.js';
import type { NetworkPicture } from './pictures/picture-model.js';

/** The explorer draws at most this many actors and ties; above, the best-tied actors and the strongest ties among them. */
const MAX_ACTORS = 20_000;
const MAX_TIES = 100_000;
/** Above this many actors with ties, the layout starts from the communities and runs GROUPED_ITERATIONS. */
const GROUPED_ABOVE = 5000;
const GROUPED_ITERATIONS = 12;
/** The explorer's world: positions are laid out into a square of this side. */
const SIDE = 1000;

const SECTORS = ['company', 'research', 'education', 'public', 'financier', 'association', 'community', 'other', 'unknown'] as const;
const LAYERS = ['orchestrator', 'partner', 'active', 'passive', 'potential', 'unknown'] as const;

/** The page's data, as JSON: arrays indexed by actor (`nodes`) and a flat array of ties, five numbers each. */
export interface ExplorerData {
  lang: string;
  text: Labels['explorer'];
  /** How numbers are written: decimal mark and thousands separator. */
  number: Labels['number'];
  /** `label` names the many (a filter), `one` a single actor's (its card), null where that is not known. */
  sectors: { key: string; label: string; one: string | null; colour: string }[];
  layers: { key: string; label: string; one: string | null }[];
  communities: { name: string; size: number }[];
  /** The distinct sets of tie types, in words: a tie names one by its index. */
  types: string[];
  nodes: {
    name: string[];
    sector: number[];
    layer: number[];
    city: string[];
    community: number[];
    degree: number[];
    betweenness: number[];
    closeness: number[];
    x: number[];
    y: number[];
  };
  /** The actors in order of how central they are (betweenness, then ties): who gets a label first. */
  rank: number[];
  /** Per tie: source, target, type set, derived (1) or listed (0), weight. */
  ties: number[];
  /** When the explorer does not draw everything: what it left out, in words. */
  partial: string | null;
}

export interface ExplorerView {
  /** The data as JSON that is safe inside a `<script type="application/json">`. */
  data: string;
  /** The page's script (src/explorer, bundled at build); null in a template without it. */
  script: string;
  text: Labels['explorer'];
  canvasLabel: string;
}

export function explorerView(result: MapResult, picture: NetworkPicture, labels: Labels, script: string): ExplorerView {
  const data = explorerData(result, picture, labels);
  return {
    data: scriptSafeJson(data),
    script,
    text: labels.explorer,
    canvasLabel: fill(labels.explorer.canvas, {
      actors: countOf(data.nodes.name.length, labels.explorer.actor, labels),
      ties: countOf(data.ties.length / 5, labels.explorer.tie, labels),
    }),
  };
}

export function explorerData(result: MapResult, picture: NetworkPicture, labels: Labels): ExplorerData {
  const edges = result.edges;
  const chosen = chooseActors(result, edges);
  const index = new Map(chosen.actors.map((a, i) => [a.id, i]));
  const place = positions(chosen.actors, chosen.edges, picture);
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const cities = new Map(result.actors.map((a) => [a.id, a.city ?? '']));
  const typeSets: string[] = [];
  const typeIndex = new Map<string, number>();
  const ties: number[] = [];
  for (const e of chosen.edges) {
    const words = e.types.map((type) => tieType(type, labels)).join(', ');
    let t = typeIndex.get(words);
    if (t === undefined) {
      t = typeSets.length;
      typeSets.push(words);
      typeIndex.set(words, t);
    }
    ties.push(index.get(e.source)!, index.get(e.target)!, t, e.origin === 'derived' ? 1 : 0, e.weight);
  }
  const rank = chosen.actors
    .map((a, i) => ({ a, i }))
    .sort((p, q) => q.a.betweenness - p.a.betweenness || q.a.degree - p.a.degree || (p.a.name < q.a.name ? -1 : p.a.name > q.a.name ? 1 : 0))
    .map(({ i }) => i);
  const sectorIndex = new Map<string, number>(SECTORS.map((s, i) => [s, i]));
  const layerIndex = new Map<string, number>(LAYERS.map((l, i) => [l, i]));
  return {
    lang: labels.lang,
    text: labels.explorer,
    number: labels.number,
    sectors: SECTORS.map((key) => ({
      key,
      label: labels.sector[key],
      one: key === 'unknown' ? null : capitalised(labels.sectorOne[key]),
      colour: sectorColour(key === 'unknown' ? null : key),
    })),
    layers: LAYERS.map((key) => ({ key, label: labels.layer[key], one: key === 'unknown' ? null : capitalised(labels.layerOne[key]) })),
    communities: result.communities.map((c) => ({ name: groupName(c, labels, (id) => names.get(id) ?? id), size: c.size })),
    types: typeSets,
    nodes: {
      name: chosen.actors.map((a) => a.name),
      sector: chosen.actors.map((a) => sectorIndex.get(a.sector ?? 'unknown') ?? sectorIndex.get('other')!),
      layer: chosen.actors.map((a) => layerIndex.get(a.layer ?? 'unknown')!),
      city: chosen.actors.map((a) => cities.get(a.id) ?? ''),
      community: chosen.actors.map((a) => a.community),
      degree: chosen.actors.map((a) => a.degree),
      betweenness: chosen.actors.map((a) => significant(a.betweenness)),
      closeness: chosen.actors.map((a) => significant(a.closeness)),
      x: chosen.actors.map((a) => place.get(a.id)!.x),
      y: chosen.actors.map((a) => place.get(a.id)!.y),
    },
    rank,
    ties,
    partial:
      chosen.actors.length < result.actors.length || chosen.edges.length < edges.length
        ? fill(labels.explorer.partial, {
            actors: formatInteger(chosen.actors.length, labels),
            total: formatInteger(result.actors.length, labels),
            ties: formatInteger(chosen.edges.length, labels),
            totalTies: formatInteger(edges.length, labels),
          })
        : null,
  };
}

type Actor = MapResult['actors'][number];
type Tie = MapResult['edges'][number];

/** Everyone, or above the limits the best-tied actors and the strongest ties among them (ties broken by input order). */
function chooseActors(result: MapResult, edges: readonly Tie[]): { actors: Actor[]; edges: Tie[] } {
  let actors = result.actors;
  if (actors.length > MAX_ACTORS) {
    const kept = new Set(
      actors
        .map((a, i) => ({ a, i }))
        .sort((p, q) => q.a.degree - p.a.degree || p.i - q.i)
        .slice(0, MAX_ACTORS)
        .map(({ a }) => a.id),
    );
    actors = actors.filter((a) => kept.has(a.id));
  }
  const present = new Set(actors.map((a) => a.id));
  let ties = edges.filter((e) => present.has(e.source) && present.has(e.target));
  if (ties.length > MAX_TIES) {
    // The MAX_TIES strongest, the earlier first among equals, found by the weight of the last one kept rather than by sorting every tie.
    const threshold = Float64Array.from(ties, (e) => e.weight).sort()[ties.length - MAX_TIES]!;
    let atThreshold = MAX_TIES - ties.reduce((n, e) => n + (e.weight > threshold ? 1 : 0), 0);
    ties = ties.filter((e) => e.weight > threshold || (e.weight === threshold && atThreshold-- > 0));
  }
  return { actors, edges: ties };
}

/**
 * Where each actor is, in a SIDE × SIDE world: the static picture's places
 * when it draws actors, else eco's seeded layout of the actors with ties, and
 * those without in rows under them.
 */
function positions(actors: readonly Actor[], edges: readonly Tie[], picture: NetworkPicture): Map<string, Position> {
  if (picture.mode === 'actors' && picture.nodes.length === actors.length) {
    return new Map(picture.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  }
  const tiedIds = new Set<string>();
  for (const e of edges) {
    tiedIds.add(e.source);
    tiedIds.add(e.target);
  }
  const tied = actors.filter((a) => tiedIds.has(a.id));
  const lone = actors.filter((a) => !tiedIds.has(a.id));
  // Above GROUPED_ABOVE actors, a start by community and fewer iterations: the groups show, in a third of the time.
  const large = tied.length > GROUPED_ABOVE;
  const raw = layoutNetwork(
    tied.map((a) => ({ id: a.id, size: Math.min(18, 3 + 2.2 * Math.sqrt(a.degree)) })),
    edges,
    large ? { start: groupedStart(tied.map((a) => ({ id: a.id, group: a.community }))), iterations: GROUPED_ITERATIONS } : {},
  );
  const fitted = fitToSquare(raw, SIDE);
  const bottom = Math.max(0, ...[...fitted.values()].map((p) => p.y));
  const perRow = Math.max(1, Math.ceil(Math.sqrt(lone.length * 4)));
  const step = SIDE / perRow;
  lone.forEach((a, i) => fitted.set(a.id, { x: Math.round(step / 2 + (i % perRow) * step), y: Math.round(bottom + 40 + Math.floor(i / perRow) * step) }));
  return fitted;
}

function fitToSquare(raw: ReadonlyMap<string, Position>, side: number): Map<string, Position> {
  const { minX, maxX, minY, maxY } = extentOf(raw.values());
  const scale = side / Math.max(1e-9, maxX - minX, maxY - minY);
  const out = new Map<string, Position>();
  for (const [id, p] of raw) out.set(id, { x: Math.round((p.x - minX) * scale * 10) / 10, y: Math.round((p.y - minY) * scale * 10) / 10 });
  return out;
}

/** A tie type in the report's language when it is one of eco's words, else as the data gives it. */
function tieType(type: string, labels: Labels): string {
  return (labels.explorer.tieType as Record<string, string>)[type] ?? type;
}

/** Four significant digits: what a card shows, in a quarter of the bytes. */
function significant(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4));
}

/** JSON that cannot end a script element or be read as HTML: `<`, `>`, `&` and the line separators escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
