import { describe, expect, it } from 'vitest';
import { labelStep, lineChart, runs, wrap, yTicks } from '../../../src/reports/pictures/line-chart.js';

const format = (v: number): string => String(v);

describe('yTicks', () => {
  it('runs from 0 in round steps to just above the largest value', () => {
    expect(yTicks([6, 8])).toEqual([0, 2, 4, 6, 8]);
    expect(yTicks([3, 17, 30])).toEqual([0, 10, 20, 30]);
    expect(yTicks([0.47, 0.63])).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
  it('reaches below 0 for negative values, and runs to 1 when every value is 0', () => {
    expect(yTicks([-0.4, 0.6])).toEqual([-0.5, 0, 0.5, 1]);
    expect(yTicks([0, 0])).toEqual([0, 0.5, 1]);
    expect(yTicks([])).toEqual([0, 0.5, 1]);
  });
});

describe('runs', () => {
  it('breaks a line where a value is missing', () => {
    expect(runs([1, 2, null, 4, Number.NaN, 5, 6])).toEqual([[0, 1], [3], [5, 6]]);
    expect(runs([null, null])).toEqual([]);
  });
});

describe('wrap', () => {
  it('puts words on lines of at most the given width', () => {
    expect(wrap('G3-I2: Ekosysteemitoimintaan osallistuvat yritykset', 20)).toEqual(['G3-I2:', 'Ekosysteemitoimintaan', 'osallistuvat', 'yritykset']);
    expect(wrap('a b c', 3)).toEqual(['a b', 'c']);
  });
});

describe('labelStep', () => {
  it('labels every snapshot when the labels fit side by side, else every so many', () => {
    expect(labelStep(['2025-06', '2026-06'], 368)).toBe(1);
    const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const step = labelStep(months, 368);
    expect(step).toBeGreaterThan(1);
    // Labels `step` apart leave room for the widest label (7 characters at 12 px, 0.6 em each, and a gap).
    expect((step * 368) / 23).toBeGreaterThanOrEqual(7 * 0.6 * 12 + 8);
  });

  it('keeps the first and the last label of a long series, and writes no value at its points', () => {
    const labels = Array.from({ length: 24 }, (_, i) => `L${String(i).padStart(6, '0')}`);
    const long = lineChart([{ name: 'A', colour: '#000000', values: labels.map((_, i) => i) }], { title: 'T', labels, format, width: 480 });
    const shown = long.xTicks.filter((t) => t.text !== '');
    expect(shown[0]!.text).toBe(labels[0]);
    expect(shown.at(-1)!.text).toBe(labels[23]);
    expect(shown.length).toBeLessThan(24);
    expect(long.xTicks).toHaveLength(24);
    expect(long.lines[0]!.points.every((p) => p.text === null)).toBe(true);
  });
});

describe('lineChart', () => {
  const chart = lineChart(
    [
      { name: 'A', colour: '#000000', values: [0, 5, 10] },
      { name: 'B', colour: '#ffffff', values: [10, null, 0] },
    ],
    { title: 'T', labels: ['x', 'y', 'z'], format, target: { value: 10, text: 'target 10' }, width: 400 },
  );

  it('spreads the snapshots evenly across the plot, first and last inside it', () => {
    const xs = chart.xTicks.map((t) => t.x);
    expect(xs).toEqual([72, 216, 360]);
    expect(xs[0]).toBeGreaterThan(chart.plot.left);
    expect(xs[2]).toBeLessThan(chart.plot.right);
    expect(chart.xTicks.map((t) => t.text)).toEqual(['x', 'y', 'z']);
  });

  it('puts 0 on the bottom of the plot and the top tick on its top, the target where its value is', () => {
    expect(chart.yTicks[0]).toEqual({ y: chart.plot.bottom, text: '0' });
    expect(chart.yTicks.at(-1)).toEqual({ y: chart.plot.top, text: '10' });
    expect(chart.target?.y).toBe(chart.plot.top);
    const a = chart.lines[0]!;
    expect(a.points.map((p) => p.y)).toEqual([chart.plot.bottom, (chart.plot.top + chart.plot.bottom) / 2, chart.plot.top]);
    expect(a.paths).toHaveLength(1);
  });

  it('draws a line with a gap as two paths, and writes the values when few lines share the chart', () => {
    const b = chart.lines[1]!;
    expect(b.paths).toHaveLength(2);
    expect(b.points.map((p) => p.text)).toEqual(['10', '0']);
    expect(chart.legend.map((l) => l.text)).toEqual(['A: 10', 'B: 0']);
  });

  it('writes no value at the points of three lines or more, and a single snapshot in the middle', () => {
    const many = lineChart(
      ['a', 'b', 'c'].map((name) => ({ name, colour: '#000000', values: [1] })),
      { title: 'T', labels: ['only'], format, width: 400 },
    );
    expect(many.lines.flatMap((l) => l.points.map((p) => p.text))).toEqual([null, null, null]);
    expect(many.xTicks[0]!.x).toBe((many.plot.left + many.plot.right) / 2);
    expect(many.target).toBeNull();
  });

  it('wraps the legend onto a new row when it would run past the chart, and makes the chart taller for it', () => {
    const wide = lineChart(
      ['Potential members', 'Passive members', 'Active members', 'Partners'].map((name) => ({ name, colour: '#000000', values: [1, 2] })),
      { title: 'T', labels: ['a', 'b'], format, width: 400 },
    );
    const rows = new Set(wide.legend.map((l) => l.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const item of wide.legend) expect(item.x).toBeLessThan(400);
    expect(wide.height).toBeGreaterThan(chart.height);
  });

  it('gives the same numbers every time', () => {
    const again = lineChart(
      [
        { name: 'A', colour: '#000000', values: [0, 5, 10] },
        { name: 'B', colour: '#ffffff', values: [10, null, 0] },
      ],
      { title: 'T', labels: ['x', 'y', 'z'], format, target: { value: 10, text: 'target 10' }, width: 400 },
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(chart));
  });
});
