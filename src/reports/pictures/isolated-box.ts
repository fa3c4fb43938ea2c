// Actors without ties, apart from the network: in a box under it with a
// caption inside its top edge ("No ties (8)"), in a grid that wraps into as
// many rows as they need. Drawn among the tied actors, ForceAtlas2 would push
// them to the edges, where they read as part of the network.
import type { Position } from './network-layout.js';
import { shortenLabel } from './label-text.js';
import { FONT, MARGIN, round, textWidth, WIDTH } from './picture-frame.js';

/** The box as the template draws it; the caption's count is the picture's own (see `isolatedCaption`). */
export interface IsolatedBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The caption's baseline, inside the box's top edge. */
  tx: number;
  ty: number;
  /** With few enough actors, each one's name beside its dot (cut at a word with its full name as `title`). */
  names: { x: number; y: number; text: string; title: string | null }[];
}

const PAD = 12;
/** Up to this many, the box names its actors, in columns NAMED_CELL wide. */
const NAMED_MAX = 24;
const NAMED_CELL = 300;
const CAPTION = FONT + 14;

/** The grid's step: wide enough apart to tell one dot from the next, tighter when there are hundreds. */
export const cellOf = (count: number): number => (count > 300 ? 14 : 24);

/**
 * The box at `top` and a place in it for each of `ids`, in their order, row
 * by row; `height` is what the box adds under the drawing (its margin below
 * included), 0 without isolated actors.
 */
export function isolatedBox(
  ids: readonly string[],
  top: number,
  nameOf?: (id: string) => string,
): { box: IsolatedBox | null; positions: Map<string, Position>; height: number } {
  const positions = new Map<string, Position>();
  if (ids.length === 0) return { box: null, positions, height: 0 };
  const named = nameOf !== undefined && ids.length <= NAMED_MAX;
  const cell = cellOf(ids.length);
  const x = MARGIN / 2;
  const width = WIDTH - MARGIN;
  const step = named ? NAMED_CELL : cell;
  const columns = Math.max(1, Math.floor((width - 2 * PAD) / step));
  const rows = Math.ceil(ids.length / columns);
  const names: IsolatedBox['names'] = [];
  ids.forEach((id, i) => {
    const p = { x: round(x + PAD + cell / 2 + (i % columns) * step), y: round(top + CAPTION + cell / 2 + Math.floor(i / columns) * cell) };
    positions.set(id, p);
    if (named) {
      const name = nameOf(id);
      const short = shortenLabel(name, Math.floor((NAMED_CELL - cell) / textWidth('n')));
      names.push({ x: round(p.x + cell / 2), y: round(p.y + FONT * 0.35), text: short.text, title: short.shortened ? name : null });
    }
  });
  const height = CAPTION + rows * cell + PAD / 2;
  return { box: { x, y: top, width, height, tx: x + PAD, ty: top + FONT + 6, names }, positions, height: height + PAD };
}
