// The member ecosystems of a network benchmarked against each other, for the
// map report: small multiples (a column of bars per figure, each member a bar,
// the median marked) with each member's rank, the strongest and weakest member
// per figure, and each member's most similar peers. The figures come from
// analysis/member-benchmark.ts; here they are only written out.
import type { BenchmarkFigureRow, MemberFigures, NetworkFigures } from '../model/document-types.js';
import { fill, fillCount, formatNumber, formatPercent, joinAll, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { table } from './table.js';

type Figure = BenchmarkFigureRow['figure'];

/** A bar's length in px: short enough for six figures side by side on an A4 page. */
const BAR = 64;
const COLOUR = { strongest: '#009E73', weakest: '#D55E00', other: '#0072B2' };

export function benchmarkSection(network: NetworkFigures | undefined, t: Labels) {
  const benchmark = network?.benchmark;
  // A document saved before members were benchmarked has no ranks: nothing to show.
  if (!network || !benchmark || network.members.length < 2) return null;
  const b = t.benchmark;
  const members = network.members;
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const figures = benchmark.figures.filter((f) => f.ranked > 0);
  // Goals are scored only on a given date: without one, say why their figures are missing.
  const unscored = members.every((m) => m.onTrack === null) && members.some((m) => m.indicators > 0);
  const ranges = new Map(figures.map((f) => [f.figure, range(f.figure, members)]));
  const usual = usualDirection(figures);
  const cells = (m: MemberFigures) => figures.map((f) => cell(m, f, ranges.get(f.figure)!, t));
  return {
    title: b.title,
    intro: `${b.intro} ${directions(figures, t)}`,
    unscored: unscored ? b.unscored : null,
    legend: b.legend,
    member: t.network.member,
    // "E-I-indeksi" is never broken at its hyphens (a no-break hyphen, U+2011); under
    // the name, which way is better where it is not the way of most figures.
    head: figures.map((f) => ({
      label: b.figure[f.figure].replace(/-/g, '\u2011'),
      better: f.better === usual ? null : b.better[f.better],
    })),
    rows: members.map((m) => ({ name: m.name, cells: cells(m) })),
    medianLabel: b.median,
    medians: figures.map((f) => (f.median === null ? '–' : valueText(f.figure, f.median, t))),
    // Markdown has no bars: each figure with its rank after it.
    table: table(
      [t.network.member, ...figures.map((f) => b.figure[f.figure])],
      [
        ...members.map((m) => [m.name, ...cells(m).map((c) => (c.rank === null ? c.value : `${c.value} (${c.rank})`))]),
        [b.median, ...figures.map((f) => (f.median === null ? '–' : valueText(f.figure, f.median, t)))],
      ],
    ),
    extremesTitle: b.extremesTitle,
    extremes: table([b.column, b.strongest, b.weakest, b.median], extremeRows(network, figures, t), ['left', 'left', 'left', 'right']),
    peersTitle: b.peersTitle,
    measure: b.measure,
    peers: table(
      [t.network.member, b.peers],
      members.map((m) => [m.name, (m.peers ?? []).map((p) => `${nameOf.get(p.id) ?? p.id} (${formatNumber(p.similarity, 2, t)})`).join('; ') || '–']),
      ['left', 'left'],
    ),
  };
}

/**
 * Per figure: its name, the strongest and the weakest members (at most `max`
 * names, with their value), and the median; "all equal" where nobody stands
 * out, and "only one" where a single member has the figure.
 */
export function extremeRows(network: NetworkFigures, figures: readonly BenchmarkFigureRow[], t: Labels, max = 3): string[][] {
  const b = t.benchmark;
  const nameOf = new Map(network.members.map((m) => [m.id, m.name]));
  return figures.map((f) => {
    const group = (ids: readonly string[]): string => {
      const first = network.members.find((m) => m.id === ids[0]);
      const value = first ? figureValue(first, f.figure) : null;
      const names = listOf(
        ids.map((id) => nameOf.get(id) ?? id),
        t,
        max,
      );
      return value === null ? names : `${names} (${valueText(f.figure, value, t)})`;
    };
    const spread = f.strongest.length > 0;
    return [
      b.figure[f.figure],
      spread ? group(f.strongest) : f.ranked > 1 ? b.allEqual : b.onlyOne,
      spread ? group(f.weakest) : '–',
      f.median === null ? '–' : valueText(f.figure, f.median, t),
    ];
  });
}

/** One member's figure: its value and rank, and a bar from the figure's scale with the median marked. */
function cell(m: MemberFigures, f: BenchmarkFigureRow, [low, high]: readonly [number, number], t: Labels) {
  const value = figureValue(m, f.figure);
  const rank = m.ranks?.[f.figure] ?? null;
  const rankText = rank === null ? null : fill(t.benchmark.rank, { rank });
  if (value === null) return { value: '–', rank: null, bar: null };
  const at = (x: number): number => Math.round(Math.min(1, Math.max(0, (x - low) / (high - low))) * BAR * 10) / 10;
  const text = valueText(f.figure, value, t);
  return {
    value: text,
    rank: rankText,
    bar: {
      width: BAR,
      // A px each side, so the median's line shows whole at either end.
      box: BAR + 2,
      filled: at(value),
      colour: f.strongest.includes(m.id) ? COLOUR.strongest : f.weakest.includes(m.id) ? COLOUR.weakest : COLOUR.other,
      hasMedian: f.median !== null,
      medianX: f.median === null ? 0 : at(f.median),
      label: `${t.benchmark.figure[f.figure]} ${text}${rankText === null ? '' : `, ${rankText}`}`,
    },
  };
}

/** The range a figure's bars are drawn on: its natural bounds, or 0 to the largest member's count. */
function range(figure: Figure, members: readonly MemberFigures[]): readonly [number, number] {
  switch (figure) {
    case 'eiIndex':
      return [-1, 1];
    case 'sectorsCovered':
      return [0, 7];
    case 'density':
    case 'onTrackShare':
    case 'overdueShare':
      return [0, 1];
    default:
      return [0, Math.max(1, ...members.map((m) => figureValue(m, figure) ?? 0))];
  }
}

function figureValue(m: MemberFigures, figure: Figure): number | null {
  if (figure === 'onTrackShare') return m.onTrackShare ?? null;
  if (figure === 'overdueShare') return m.overdueShare ?? null;
  return m[figure];
}

function valueText(figure: Figure, value: number, t: Labels): string {
  switch (figure) {
    case 'actors':
    case 'links':
      return formatNumber(value, Number.isInteger(value) ? 0 : 1, t);
    case 'sectorsCovered':
      return `${formatNumber(value, Number.isInteger(value) ? 0 : 1, t)}/7`;
    case 'density':
      return formatNumber(value, 3, t);
    case 'eiIndex':
      return formatNumber(value, 2, t);
    case 'onTrackShare':
    case 'overdueShare':
      return formatPercent(value, t);
  }
}

/** The direction most figures share: the others are marked under their names. */
function usualDirection(figures: readonly BenchmarkFigureRow[]): BenchmarkFigureRow['better'] {
  return figures.filter((f) => f.better === 'lower').length > figures.length / 2 ? 'lower' : 'higher';
}

/** Which way is better: said once when all figures agree, else which figures go the other way. */
function directions(figures: readonly BenchmarkFigureRow[], t: Labels): string {
  const b = t.benchmark;
  const lower = figures.filter((f) => f.better === 'lower').map((f) => fill(b.quoted, { label: b.figure[f.figure] }));
  if (lower.length === 0) return b.allHigher;
  if (lower.length === figures.length) return b.allLower;
  return fillCount(b.lowerBetter, lower.length, t, { list: joinAll(lower, t) });
}
