// What the network picture shows, as numbers for the SVG template: node
// positions, radii and colours, edges, the names of the most central actors,
// and the legend. Above MAX_ACTORS actors the picture shows the groups
// (Louvain communities) instead, each sized by its members and coloured by its
// largest sector. Ties known only from shared projects and events (derived)
// are drawn dashed and lighter than listed ones, so the reader sees how much
// of the picture they make.
import type { MapResult } from '../../analysis/map-result.js';
import type { Labels } from '../i18n/en.js';
import { countOf, fill, formatInteger } from '../format.js';
import { groupName } from '../group-names.js';
import { layoutNetwork, separate, type LayoutEdge, type Position } from './network-layout.js';
import { sectorColour } from '../../model/sector-palette.js';

const MAX_ACTORS = 1500;
const MAX_COMMUNITIES = 60;
const WIDTH = 1000;
const HEIGHT = 700;
const MARGIN = 40;
const LABELLED = 12;
const FONT = 16;
/** A generous average glyph width of Helvetica/Arial, as a share of the font size. */
const GLYPH = 0.55;
const LEGEND_ROW = 26;

interface PictureNode {
  id: string;
  x: number;
  y: number;
  r: number;
  colour: string;
  title: string;
  sector: string;
}

/**
 * A tie as the picture takes it: `derived` when it is known only from shared
 * projects and events (the origin of an eco-map edge), `explicit` when at
 * least one link was listed.
 */
export interface PictureEdge extends LayoutEdge {
  origin: 'explicit' | 'derived';
}

export interface NetworkPicture {
  mode: 'actors' | 'communities';
  width: number;
  height: number;
  fontSize: number;
  nodes: PictureNode[];
  /** `derived`: drawn dashed and lighter; in a picture of groups, when every tie between the two groups is derived. */
  edges: { source: string; target: string; x1: number; y1: number; x2: number; y2: number; width: number; derived: boolean }[];
  /** Whether any edge is derived: then the derived edges get their own layer and the legend explains the line styles. */
  hasDerived: boolean;
  labels: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Per sector: how many actors (or, in a picture of groups, how many groups) it colours; `countText` formatted for the reader. */
  legend: { colour: string; label: string; count: number; countText: string; sector: string; cx: number; cy: number; tx: number; ty: number }[];
  /** The line styles, in a row under the sectors: only in a picture with derived ties (and the listed style only when it has listed ones too). */
  tieLegend: { derived: boolean; label: string; x1: number; x2: number; y: number; tx: number; ty: number }[];
}

export function networkPicture(result: MapResult, edges: readonly PictureEdge[], labels: Labels): NetworkPicture {
  return result.actors.length > MAX_ACTORS ? communityPicture(result, edges, labels) : actorPicture(result, edges, labels);
}

/**
 * Pictures of two snapshots with the same position for every actor present in
 * both, laid out once on their union, so they can be compared side by side.
 */
export function sharedPictures(
  before: { result: MapResult; edges: readonly PictureEdge[] },
  after: { result: MapResult; edges: readonly PictureEdge[] },
  labels: Labels,
): [NetworkPicture, NetworkPicture] {
  if (before.result.actors.length > MAX_ACTORS || after.result.actors.length > MAX_ACTORS) {
    return [networkPicture(before.result, before.edges, labels), networkPicture(after.result, after.edges, labels)];
  }
  const degree = new Map<string, number>();
  for (const a of [...after.result.actors, ...before.result.actors]) degree.set(a.id, Math.max(degree.get(a.id) ?? 0, a.degree));
  const frame = layoutFrame(
    [...degree].map(([id, d]) => ({ id, degree: d })),
    [...after.edges, ...before.edges],
  );
  return [actorPicture(before.result, before.edges, labels, frame), actorPicture(after.result, after.edges, labels, frame)];
}

const radius = (degree: number): number => Math.min(18, 3 + 2.2 * Math.sqrt(degree));

