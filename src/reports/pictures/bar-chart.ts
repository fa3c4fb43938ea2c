// A horizontal bar chart as numbers for the SVG template: a title, one bar per
// row and an axis line the bars start from. A row of 0 is drawn too, as its
// label and a 0 on the axis: a missing sector is what the chart is there to show.

export interface BarChart {
  width: number;
  height: number;
  /** Text size in the picture's units; the picture is never drawn narrower than `width` px, so this is its size on screen. */
  fontSize: number;
  title: string | null;
  titleY: number;
  labelWidth: number;
  labelX: number;
  axis: { x: number; y1: number; y2: number };
  bars: { y: number; width: number; label: string; value: string; colour: string; textY: number; valueX: number }[];
}

const FONT = 14;
const BAR = 22;
const GAP = 8;
const TITLE = 28;
/** A generous average glyph width for Helvetica/Arial, as a share of the font size: labels never run into the bars. */
const GLYPH = 0.6;

export function barChart(
  rows: readonly { label: string; value: number; text: string; colour: string }[],
  options: { title?: string; width?: number } = {},
): BarChart {
  const width = options.width ?? 480;
  const title = options.title ?? null;
  const top = title === null ? 0 : TITLE;
  const textWidth = (text: string): number => [...text].length * GLYPH * FONT;
  const labelWidth = Math.round(Math.min(width * 0.5, Math.max(60, ...rows.map((r) => textWidth(r.label))) + 12));
  const valueWidth = Math.max(16, ...rows.map((r) => textWidth(r.text))) + 8;
  const plot = width - labelWidth - valueWidth;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const bottom = top + rows.length * (BAR + GAP) + GAP;
  return {
    width,
    height: bottom,
    fontSize: FONT,
    title,
    titleY: FONT + 4,
    labelWidth,
    labelX: labelWidth - 8,
    axis: { x: labelWidth, y1: top + GAP / 2, y2: bottom - GAP / 2 },
    bars: rows.map((row, i) => {
      const y = top + GAP + i * (BAR + GAP);
      const w = Math.round((Math.max(0, row.value) / max) * plot * 10) / 10;
      return { y, width: w, label: row.label, value: row.text, colour: row.colour, textY: y + BAR / 2 + 5, valueX: labelWidth + w + 6 };
    }),
  };
}
