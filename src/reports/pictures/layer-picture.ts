// The layer picture: the ecosystem's participation layers (VTT 2021,
// "Yhdessä kestävää kasvua" – ekosysteemiopas, the layered structure of an
// ecosystem) as concentric rings, the orchestrator in the middle and the
// potential members outermost. Each actor is a dot on its layer's ring,
// coloured by its sector and set around the ring by sector, then name, so the
// colours group; its ties are light lines (derived ones dashed, as in the
// network picture). Drawn only when at least two layers have actors; actors
// without a layer are left out, and the caption says how many.
import type { MapResult } from '../../analysis/map-result.js';
import type { Layer } from '../../model/schema-types.js';
import { sectorColour } from '../../model/sector-palette.js';
import { capitalised, fill, formatInteger } from '../format.js';
import type { Labels } from '../i18n/en.js';
import { bySectorThenName } from './actor-picture.js';
import { ringLayout } from './layer-rings.js';
import { FONT, round, WIDTH } from './picture-frame.js';
import { legendsUnder, type SectorLegendItem, type TieLegendItem } from './picture-legend.js';
import { placeLabels, type PlacedLabel } from './label-placement.js';
import { shortenLabel } from './label-text.js';
import type { PictureEdge } from './picture-model.js';

/** From the centre out. */
const LAYERS: readonly Layer[] = ['orchestrator', 'partner', 'active', 'passive', 'potential'];
/** How many actors the picture names: the orchestrators and the best-tied partners. */
const NAMED = 10;
const LABEL_CHARS = 32;
/** Above this many actors on the rings, the rings show sector shares (sharesPicture). */
const MANY_ACTORS = 1500;
/** The bands' fills, alternating from the outermost in. */
const FILLS = ['#eef2f7', '#f8fafc'] as const;

export interface LayerPicture {
  width: number;
  height: number;
  fontSize: number;
  cx: number;
  cy: number;
  /** Outermost first, the order they are drawn in, each over the one outside it. */
  rings: { layer: Layer; r: number; fill: string; label: { x: number; y: number; text: string } }[];
  dots: { id: string; x: number; y: number; r: number; colour: string; title: string; sector: string; layer: Layer }[];
  /**
   * Above MANY_ACTORS actors, each ring shows its sectors' shares as arcs
   * (SVG paths) instead of a dot per actor and no ties: thousands of dots on
   * a ring read as one band, and would make the page megabytes larger.
   */
  arcs: { d: string; colour: string; title: string; sector: string; layer: Layer }[];
  edges: { source: string; target: string; x1: number; y1: number; x2: number; y2: number; width: number; derived: boolean }[];
  /** The names of the orchestrators and the best-tied partners (NAMED at most), beside their dots. */
  labels: PlacedLabel[];
  hasDerived: boolean;
  legend: SectorLegendItem[];
  tieLegend: TieLegendItem[];
  /** Actors on the rings, actors left out for want of a layer, and whether the rings show sector shares. */
  counts: { actors: number; leftOut: number; shares: boolean };
}

