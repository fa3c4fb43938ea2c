// The legends under a picture, in rows left to right: the sectors with their
// counts, then on a row of their own the line styles (listed and derived
// ties) and, in a comparison, what is new and what is gone. The picture's
// height grows to hold them.
import type { Labels } from '../i18n/en.js';
import { formatInteger } from '../format.js';
import { sectorColour } from '../../model/sector-palette.js';
import { MARGIN, round, textWidth, WIDTH } from './picture-frame.js';

const ROW = 26;

export interface SectorLegendItem {
  sector: string;
  colour: string;
  label: string;
  count: number;
  countText: string;
  cx: number;
  cy: number;
  tx: number;
  ty: number;
}

export interface TieLegendItem {
  derived: boolean;
  label: string;
  x1: number;
  x2: number;
  y: number;
  tx: number;
  ty: number;
}

/** What a comparison marks: an actor or a tie that is new (in the picture after) or gone (in the picture before). */
export type Mark = 'new-actor' | 'new-tie' | 'gone-actor' | 'gone-tie';

export interface MarkLegendItem {
  mark: Mark;
  actor: boolean;
  isNew: boolean;
  label: string;
  x1: number;
  x2: number;
  cx: number;
  y: number;
  tx: number;
  ty: number;
}

/** Left edges and rows for items of the given widths, wrapping at the picture's width. */
function flow(widths: readonly number[]): { x: number; row: number }[] {
  let x = MARGIN / 2;
  let row = 0;
  return widths.map((width) => {
    if (x > MARGIN / 2 && x + width > WIDTH - MARGIN / 2) {
      x = MARGIN / 2;
      row++;
    }
    const place = { x, row };
    x += width;
    return place;
  });
}

/** The middle of a row, `row` rows below `top`. */
const rowY = (top: number, row: number): number => top + 10 + row * ROW;

/** One item per sector, in the labels' sector order, with the sum of the `count`s given for it (an actor counts 1, a group its members). */
function sectorLegend(sectors: readonly { sector: string; count: number }[], labels: Labels, top: number): { items: SectorLegendItem[]; height: number } {
  const counts = new Map<string, number>();
  for (const { sector, count } of sectors) counts.set(sector, (counts.get(sector) ?? 0) + count);
  const order = Object.keys(labels.sector);
  const entries = [...counts]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([sector, count]) => ({ sector, count, label: labels.sector[sector as keyof Labels['sector']], countText: formatInteger(count, labels) }));
  const places = flow(entries.map((e) => 18 + textWidth(`${e.label} (${e.countText})`) + 18));
  const items = entries.map((e, i) => {
    const { x, row } = places[i]!;
    const y = rowY(top, row);
    return { ...e, colour: sectorColour(e.sector === 'unknown' ? null : e.sector), cx: round(x + 6), cy: y, tx: round(x + 18), ty: y + 5 };
  });
  const rows = items.length > 0 ? (places.at(-1)?.row ?? 0) + 1 : 0;
  return { items, height: rows * ROW };
}

/**
 * On the row at `top`: the line styles (only when some tie is derived, and the
 * listed style only when some tie is listed too), then the marks of a
 * comparison. `height` is what the rows add, with the margin under the last.
 */
function lineLegend(
  ties: { listed: boolean; derived: boolean },
  marks: readonly Mark[],
  labels: Labels,
  top: number,
): { ties: TieLegendItem[]; marks: MarkLegendItem[]; height: number } {
  const styles = ties.derived
    ? [...(ties.listed ? [{ derived: false, label: labels.text.listedTie }] : []), { derived: true, label: labels.text.derivedTie }]
    : [];
  const markLabel: Record<Mark, string> = {
    'new-actor': labels.diff.newActor,
    'new-tie': labels.diff.newTie,
    'gone-actor': labels.diff.goneActor,
    'gone-tie': labels.diff.goneTie,
  };
  const places = flow([...styles.map((s) => 30 + textWidth(s.label) + 18), ...marks.map((m) => 30 + textWidth(markLabel[m]) + 18)]);
  const line = (i: number) => {
    const { x, row } = places[i]!;
    const y = rowY(top, row);
    return { x1: round(x), x2: round(x + 24), cx: round(x + 12), y, tx: round(x + 30), ty: y + 5 };
  };
  const tieItems = styles.map((style, i) => {
    const { x1, x2, y, tx, ty } = line(i);
    return { ...style, x1, x2, y, tx, ty };
  });
  const markItems = marks.map((mark, i) => ({
    mark,
    actor: mark.endsWith('actor'),
    isNew: mark.startsWith('new'),
    label: markLabel[mark],
    ...line(styles.length + i),
  }));
  const rows = places.length > 0 ? places.at(-1)!.row + 1 : 0;
  return { ties: tieItems, marks: markItems, height: rows * ROW };
}

/** The margin under the last legend row. */
const MARGIN_UNDER = 4;

/**
 * Every legend of a picture whose drawing ends at `top`: the sectors, then on
 * a row of their own the line styles of `ties` and the `marks`; `bottom` is
 * where the picture ends.
 */
export function legendsUnder(
  top: number,
  sectors: readonly { sector: string; count: number }[],
  ties: readonly { derived: boolean }[],
  marks: readonly Mark[],
  labels: Labels,
): { legend: SectorLegendItem[]; tieLegend: TieLegendItem[]; markLegend: MarkLegendItem[]; bottom: number } {
  const legend = sectorLegend(sectors, labels, top);
  const lines = lineLegend({ listed: ties.some((e) => !e.derived), derived: ties.some((e) => e.derived) }, marks, labels, top + legend.height);
  const height = legend.height + lines.height;
  return { legend: legend.items, tieLegend: lines.ties, markLegend: lines.marks, bottom: top + height + (height > 0 ? MARGIN_UNDER : 0) };
}
