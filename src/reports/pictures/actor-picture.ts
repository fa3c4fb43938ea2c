// The network picture of actors (up to MAX_ACTORS): each actor a circle sized
// by its ties and coloured by its sector, laid out by ForceAtlas2; the actors
// without ties in a box under the network; the names of the most central
// actors beside their circles. Ties known only from shared projects and
// events (derived) are drawn dashed and lighter than listed ones, so the
// reader sees how much of the picture they make. In a comparison the same
// frame and names serve both pictures, and what is new or gone is marked.
import type { MapResult } from '../../analysis/map-result.js';
import { sectorColour } from '../../model/sector-palette.js';
import { fill, formatInteger } from '../format.js';
import type { Labels } from '../i18n/en.js';
import { type IsolatedBox, isolatedBox } from './isolated-box.js';
import { type LabelNode, type LabelRequest, type PlacedLabel, placeLabels } from './label-placement.js';
import { shortenLabel } from './label-text.js';
import { layoutNetwork, type Position, separate } from './network-layout.js';
import { FONT, fitToFrame, HEIGHT, round, WIDTH } from './picture-frame.js';
import { legendsUnder, type Mark } from './picture-legend.js';
import { type NetworkPicture, type PictureEdge, type PictureLine, type PictureNode, tieKey } from './picture-model.js';

/** Names shown: the most central actors, at most this many. */
const LABELLED = 12;
/** A name longer than this is shortened (at a word boundary). */
const LABEL_CHARS = 36;

export const radius = (degree: number): number => Math.min(18, 3 + 2.2 * Math.sqrt(degree));

/** What the frame needs to know of an actor. */
export interface FrameActor {
  id: string;
  name: string;
  sector: string | null;
  degree: number;
}

/** Where every actor goes: the tied ones in the drawing, the others in the box under it, whose bottom is `bottom`. */
export interface ActorFrame {
  positions: Map<string, Position>;
  isolated: IsolatedBox | null;
  /** The actors in the box. */
  isolatedIds: ReadonlySet<string>;
  bottom: number;
}

/** What a comparison marks in one picture: these actors and ties (by `tieKey`) are new, or gone. */
export interface Marks {
  kind: 'new' | 'gone';
  actors: ReadonlySet<string>;
  ties: ReadonlySet<string>;
}

