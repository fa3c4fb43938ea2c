// What a network picture is, as the SVG template (partials/network-svg.hbs)
// takes it: every position, size, colour and text already worked out.
import type { IsolatedBox } from './isolated-box.js';
import type { PlacedLabel } from './label-placement.js';
import type { LayoutEdge } from './network-layout.js';
import type { MarkLegendItem, SectorLegendItem, TieLegendItem } from './picture-legend.js';

/**
 * A tie as the picture takes it: `derived` when it is known only from shared
 * projects and events (the origin of an eco-map edge), `explicit` when at
 * least one link was listed.
 */
export interface PictureEdge extends LayoutEdge {
  origin: 'explicit' | 'derived';
}

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  r: number;
  colour: string;
  title: string;
  sector: string;
  /** In a comparison: an actor only in the picture after (outlined by a ring `halo` in radius), or only in the picture before (drawn faint). */
  isNew: boolean;
  halo: number;
  gone: boolean;
}

export interface PictureLine {
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  /** Drawn dashed and lighter; in a picture of groups, when every tie between the two groups is derived. */
  derived: boolean;
  /** In a comparison, as for nodes: a new tie is drawn dark, one gone dotted and faint. */
  isNew: boolean;
  gone: boolean;
}

export interface NetworkPicture {
  mode: 'actors' | 'communities';
  width: number;
  height: number;
  fontSize: number;
  nodes: PictureNode[];
  edges: PictureLine[];
  /** Whether any edge is derived: then the derived edges get their own layer and the legend explains the line styles. */
  hasDerived: boolean;
  /** Whether any node or edge is marked new or gone: then they get their own layers. */
  hasMarks: boolean;
  labels: PlacedLabel[];
  /** The actors without ties, in a box under the drawing; null when every actor has a tie. */
  isolated: (IsolatedBox & { caption: string }) | null;
  /** Per sector: how many actors it colours (in a picture of groups, how many actors its groups hold). */
  legend: SectorLegendItem[];
  /** The line styles, in a row under the sectors: only in a picture with derived ties (and the listed style only when it has listed ones too). */
  tieLegend: TieLegendItem[];
  /** After the line styles: what a comparison marks new or gone, only what the picture has. */
  markLegend: MarkLegendItem[];
}

/** One key for a tie whichever way it is given. */
export const tieKey = (source: string, target: string): string => (source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`);