/** Frame positions: ForceAtlas2 for actors with ties, a row along the bottom for those without. */
function layoutFrame(actors: readonly { id: string; degree: number }[], edges: readonly LayoutEdge[]): Map<string, Position> {
  const tied = actors.filter((a) => a.degree > 0);
  const lone = actors.filter((a) => a.degree === 0);
  const raw = layoutNetwork(
    tied.map((a) => ({ id: a.id, size: radius(a.degree) })),
    edges,
  );
  const sizes = new Map(actors.map((a) => [a.id, radius(a.degree)]));
  const frameHeight = lone.length > 0 ? HEIGHT - 50 : HEIGHT;
  const place = fitToFrame(separate(fitToFrame(raw, frameHeight), sizes), frameHeight);
  const spacing = Math.min(24, (WIDTH - 2 * MARGIN) / Math.max(1, lone.length));
  lone.forEach((a, i) => place.set(a.id, { x: round(MARGIN + 8 + i * spacing), y: HEIGHT - 24 }));
  return place;
}

function actorPicture(result: MapResult, edges: readonly PictureEdge[], labels: Labels, frame?: ReadonlyMap<string, Position>): NetworkPicture {
  const place = frame ?? layoutFrame(result.actors, edges);
  const nodes: PictureNode[] = result.actors.map((a) => {
    const p = place.get(a.id)!;
    const sector = a.sector ?? 'unknown';
    return {
      id: a.id,
      x: p.x,
      y: p.y,
      r: round(radius(a.degree)),
      colour: sectorColour(a.sector),
      title: `${a.name} (${labels.sectorOne[sector as keyof Labels['sectorOne']]})`,
      sector,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const legend = legendOf(
    result.actors.map((a) => a.sector ?? 'unknown'),
    labels,
  );
  const drawn = pictureEdges(edges, byId);
  const ties = tieLegend(drawn, legend.rows, labels);
  const top = result.actors
    .filter((a) => a.degree > 0)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)
    .slice(0, LABELLED);
  return {
    mode: 'actors',
    width: WIDTH,
    height: legend.height + ties.height,
    fontSize: FONT,
    nodes,
    edges: drawn,
    hasDerived: drawn.some((e) => e.derived),
    labels: placeLabels(
      top.map((a) => ({ node: byId.get(a.id)!, text: shorten(a.name, 30) })),
      nodes,
    ),
    legend: legend.items,
    tieLegend: ties.items,
  };
}

function communityPicture(result: MapResult, edges: readonly PictureEdge[], labels: Labels): NetworkPicture {
  const shown = result.communities.filter((c) => c.size > 1).slice(0, MAX_COMMUNITIES);
  const shownIds = new Set(shown.map((c) => c.id));
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const communityOf = new Map(result.actors.map((a) => [a.id, a.community]));
  // Between two groups, one line for all their ties: derived only if every one of them is.
  const between = new Map<string, PictureEdge>();
  for (const edge of edges) {
    const a = communityOf.get(edge.source);
    const b = communityOf.get(edge.target);
    if (a === undefined || b === undefined || a === b || !shownIds.has(a) || !shownIds.has(b)) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `c${lo}-c${hi}`;
    const existing = between.get(key);
    if (existing) {
      existing.weight += edge.weight;
      if (edge.origin === 'explicit') existing.origin = 'explicit';
    } else between.set(key, { source: `c${lo}`, target: `c${hi}`, weight: edge.weight, origin: edge.origin });
  }
  const radius = (size: number): number => Math.min(40, 4 + 1.5 * Math.sqrt(size));
  const raw = layoutNetwork(
    shown.map((c) => ({ id: `c${c.id}`, size: radius(c.size) })),
    [...between.values()],
  );
  const sizes = new Map(shown.map((c) => [`c${c.id}`, radius(c.size)]));
  const place = fitToFrame(separate(fitToFrame(raw, HEIGHT), sizes), HEIGHT);
  const nodes: PictureNode[] = shown.map((c) => {
    const p = place.get(`c${c.id}`)!;
    const sector = c.sectors[0]?.sector ?? 'unknown';
    return {
      id: `c${c.id}`,
      x: p.x,
      y: p.y,
      r: round(radius(c.size)),
      colour: sectorColour(sector === 'unknown' ? null : sector),
      title: `${groupName(c, labels, (id) => names.get(id) ?? id)}: ${formatInteger(c.size, labels)}`,
      sector,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const legend = legendOf(
    nodes.map((n) => n.sector),
    labels,
    (count) => countOf(count, labels.unit.group, labels),
  );
  const strongest = [...between.values()].sort((a, b) => b.weight - a.weight).slice(0, 400);
  const drawn = pictureEdges(strongest, byId, true);
  const ties = tieLegend(drawn, legend.rows, labels);
  return {
    mode: 'communities',
    width: WIDTH,
    height: legend.height + ties.height,
    fontSize: FONT,
    nodes,
    edges: drawn,
    hasDerived: drawn.some((e) => e.derived),
    labels: placeLabels(
      nodes.slice(0, LABELLED).map((node) => ({ node, text: node.title })),
      nodes,
    ),
    legend: legend.items,
    tieLegend: ties.items,
  };
}

export function communityMapNote(result: MapResult, picture: NetworkPicture, labels: Labels): string | null {
  return picture.mode === 'communities'
    ? fill(labels.text.communityMap, { actors: formatInteger(result.actors.length, labels), communities: formatInteger(picture.nodes.length, labels) })
    : null;
}

function pictureEdges(edges: readonly PictureEdge[], byId: ReadonlyMap<string, PictureNode>, logScale = false): NetworkPicture['edges'] {
  const out: NetworkPicture['edges'] = [];
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const width = logScale ? 0.5 + Math.log10(1 + e.weight) : 0.6 + 0.5 * Math.log2(1 + e.weight);
    out.push({ source: e.source, target: e.target, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round(Math.min(6, width)), derived: e.origin === 'derived' });
  }
  return out;
}

const textWidth = (text: string): number => [...text].length * GLYPH * FONT;

/** The legend in rows under the network, left to right; the picture's height grows to hold it. */
function legendOf(
  sectors: readonly string[],
  labels: Labels,
  countText: (count: number) => string = (count) => formatInteger(count, labels),
): { items: NetworkPicture['legend']; rows: number; height: number } {
  const counts = new Map<string, number>();
  for (const s of sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
  const order = Object.keys(labels.sector);
  let x = MARGIN / 2;
  let row = 0;
  const items = [...counts]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([sector, count]) => {
      const label = labels.sector[sector as keyof Labels['sector']];
      const text = countText(count);
      const width = 18 + textWidth(`${label} (${text})`) + 18;
      if (x > MARGIN / 2 && x + width > WIDTH - MARGIN / 2) {
        x = MARGIN / 2;
        row++;
      }
      const y = HEIGHT + 10 + row * LEGEND_ROW;
      const item = {
        sector,
        count,
        countText: text,
        colour: sectorColour(sector === 'unknown' ? null : sector),
        label,
        cx: round(x + 6),
        cy: y,
        tx: round(x + 18),
        ty: y + 5,
      };
      x += width;
      return item;
    });
  const rows = items.length > 0 ? row + 1 : 0;
  return { items, rows, height: HEIGHT + (rows > 0 ? rows * LEGEND_ROW + 4 : 0) };
}

/**
 * The line styles, on the row after the sectors' `rows`: a solid line for a
 * listed tie and a dashed one for a derived tie. Only a picture with derived
 * ties has it; `height` is what it adds to the picture.
 */
function tieLegend(edges: NetworkPicture['edges'], rows: number, labels: Labels): { items: NetworkPicture['tieLegend']; height: number } {
  const derived = edges.some((e) => e.derived);
  if (!derived) return { items: [], height: 0 };
  const styles = [
    ...(edges.some((e) => !e.derived) ? [{ derived: false, label: labels.text.listedTie }] : []),
    { derived: true, label: labels.text.derivedTie },
  ];
  let x = MARGIN / 2;
  let row = rows;
  const items = styles.map((style) => {
    const width = 30 + textWidth(style.label) + 18;
    if (x > MARGIN / 2 && x + width > WIDTH - MARGIN / 2) {
      x = MARGIN / 2;
      row++;
    }
    const y = HEIGHT + 10 + row * LEGEND_ROW;
    const item = { ...style, x1: round(x), x2: round(x + 24), y, tx: round(x + 30), ty: y + 5 };
    x += width;
    return item;
  });
  // Without sector rows above, the picture also needs the margin under the last row.
  return { items, height: (row - rows + 1) * LEGEND_ROW + (rows > 0 ? 0 : 4) };
}

/**
 * Names beside their node: right of it, left, above or below, wherever the
 * name covers the fewest other nodes (right first when that is a tie) and
 * stays in the picture clear of the names already placed. A name that fits
 * nowhere is left out.
 */
function placeLabels(candidates: readonly { node: PictureNode; text: string }[], nodes: readonly PictureNode[]): NetworkPicture['labels'] {
  type Box = { left: number; right: number; top: number; bottom: number };
  const placed: Box[] = [];
  const labels: NetworkPicture['labels'] = [];
  const clashes = (box: Box): boolean =>
    box.left < 2 ||
    box.right > WIDTH - 2 ||
    box.top < 2 ||
    box.bottom > HEIGHT - 2 ||
    placed.some((p) => box.left < p.right && p.left < box.right && box.top < p.bottom && p.top < box.bottom);
  const covers = (box: Box, self: PictureNode): number =>
    nodes.filter((n) => n !== self && n.x + n.r > box.left && n.x - n.r < box.right && n.y + n.r > box.top && n.y - n.r < box.bottom).length;
  // A line of text: its baseline is `ascent` below its top and `descent` above its bottom.
  const ascent = FONT * 0.85;
  const descent = FONT * 0.3;
  for (const { node, text } of candidates) {
    const w = textWidth(text);
    const middle = node.y + FONT * 0.35;
    const sides = [
      { anchor: 'start' as const, x: node.x + node.r + 3, y: middle, left: node.x + node.r + 3 },
      { anchor: 'end' as const, x: node.x - node.r - 3, y: middle, left: node.x - node.r - 3 - w },
      { anchor: 'middle' as const, x: node.x, y: node.y - node.r - 3 - descent, left: node.x - w / 2 },
      { anchor: 'middle' as const, x: node.x, y: node.y + node.r + 3 + ascent, left: node.x - w / 2 },
    ].map((side) => ({ ...side, box: { left: side.left, right: side.left + w, top: side.y - ascent, bottom: side.y + descent } }));
    const fitting = sides.filter((side) => !clashes(side.box)).map((side) => ({ side, covered: covers(side.box, node) }));
    if (fitting.length === 0) continue;
    const best = fitting.reduce((a, b) => (b.covered < a.covered ? b : a)).side;
    placed.push(best.box);
    labels.push({ x: round(best.x), y: round(best.y), text, anchor: best.anchor });
  }
  return labels;
}

/** Scales positions into the picture's frame, keeping the aspect ratio. */
function fitToFrame(raw: ReadonlyMap<string, Position>, height: number): Map<string, Position> {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of raw.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (raw.size === 0) return new Map();
  const scale = Math.min((WIDTH - 2 * MARGIN) / Math.max(1e-9, maxX - minX), (height - 2 * MARGIN) / Math.max(1e-9, maxY - minY));
  const offsetX = MARGIN + (WIDTH - 2 * MARGIN - (maxX - minX) * scale) / 2;
  const offsetY = MARGIN + (height - 2 * MARGIN - (maxY - minY) * scale) / 2;
  const fitted = new Map<string, Position>();
  for (const [id, p] of raw) fitted.set(id, { x: round(offsetX + (p.x - minX) * scale), y: round(offsetY + (p.y - minY) * scale) });
  return fitted;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
