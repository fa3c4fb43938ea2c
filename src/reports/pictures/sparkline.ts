// A small trend line of an indicator's history, as numbers for the SVG template.

export interface Sparkline {
  width: number;
  height: number;
  points: string;
  last: { x: number; y: number };
  target: { y: number } | null;
}

export function sparkline(history: readonly { date: string; value: number }[], target: number | null, width = 120, height = 28): Sparkline | null {
  if (history.length < 2) return null;
  const values = history.map((h) => h.value);
  const low = Math.min(...values, target ?? Infinity);
  const high = Math.max(...values, target ?? -Infinity);
  const span = high - low || 1;
  const y = (v: number): number => Math.round((height - 3 - ((v - low) / span) * (height - 6)) * 10) / 10;
  const x = (i: number): number => Math.round((3 + (i / (history.length - 1)) * (width - 6)) * 10) / 10;
  const points = history.map((h, i) => `${x(i)},${y(h.value)}`).join(' ');
  return { width, height, points, last: { x: x(history.length - 1), y: y(values[values.length - 1]!) }, target: target === null ? null : { y: y(target) } };
}
