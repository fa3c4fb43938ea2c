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
import { type PictureEdge, tieKey } from './picture-model.js';

/** From the centre out. */
const LAYERS: readonly Layer[] = ['orchestrator', 'partner', 'active', 'passive', 'potential'];
/** Above this many actors on the rings, only the MAX_TIES strongest ties are drawn. */
const MANY_ACTORS = 1500;
export const MAX_TIES = 3000;
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
  edges: { source: string; target: string; x1: number; y1: number; x2: number; y2: number; width: number; derived: boolean }[];
  hasDerived: boolean;
  legend: SectorLegendItem[];
  tieLegend: TieLegendItem[];
  /** Actors drawn, actors left out for want of a layer, ties drawn and ties between actors drawn. */
  counts: { actors: number; leftOut: number; ties: number; allTies: number };
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
  const { bottom, legend, tieLegend } = legendsUnder(
    rings.height,
    dots.map((d) => ({ sector: d.sector, count: 1 })),
    drawn.shown,
    [],
    labels,
  );
  return {
    width: WIDTH,
    height: bottom,
    fontSize: FONT,
    cx: rings.cx,
    cy: rings.cy,
    rings: rings.bands
      .map(({ outer, label }, i) => ({
        layer: present[i]!,
        r: round(outer),
        fill: FILLS[(present.length - 1 - i) % 2]!,
        label: { x: label.x, y: label.y, text: label.text },
      }))
      .reverse(),
    dots,
    edges: drawn.shown,
    hasDerived: drawn.shown.some((e) => e.derived),
    legend,
    tieLegend,
    counts: { actors: dots.length, leftOut: result.actors.length - layered.length, ties: drawn.shown.length, allTies: drawn.all },
  };
}

/** "Partnerit (5)", "Partneri (1)": the layer's name in the number its count wants. */
function ringName(layer: Layer, count: number, labels: Labels): string {
  return fill(labels.layerPicture.ring, {
    layer: count === 1 ? capitalised(labels.layerOne[layer]) : labels.layer[layer],
    count: formatInteger(count, labels),
  });
}

/** The ties between dots, as lines; with many actors only the strongest MAX_TIES (heaviest first, then by their ends). */
function ties(edges: readonly PictureEdge[], dots: ReadonlyMap<string, { x: number; y: number }>): { shown: LayerPicture['edges']; all: number } {
  const between = edges.filter((e) => dots.has(e.source) && dots.has(e.target));
  let kept = between;
  if (dots.size > MANY_ACTORS && between.length > MAX_TIES) {
    const strongest = new Set(
      [...between]
        .sort((a, b) => {
          const [x, y] = [tieKey(a.source, a.target), tieKey(b.source, b.target)];
          return b.weight - a.weight || (x < y ? -1 : x > y ? 1 : 0);
        })
        .slice(0, MAX_TIES),
    );
    kept = between.filter((e) => strongest.has(e));
  }
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
  return { shown, all: between.length };
}
