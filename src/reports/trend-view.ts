// The view model of the trend report (eco-trend/v1): a table of each
// snapshot's figures, and line charts of the layer funnel, the sectors, how
// the network holds together and each indicator against its target. Numbers
// are written here, in the report's language; the templates only lay out.
import type { TrendResult, TrendSnapshot } from '../analysis/trend.js';
import { sectorColour } from '../model/sector-palette.js';
import { LAYERS, SECTORS } from '../model/vocabulary.js';
import type { Labels } from './i18n/en.js';
import { fill, fillCount, formatDate, formatInteger, formatNumber, formatPercent } from './format.js';
import { type LineChart, lineChart, type LineSeries } from './pictures/line-chart.js';
import { type Table, table } from './table.js';

export interface TrendContext {
  version: string;
  /** For a Markdown report written to a file: the name its pictures take (report.md → report.layers.svg, …). */
  pictureBase?: string;
}

interface TrendChart {
  chart: LineChart;
  /** The picture's file beside a Markdown report, when it has one. */
  file: string | null;
}

export interface TrendView {
  lang: string;
  title: string;
  span: string;
  generated: string;
  t: Labels['trend'];
  figures: Table;
  layers: TrendChart & { table: Table };
  sectors: TrendChart & { table: Table };
  network: TrendChart[];
  indicators: TrendChart[];
  indicatorTable: Table | null;
}

/** The participation layers from the core outwards: Okabe–Ito colours, unlike the sectors' where they can be. */
const LAYER_COLOURS: Record<string, string> = {
  orchestrator: '#D55E00',
  partner: '#E69F00',
  active: '#009E73',
  passive: '#0072B2',
  potential: '#999999',
  unknown: '#CC79A7',
};

export function trendView(trend: TrendResult, t: Labels, context: TrendContext): TrendView {
  const snapshots = trend.snapshots;
  // A label that is a date (when the data was gathered) reads as the language writes dates: 6/2025.
  const labels = snapshots.map((s) => formatDate(s.label, t));
  const int = (v: number): string => formatInteger(v, t);
  const dec = (v: number): string => formatNumber(v, 2, t);
  const pct = (v: number): string => formatPercent(v, t);
  const file = (name: string): string | null => (context.pictureBase === undefined ? null : `${context.pictureBase}.${name}.svg`);
  const chart = (name: string, title: string, series: LineSeries[], format: (v: number) => string, target?: { value: number; text: string } | null) => ({
    chart: lineChart(series, { title, labels, format, ...(target !== undefined && { target }) }),
    file: file(name),
  });
  const one = (key: keyof TrendSnapshot['summary'], colour: string): LineSeries[] => [
    { name: t.trend.metric[key], colour, values: snapshots.map((s) => s.summary[key]) },
  ];
  const indicatorCharts = trend.indicators.map((indicator, i) => {
    const unit = indicator.unit === null ? '' : ` ${indicator.unit}`;
    const format = (v: number): string => (Number.isInteger(v) ? int(v) : dec(v));
    const target = indicator.target === null ? null : { value: indicator.target, text: fill(t.trend.target, { value: format(indicator.target) + unit }) };
    const values = snapshots.map((s) => s.indicators[indicator.id] ?? null);
    return chart(`indicator-${i + 1}`, `${indicator.id}: ${indicator.name}`, [{ name: indicator.id, colour: '#0072B2', values }], format, target);
  });
  const first = labels[0] ?? '';
  const layerSeries = countSeries(
    snapshots,
    'layers',
    LAYERS,
    (k) => t.layer[k as keyof Labels['layer']],
    (k) => LAYER_COLOURS[k]!,
  );
  const sectorSeries = countSeries(snapshots, 'sectors', SECTORS, (k) => t.sector[k as keyof Labels['sector']], sectorColour);
  return {
    lang: t.lang,
    title: t.trend.report,
    span: fillCount(t.trend.span, snapshots.length, t, { first, last: labels.at(-1) ?? '' }),
    generated: fill(t.text.generated, { version: context.version, asOf: '' }),
    t: t.trend,
    figures: figureTable(snapshots, t),
    layers: { ...chart('layers', t.trend.layersTitle, layerSeries, int), table: seriesTable(layerSeries, labels, t.trend.layersTitle, int) },
    sectors: { ...chart('sectors', t.trend.sectorsTitle, sectorSeries, int), table: seriesTable(sectorSeries, labels, t.trend.sectorsTitle, int) },
    network: [
      chart('density', t.trend.densityChart, one('density', '#0072B2'), dec),
      chart('communities', t.trend.communitiesChart, one('communities', '#009E73'), int),
      chart('cross-sector', t.trend.crossSectorChart, one('crossSectorShare', '#D55E00'), pct),
    ],
    indicators: indicatorCharts,
    indicatorTable: trend.indicators.length === 0 ? null : indicatorTable(trend, t),
  };
}