/** Sector, then name, then id: the order isolated actors are set in, so colours group. */
export function bySectorThenName(order: readonly string[]) {
  return (a: { id: string; name: string; sector: string | null }, b: { id: string; name: string; sector: string | null }): number =>
    order.indexOf(a.sector ?? 'unknown') - order.indexOf(b.sector ?? 'unknown') ||
    (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** ForceAtlas2 for actors with ties, the box under the drawing for those without. */
export function actorFrame(actors: readonly FrameActor[], edges: readonly PictureEdge[], labels: Labels): ActorFrame {
  const tied = actors.filter((a) => a.degree > 0);
  const lone = actors.filter((a) => a.degree === 0).sort(bySectorThenName(Object.keys(labels.sector)));
  const raw = layoutNetwork(
    tied.map((a) => ({ id: a.id, size: radius(a.degree) })),
    edges,
  );
  const sizes = new Map(actors.map((a) => [a.id, radius(a.degree)]));
  const positions = fitToFrame(separate(fitToFrame(raw, HEIGHT), sizes), HEIGHT);
  const names = new Map(lone.map((a) => [a.id, a.name]));
  const box = isolatedBox(
    lone.map((a) => a.id),
    HEIGHT,
    (id) => names.get(id) ?? id,
  );
  for (const [id, p] of box.positions) positions.set(id, p);
  return { positions, isolated: box.box, isolatedIds: new Set(box.positions.keys()), bottom: HEIGHT + box.height };
}

/** The actors whose names are shown, most central first: by betweenness, then degree, then name. */
export function rankForLabels<A extends { id: string; name: string; degree: number; betweenness: number }>(actors: readonly A[]): A[] {
  return actors
    .filter((a) => a.degree > 0)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, LABELLED);
}

/** The names of `ranked`, placed in the drawing around every node of `nodes`. */
export function actorLabels(ranked: readonly { id: string; name: string }[], nodes: readonly LabelNode[]): PlacedLabel[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const requests: LabelRequest[] = ranked.flatMap((a) => {
    const node = byId.get(a.id);
    if (!node) return [];
    const short = shortenLabel(a.name, LABEL_CHARS);
    return [{ node, text: short.text, title: short.shortened ? a.name : null }];
  });
  return placeLabels(requests, nodes, { left: 2, right: WIDTH - 2, top: 2, bottom: HEIGHT - 2 });
}

export function actorPicture(
  result: MapResult,
  edges: readonly PictureEdge[],
  labels: Labels,
  shared?: { frame: ActorFrame; labels: readonly PlacedLabel[]; marks: Marks },
): NetworkPicture {
  const frame = shared?.frame ?? actorFrame(result.actors, edges, labels);
  const marked = (id: string, kind: Marks['kind']): boolean => shared?.marks.kind === kind && shared.marks.actors.has(id);
  const nodes: PictureNode[] = result.actors.map((a) => {
    const p = frame.positions.get(a.id)!;
    const sector = a.sector ?? 'unknown';
    const r = round(radius(a.degree));
    return {
      id: a.id,
      x: p.x,
      y: p.y,
      r,
      halo: round(r + 4),
      colour: sectorColour(a.sector),
      title: `${a.name} (${labels.sectorOne[sector as keyof Labels['sectorOne']]})`,
      sector,
      isNew: marked(a.id, 'new'),
      gone: marked(a.id, 'gone'),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawn = pictureLines(edges, byId, (w) => 0.6 + 0.5 * Math.log2(1 + w), shared?.marks);
  const present = new Set(nodes.map((n) => n.id));
  const placed = shared ? shared.labels.filter((l) => present.has(l.id)) : actorLabels(rankForLabels(result.actors), nodes);
  const lone = nodes.filter((n) => frame.isolatedIds.has(n.id)).length;
  const marks = marksShown(nodes, drawn, shared?.marks.kind);
  const { bottom, ...legends } = legendsUnder(
    frame.bottom,
    nodes.map((n) => ({ sector: n.sector, count: 1 })),
    drawn,
    marks,
    labels,
  );
  return {
    mode: 'actors',
    width: WIDTH,
    height: bottom,
    fontSize: FONT,
    nodes,
    edges: drawn,
    hasDerived: drawn.some((e) => e.derived),
    hasMarks: marks.length > 0,
    labels: placed,
    isolated: frame.isolated ? { ...frame.isolated, caption: fill(labels.text.noTies, { count: formatInteger(lone, labels) }) } : null,
    ...legends,
  };
}

/** The legend entries for what a comparison marks in the picture: only the kinds it has. */
function marksShown(nodes: readonly PictureNode[], lines: readonly PictureLine[], kind: Marks['kind'] | undefined): Mark[] {
  if (kind === undefined) return [];
  const flag = kind === 'new' ? 'isNew' : 'gone';
  return [...(nodes.some((n) => n[flag]) ? [`${kind}-actor` as const] : []), ...(lines.some((e) => e[flag]) ? [`${kind}-tie` as const] : [])];
}

/** The ties between drawn nodes, as lines; `widthOf` maps a weight to a stroke width (at most 6). */
export function pictureLines(
  edges: readonly PictureEdge[],
  byId: ReadonlyMap<string, PictureNode>,
  widthOf: (weight: number) => number,
  marks?: Marks,
): PictureLine[] {
  const out: PictureLine[] = [];
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const marked = marks?.ties.has(tieKey(e.source, e.target)) ?? false;
    // A new tie at least 1.5 wide, to be seen at a glance.
    const width = Math.min(6, Math.max(marked && marks?.kind === 'new' ? 1.5 : 0, widthOf(e.weight)));
    out.push({
      source: e.source,
      target: e.target,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: round(width),
      derived: e.origin === 'derived',
      isNew: marked && marks?.kind === 'new',
      gone: marked && marks?.kind === 'gone',
    });
  }
  return out;
}
