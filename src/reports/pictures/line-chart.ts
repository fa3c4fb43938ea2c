// A line chart of figures over snapshots, as numbers for the SVG template
// (partials/line-chart.hbs): a y axis with round ticks, one x tick per
// snapshot with its label, one line per series (broken where a value is
// missing), each point's value written beside it when few lines share the
// chart, a legend that names each line with its latest value, and an optional
// dashed target line. Coordinates are rounded to 0.1, so the output is the
// same on every machine.

export interface LineSeries {
  name: string;
  colour: string;
  values: readonly (number | null)[];
}

export interface LineChartOptions {
  title: string;
  /** One per snapshot, in order. */
  labels: readonly string[];
  /** How a value is written (ticks, point values, the legend). */
  format: (value: number) => string;
  target?: { value: number; text: string } | null;
  width?: number;
}

export interface LineChart {
  width: number;
  height: number;
  fontSize: number;
  title: string;
  /** The title, wrapped to the chart's width, with each line's baseline. */
  titleLines: { text: string; y: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
  /** Where the y ticks' values end, left of the axis. */
  yLabelX: number;
  /** How far below the x axis its tick marks reach. */
  xTickEnd: number;
  yTicks: { y: number; text: string }[];
  xTicks: { x: number; text: string }[];
  lines: { colour: string; paths: string[]; points: { x: number; y: number; text: string | null; textY: number }[] }[];
  target: { y: number; text: string; textY: number } | null;
  legend: { x: number; y: number; colour: string; text: string }[];
}

const FONT = 12;
const TITLE_FONT = 14;
const TITLE_LINE = 18;
const LEFT = 56;
const RIGHT = 24;
const AXIS_LABELS = 30;
const LEGEND_ROW = 20;
const PLOT_HEIGHT = 180;
/** Values are written at the points only when this few lines share a chart, over this few snapshots: more would overlap. */
const MAX_LABELLED_LINES = 2;
const MAX_LABELLED_POINTS = 12;
/** A generous average glyph width, as a share of the font size (as in bar-chart.ts). */
const GLYPH = 0.6;

const round = (v: number): number => Math.round(v * 10) / 10;

export function lineChart(series: readonly LineSeries[], options: LineChartOptions): LineChart {
  const width = options.width ?? 480;
  const n = options.labels.length;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const target = options.target ?? null;
  const ticks = yTicks([...values, ...(target ? [target.value] : [])]);
  const low = ticks[0]!;
  const high = ticks.at(-1)!;
  const titleLines = wrap(options.title, Math.floor(width / (GLYPH * TITLE_FONT)));
  const top = titleLines.length * TITLE_LINE + 16;
  const plot = { left: LEFT, right: width - RIGHT, top, bottom: top + PLOT_HEIGHT };
  const x = (i: number): number => round(n <= 1 ? (plot.left + plot.right) / 2 : plot.left + 16 + (i / (n - 1)) * (plot.right - plot.left - 32));
  const y = (v: number): number => round(plot.bottom - ((v - low) / (high - low)) * (plot.bottom - plot.top));
  const labelled = series.length <= MAX_LABELLED_LINES && n <= MAX_LABELLED_POINTS;
  const every = labelStep(options.labels, plot.right - plot.left - 32);
  const legendRows = legendLayout(series, options.format, width);
  const legendTop = plot.bottom + AXIS_LABELS + 8;
  return {
    width,
    height: legendTop + legendRows.rows * LEGEND_ROW,
    fontSize: FONT,
    title: options.title,
    titleLines: titleLines.map((text, i) => ({ text, y: TITLE_FONT + 2 + i * TITLE_LINE })),
    plot,
    yLabelX: plot.left - 6,
    xTickEnd: plot.bottom + 4,
    yTicks: ticks.map((t) => ({ y: y(t), text: options.format(t) })),
    // Every snapshot has its tick; labels that would run into each other are thinned out, keeping the first and the last.
    xTicks: options.labels.map((text, i) => ({ x: x(i), text: i % every === 0 || i === n - 1 ? text : '' })),
    lines: series.map((s) => ({
      colour: s.colour,
      paths: runs(s.values).map((run) => run.map((i) => `${x(i)},${y(s.values[i]!)}`).join(' ')),
      points: s.values.flatMap((v, i) =>
        v === null || !Number.isFinite(v) ? [] : [{ x: x(i), y: y(v), text: labelled ? options.format(v) : null, textY: round(y(v) - 7) }],
      ),
    })),
    target: target ? { y: y(target.value), text: target.text, textY: round(y(target.value) - 5) } : null,
    legend: legendRows.items.map((item) => ({ ...item, y: legendTop + item.row * LEGEND_ROW + FONT })),
  };
}

/** Words on lines of at most `width` characters (a longer word has a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && [...last].length + 1 + [...word].length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/** Every how many snapshots a label fits: 1 when all fit side by side across `span`. */
export function labelStep(labels: readonly string[], span: number): number {
  if (labels.length <= 1) return 1;
  const widest = Math.max(...labels.map((l) => [...l].length)) * GLYPH * FONT + 8;
  return Math.max(1, Math.ceil(widest / (span / (labels.length - 1))));
}

/** Runs of consecutive indices with a value: a missing value breaks the line rather than bridging it. */
export function runs(values: readonly (number | null)[]): number[][] {
  const all: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length > 0) all.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length > 0) all.push(current);
  return all;
}

/**
 * Round ticks from 0 (or below, for negative values) to just above the
 * largest value, three to six of them: steps of 1, 2 or 5 times a power of ten.
 */
export function yTicks(values: readonly number[]): number[] {
  const min = Math.min(0, ...values);
  // Nothing above the floor (every value 0, or none): a scale of 0 to 1 rather than none.
  const highest = Math.max(...values);
  const max = highest > min ? highest : min + 1;
  const rough = (max - min) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < max + step - step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks.length < 2) ticks.push(Number((first + step).toPrecision(12)));
  return ticks;
}

/** The legend's entries laid left to right, wrapping to a new row when one would not fit. */
function legendLayout(series: readonly LineSeries[], format: (v: number) => string, width: number) {
  const items: { x: number; row: number; colour: string; text: string }[] = [];
  let x = LEFT;
  let row = 0;
  for (const s of series) {
    const last = [...s.values].reverse().find((v): v is number => v !== null && Number.isFinite(v));
    const text = last === undefined ? s.name : `${s.name}: ${format(last)}`;
    const entry = 18 + [...text].length * GLYPH * FONT + 16;
    if (x + entry > width - RIGHT && x > LEFT) {
      row += 1;
      x = LEFT;
    }
    items.push({ x: round(x), row, colour: s.colour, text });
    x += entry;
  }
  return { items, rows: row + (items.length > 0 ? 1 : 0) };
}
