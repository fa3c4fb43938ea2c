// An indicator's chart for the goals report: its values over time (baseline,
// history, current) against the straight line it is expected to follow from
// the baseline to the target by the goal's due date, with the target as a
// level line, on axes that name the dates and values. As numbers for the SVG
// template (partials/indicator-chart.hbs).
import type { IndicatorStatus } from '../../analysis/goal-status.js';
import { formatDate, formatNumber } from '../format.js';
import type { Labels } from '../i18n/en.js';

const WIDTH = 460;
const HEIGHT = 210;
const LEFT = 64;
const RIGHT = 20;
const TOP = 18;
const BOTTOM = 40;

export interface IndicatorChart {
  width: number;
  height: number;
  label: string;
  axes: { x1: number; x2: number; y1: number; y2: number };
  /** Ticks on the value axis (baseline, target) and the time axis (baseline date, due date). */
  yTicks: { y: number; tx: number; text: string }[];
  xTicks: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  expected: { x1: number; y1: number; x2: number; y2: number } | null;
  target: { y: number; x1: number; x2: number; text: string } | null;
  points: { x: number; y: number }[];
  line: string;
  last: { x: number; y: number; text: string };
}

/** The chart, or null when there is not enough to draw: no value, or no dates to place it. */
export function indicatorChart(i: IndicatorStatus, goalDue: string | null, asOf: string, t: Labels): IndicatorChart | null {
  const values = [...i.history];
  if (i.baseline !== null && i.baselineDate !== null && !values.some((h) => h.date === i.baselineDate))
    values.push({ date: i.baselineDate, value: i.baseline });
  if (i.value !== null && !values.some((h) => h.date === (i.measured ?? asOf))) values.push({ date: i.measured ?? asOf, value: i.value });
  values.sort((a, b) => a.date.localeCompare(b.date));
  if (values.length < 2) return null;
  const dates = [...values.map((v) => v.date), ...(goalDue ? [goalDue] : [])];
  const day = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
  const [d0, d1] = [Math.min(...dates.map(day)), Math.max(...dates.map(day))];
  const levels = [...values.map((v) => v.value), ...(i.target !== null ? [i.target] : [])];
  let [v0, v1] = [Math.min(...levels), Math.max(...levels)];
  const pad = (v1 - v0) * 0.1 || Math.abs(v1) * 0.1 || 1;
  [v0, v1] = [v0 - pad, v1 + pad];
  const x = (date: string): number => round(LEFT + ((day(date) - d0) / Math.max(1, d1 - d0)) * (WIDTH - LEFT - RIGHT));
  const y = (v: number): number => round(TOP + (1 - (v - v0) / (v1 - v0)) * (HEIGHT - TOP - BOTTOM));
  // Values bare: the unit, as the data gives it, is in the chart's caption.
  const number = (v: number): string => formatNumber(v, Number.isInteger(v) ? 0 : 1, t);
  const points = values.map((v) => ({ x: x(v.date), y: y(v.value) }));
  const lastValue = values[values.length - 1]!;
  const first = values[0]!;
  const yTicks = [...new Set([...(i.baseline !== null ? [i.baseline] : [first.value]), ...(i.target !== null ? [i.target] : [])])].map((v) => ({
    y: y(v),
    tx: LEFT - 6,
    text: number(v),
  }));
  const xTicks = [
    { x: x(first.date), text: formatDate(first.date, t), anchor: 'start' as const },
    ...(goalDue ? [{ x: x(goalDue), text: formatDate(goalDue, t), anchor: 'end' as const }] : []),
  ];
  return {
    width: WIDTH,
    height: HEIGHT,
    label: `${i.name}: ${values.map((v) => `${formatDate(v.date, t)} ${number(v.value)}`).join(', ')}${i.target !== null ? `; ${t.indicatorColumn.target.toLowerCase()} ${number(i.target)}` : ''}`,
    axes: { x1: LEFT, x2: WIDTH - RIGHT, y1: TOP, y2: HEIGHT - BOTTOM },
    yTicks,
    xTicks,
    expected:
      i.baseline !== null && i.baselineDate !== null && i.target !== null && goalDue
        ? { x1: x(i.baselineDate), y1: y(i.baseline), x2: x(goalDue), y2: y(i.target) }
        : null,
    target: i.target !== null ? { y: y(i.target), x1: LEFT, x2: WIDTH - RIGHT, text: `${t.indicatorColumn.target} ${number(i.target)}` } : null,
    points,
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    last: { x: points[points.length - 1]!.x, y: points[points.length - 1]!.y, text: number(lastValue.value) },
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
