// An indicator's chart: values in date order from the baseline, the expected
// line from (baseline date, baseline) to (due date, target), the target level,
// and nothing drawn without two values to join.
import { describe, expect, it } from 'vitest';
import type { IndicatorStatus } from '../../../../src/analysis/goal-status.js';
import { labelsFor } from '../../../../src/reports/i18n/index.js';
import { indicatorChart } from '../../../../src/reports/pictures/indicator-chart.js';

const fi = labelsFor('fi');
const indicator: IndicatorStatus = {
  id: 'G1-I1',
  name: 'Kumppanuudet',
  unit: 'kpl',
  metric: null,
  baseline: 2,
  baselineDate: '2024-01-01',
  target: 10,
  value: 6,
  measured: '2026-01-01',
  progress: 0.5,
  expected: 0.5,
  onTrack: true,
  history: [{ date: '2025-01-01', value: 3 }],
};

describe('indicatorChart', () => {
  const chart = indicatorChart(indicator, '2028-01-01', '2026-06-30', fi)!;

  it('joins the baseline, the history and the current value in date order, left to right', () => {
    expect(chart.points).toHaveLength(3);
    const xs = chart.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Higher values are higher up: smaller y.
    expect(chart.points[2]!.y).toBeLessThan(chart.points[0]!.y);
    expect(chart.last.text).toBe('6');
  });

  it('draws the expected line from the baseline to the target by the due date, and the target as a level', () => {
    expect(chart.expected).toMatchObject({ x1: chart.points[0]!.x, y1: chart.points[0]!.y, x2: chart.axes.x2, y2: chart.target!.y });
    expect(chart.yTicks.map((tick) => tick.text)).toEqual(['2', '10']);
    expect(chart.xTicks.map((tick) => tick.text)).toEqual(['1.1.2024', '1.1.2028']);
    expect(chart.label).toContain('Kumppanuudet');
  });

  it('is not drawn from a single value', () => {
    expect(indicatorChart({ ...indicator, history: [], baselineDate: null, measured: null }, '2028-01-01', '2026-06-30', fi)).toBeNull();
  });
});
