// The frame the network and layer pictures share: their width, the height of
// the drawing above the legend, the font, and the geometry of boxes, lines
// and text they are placed with. Text widths are estimated, not measured:
// nothing in reports/ may ask a browser, so the estimate is a generous one.
import type { Position } from './network-layout.js';

export const WIDTH = 1000;
/** The height of the drawing itself; what is under it (isolated actors, legend) adds to the picture's height. */
export const HEIGHT = 700;
export const MARGIN = 40;
/** In the picture's own units: a 1000-unit picture is seldom drawn narrower than 700 px, so 16 stays above 11 px. */
export const FONT = 16;
/** A generous average glyph width of Helvetica/Arial, as a share of the font size. */
const GLYPH = 0.55;
/** A line of text: its baseline is ASCENT below its top and DESCENT above its bottom. */
export const ASCENT = FONT * 0.92;
export const DESCENT = FONT * 0.28;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const textWidth = (text: string): number => [...text].length * GLYPH * FONT;

export function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Whether two boxes share more than an edge. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Position, b: Position, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The smallest box that holds every position (infinite bounds for none). */
export function extentOf(positions: Iterable<Position>): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of positions) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, maxX, minY, maxY };
}

/** Scales positions into a frame `height` high (at `top`), keeping the aspect ratio. */
export function fitToFrame(raw: ReadonlyMap<string, Position>, height: number, top = 0): Map<string, Position> {
  if (raw.size === 0) return new Map();
  const { minX, maxX, minY, maxY } = extentOf(raw.values());
  const scale = Math.min((WIDTH - 2 * MARGIN) / Math.max(1e-9, maxX - minX), (height - 2 * MARGIN) / Math.max(1e-9, maxY - minY));
  const offsetX = MARGIN + (WIDTH - 2 * MARGIN - (maxX - minX) * scale) / 2;
  const offsetY = top + MARGIN + (height - 2 * MARGIN - (maxY - minY) * scale) / 2;
  const fitted = new Map<string, Position>();
  for (const [id, p] of raw) fitted.set(id, { x: round(offsetX + (p.x - minX) * scale), y: round(offsetY + (p.y - minY) * scale) });
  return fitted;
}