/** The picture, or null when fewer than two layers have actors. */
export function layerPicture(result: MapResult, edges: readonly PictureEdge[], labels: Labels): LayerPicture | null {
  const layered = result.actors.filter((a) => a.layer !== null);
  const present = LAYERS.filter((layer) => layered.some((a) => a.layer === layer));
  if (present.length < 2) return null;
  const order = bySectorThenName(Object.keys(labels.sector));
  const members = present.map((layer) => layered.filter((a) => a.layer === layer).sort(order));
  const rings = ringLayout(
    present.map((layer, i) => ({ count: members[i]!.length, name: ringName(layer, members[i]!.length, labels) })),
    0,
  );
  if (layered.length > MANY_ACTORS) return sharesPicture(result, present, members, rings, labels);
  const dots = present.flatMap((layer, i) =>
    members[i]!.map((a, k) => {
      const p = rings.bands[i]!.places[k]!;
      const sector = a.sector ?? 'unknown';
      return {
        id: a.id,
        x: p.x,
        y: p.y,
        // A lone actor in the middle keeps a dot it can be seen by, however small the others must be.
        r: i === 0 && members[0]!.length === 1 ? Math.max(rings.dot, 6) : rings.dot,
        colour: sectorColour(a.sector),
        title: `${a.name} (${labels.sectorOne[sector as keyof Labels['sectorOne']]}, ${labels.layerOne[layer]})`,
        sector,
        layer,
      };
    }),
  );
  const drawn = ties(edges, new Map(dots.map((d) => [d.id, d])));
  // Who leads is what the rings are about: the orchestrators first, then the partners with the most ties.
  const degree = new Map(result.actors.map((a) => [a.id, a.degree]));
  const named = (layer: Layer) =>
    layered
      .filter((a) => a.layer === layer)
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nodes = dots.map((d) => ({ id: d.id, x: d.x, y: d.y, r: d.r }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // The rings' names are kept clear too: each stands as a row of small round stand-ins for nodes.
  const ringNames = rings.bands.flatMap(({ label: { box } }, i) => {
    const r = (box.bottom - box.top) / 2;
    const count = Math.max(1, Math.ceil((box.right - box.left) / r));
    return Array.from({ length: count + 1 }, (_, k) => ({ id: `\u0000ring-${i}-${k}`, x: box.left + (k * (box.right - box.left)) / count, y: box.top + r, r }));
  });
  const names = placeLabels(
    [...named('orchestrator'), ...named('partner')].slice(0, NAMED).map((a) => {
      const short = shortenLabel(a.name, LABEL_CHARS);
      return { node: byId.get(a.id)!, text: short.text, title: short.shortened ? a.name : null };
    }),
    [...nodes, ...ringNames],
    { left: 2, right: WIDTH - 2, top: 2, bottom: rings.height - 2 },
  );
  const { bottom, legend, tieLegend } = legendsUnder(
    rings.height,
    dots.map((d) => ({ sector: d.sector, count: 1 })),
    drawn,
    [],
    labels,
  );
  return {
    width: WIDTH,
    height: bottom,
    fontSize: FONT,
    cx: rings.cx,
    cy: rings.cy,
    rings: ringBands(rings, present),
    dots,
    arcs: [],
    edges: drawn,
    labels: names,
    hasDerived: drawn.some((e) => e.derived),
    legend,
    tieLegend,
    counts: { actors: dots.length, leftOut: result.actors.length - layered.length, shares: false },
  };
}

type Actor = MapResult['actors'][number];

/** The rings as sector shares: per ring an arc per sector, clockwise from the top, as long as the sector's share of the ring. */
function sharesPicture(
  result: MapResult,
  present: readonly Layer[],
  members: readonly Actor[][],
  rings: ReturnType<typeof ringLayout>,
  labels: Labels,
): LayerPicture {
  const arcs: LayerPicture['arcs'] = [];
  present.forEach((layer, i) => {
    const band = rings.bands[i]!;
    const middle = i === 0 ? band.outer * 0.55 : (band.inner + band.outer) / 2;
    const half = Math.min(12, (band.outer - band.inner) * 0.22);
    const counts = new Map<string, number>();
    for (const a of members[i]!) counts.set(a.sector ?? 'unknown', (counts.get(a.sector ?? 'unknown') ?? 0) + 1);
    let start = -Math.PI / 2;
    for (const [sector, count] of counts) {
      const end = start + (2 * Math.PI * count) / members[i]!.length;
      arcs.push({
        d: annulus(rings.cx, rings.cy, middle - half, middle + half, start, end),
        colour: sectorColour(sector === 'unknown' ? null : sector),
        title: `${labels.sector[sector as keyof Labels['sector']]}: ${formatInteger(count, labels)} (${labels.layer[layer]})`,
        sector,
        layer,
      });
      start = end;
    }
  });
  const { bottom, legend, tieLegend } = legendsUnder(
    rings.height,
    members.flat().map((a) => ({ sector: a.sector ?? 'unknown', count: 1 })),
    [],
    [],
    labels,
  );
  const layered = members.reduce((sum, m) => sum + m.length, 0);
  return {
    width: WIDTH,
    height: bottom,
    fontSize: FONT,
    cx: rings.cx,
    cy: rings.cy,
    rings: ringBands(rings, present),
    dots: [],
    arcs,
    edges: [],
    labels: [],
    hasDerived: false,
    legend,
    tieLegend,
    counts: { actors: layered, leftOut: result.actors.length - layered, shares: true },
  };
}

/** The path of a ring's piece between radii r0 and r1 from angle a0 to a1 (a whole ring as two halves: one arc cannot close a circle). */
function annulus(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  if (a1 - a0 > Math.PI + 1e-9) {
    const mid = (a0 + a1) / 2;
    return `${annulus(cx, cy, r0, r1, a0, mid)} ${annulus(cx, cy, r0, r1, mid, a1)}`;
  }
  const at = (r: number, a: number): string => `${round(cx + r * Math.cos(a))} ${round(cy + r * Math.sin(a))}`;
  return `M${at(r1, a0)}A${round(r1)} ${round(r1)} 0 0 1 ${at(r1, a1)}L${at(r0, a1)}A${round(r0)} ${round(r0)} 0 0 0 ${at(r0, a0)}Z`;
}

/** The rings as the template draws them: outermost first, each over the one outside it, fills alternating. */
function ringBands(rings: ReturnType<typeof ringLayout>, present: readonly Layer[]): LayerPicture['rings'] {
  return rings.bands
    .map(({ outer, label }, i) => ({
      layer: present[i]!,
      r: round(outer),
      fill: FILLS[(present.length - 1 - i) % 2]!,
      label: { x: label.x, y: label.y, text: label.text },
    }))
    .reverse();
}

/** "Partnerit (5)", "Partneri (1)": the layer's name in the number its count wants. */
function ringName(layer: Layer, count: number, labels: Labels): string {
  return fill(labels.layerPicture.ring, {
    layer: count === 1 ? capitalised(labels.layerOne[layer]) : labels.layer[layer],
    count: formatInteger(count, labels),
  });
}

/** The ties between dots, as lines. */
function ties(edges: readonly PictureEdge[], dots: ReadonlyMap<string, { x: number; y: number }>): LayerPicture['edges'] {
  const kept = edges.filter((e) => dots.has(e.source) && dots.has(e.target));
  const shown = kept.map((e) => {
    const [a, b] = [dots.get(e.source)!, dots.get(e.target)!];
    return {
      source: e.source,
      target: e.target,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: round(Math.min(3, 0.6 + 0.4 * Math.log2(1 + e.weight))),
      derived: e.origin === 'derived',
    };
  });
  return shown;
}