/** A chart's lines as a table: a row per line, a column per snapshot (what Markdown shows even without its pictures). */
function seriesTable(series: readonly LineSeries[], labels: readonly string[], title: string, write: (v: number) => string): Table {
  return table(
    [title, ...labels],
    series.map((s) => [s.name, ...s.values.map((v) => (v === null ? '–' : write(v)))]),
  );
}

/** One line per layer or sector that any snapshot has, in the vocabulary's order, `unknown` last; a snapshot without it has 0. */
function countSeries(
  snapshots: readonly TrendSnapshot[],
  key: 'layers' | 'sectors',
  order: readonly string[],
  name: (k: string) => string,
  colour: (k: string) => string,
): LineSeries[] {
  const present = new Set(
    snapshots.flatMap((s) =>
      Object.entries(s[key])
        .filter(([, n]) => (n ?? 0) > 0)
        .map(([k]) => k),
    ),
  );
  return [...order, 'unknown'].filter((k) => present.has(k)).map((k) => ({ name: name(k), colour: colour(k), values: snapshots.map((s) => s[key][k] ?? 0) }));
}

function figureTable(snapshots: readonly TrendSnapshot[], t: Labels): Table {
  const m = t.trend.metric;
  const optional = (v: number | null, write: (x: number) => string): string => (v === null ? '–' : write(v));
  // The date is its own column only where it says more than the label (a commit's date beside its hash).
  const dated = snapshots.some((s) => s.date !== s.label);
  const date = (s: TrendSnapshot): string[] => (dated ? [s.date === null ? t.trend.noDate : formatDate(s.date, t)] : []);
  return table(
    [
      t.trend.snapshot,
      ...(dated ? [t.trend.date] : []),
      m.actors,
      m.linksExplicit,
      m.linksDerived,
      m.density,
      m.components,
      m.communities,
      m.modularity,
      m.crossSectorShare,
      m.eiIndex,
    ],
    snapshots.map((s) => [
      formatDate(s.label, t),
      ...date(s),
      formatInteger(s.summary.actors, t),
      formatInteger(s.summary.linksExplicit, t),
      formatInteger(s.summary.linksDerived, t),
      formatNumber(s.summary.density, 2, t),
      formatInteger(s.summary.components, t),
      formatInteger(s.summary.communities, t),
      optional(s.summary.modularity, (x) => formatNumber(x, 2, t)),
      optional(s.summary.crossSectorShare, (x) => formatPercent(x, t)),
      optional(s.summary.eiIndex, (x) => formatNumber(x, 2, t)),
    ]),
    ['left', ...(dated ? (['left'] as const) : []), ...Array<'right'>(9).fill('right')],
  );
}

/** Each indicator's value in each snapshot, and its target. */
function indicatorTable(trend: TrendResult, t: Labels): Table {
  const write = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : formatNumber(v, Number.isInteger(v) ? 0 : 2, t));
  return table(
    [t.indicatorColumn.indicator, ...trend.snapshots.map((s) => formatDate(s.label, t)), t.indicatorColumn.target],
    trend.indicators.map((i) => [`${i.id}: ${i.name}`, ...trend.snapshots.map((s) => write(s.indicators[i.id])), write(i.target)]),
  );
}
