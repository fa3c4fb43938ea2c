// The terminal summary of `eco map`: the headline figures and the top actors,
// within 80 columns. Plain text; the Markdown and HTML reports are templates.
import type { MapResult, Method } from '../analysis/map-result.js';
import { extremeRows } from './benchmark-view.js';
import { dataQualityLines } from './data-quality-view.js';
import { fill, fillCount, formatInteger, formatNumber, formatPercent, joinAll } from './format.js';
import type { Labels } from './i18n/en.js';
import { stability } from './sampling-words.js';

const WIDTH = 80;

export function mapText(result: MapResult, t: Labels): string {
  const title = `${result.ecosystem.name} (${result.ecosystem.id})`;
  const lines = [clip(title), '='.repeat(Math.min(WIDTH, title.length)), '', ...figureLines(result.summary, t)];
  if (result.missingSectors.length > 0) {
    const list = joinAll(
      result.missingSectors.map((s) => t.sector[s].toLowerCase()),
      t,
    );
    lines.push('', ...wrap(fillCount(t.terminal.sectorsMissing, result.missingSectors.length, t, { list })));
  }
  if (result.network) lines.push(...memberLines(result.network, t));
  lines.push(...topActorLines(result, t), ...attentionLines(result, t), ...dataQualityLines(result.dataQuality, t).flatMap((l) => (l === '' ? [l] : wrap(l))));
  return `${lines.join('\n')}\n`;
}

function figureLines(s: MapResult['summary'], t: Labels): string[] {
  const w = t.terminal;
  const int = (x: number): string => formatInteger(x, t);
  const fixed = (x: number, digits: number): string => formatNumber(x, digits, t);
  const sampled = (method: Method): string | null => (method === 'exact' ? null : fillCount(w.sampledSources, method.sample, t));
  const notes = (...parts: (string | null)[]): string => {
    const shown = parts.filter((p) => p !== null);
    return shown.length > 0 ? ` (${shown.join(', ')})` : '';
  };
  const rows: [string, string][] = [
    [w.actors, int(s.actors)],
    [w.links, int(s.links)],
    [w.density, fixed(s.density, 4)],
    [w.components, fill(w.componentsValue, { count: int(s.components), share: formatPercent(s.largestComponentShare, t) })],
    [w.isolates, int(s.isolates)],
    [w.diameter, `${int(s.diameter)}${s.pathLengthMethod === 'exact' ? '' : notes(w.lowerBound, sampled(s.pathLengthMethod))}`],
    [w.averagePathLength, `${fixed(s.averagePathLength, 2)}${notes(sampled(s.pathLengthMethod))}`],
    [w.averageClustering, fixed(s.averageClustering, 3)],
    [w.groups, fill(w.groupsValue, { count: int(s.communities), modularity: s.modularity === null ? w.notAvailable : fixed(s.modularity, 3) })],
    [
      w.crossSector,
      s.crossSectorShare === null ? w.notAvailable : fill(w.crossSectorValue, { share: formatPercent(s.crossSectorShare, t), ei: fixed(s.eiIndex ?? 0, 2) }),
    ],
    [w.betweenness, s.betweennessMethod === 'exact' ? w.exact : fillCount(w.sampled, s.betweennessMethod.sample, t)],
    ...(s.betweennessMethod !== 'exact' && stability(s.betweennessMethod, t, 'terminal') !== ''
      ? [[w.topBrokers, stability(s.betweennessMethod, t, 'terminal')] as [string, string]]
      : []),
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => clip(`  ${label.padEnd(labelWidth)}  ${value}`));
}

function memberLines(n: NonNullable<MapResult['network']>, t: Labels): string[] {
  const int = (x: number): string => formatInteger(x, t);
  return [
    '',
    ...wrap(fill(t.terminal.members, { count: int(n.members.length), shared: int(n.shared.length), crossing: int(n.crossMemberLinks.count) })),
    '',
    ...table(
      n.members.map((m) => [m.name, int(m.actors), int(m.links), formatNumber(m.density, 3, t)]),
      [t.terminal.member, t.terminal.memberActors, t.terminal.memberLinks, t.terminal.density],
      t,
      1,
    ),
    ...strongestLines(n, t),
  ];
}

/** The strongest member ecosystem by each figure where the members differ: names clipped to the line. */
function strongestLines(n: NonNullable<MapResult['network']>, t: Labels): string[] {
  const figures = (n.benchmark?.figures ?? []).filter((f) => f.strongest.length > 0);
  if (figures.length === 0) return [];
  const rows = extremeRows(n, figures, t, 1);
  const labelWidth = Math.max(...rows.map(([figure]) => figure!.length));
  const indent = ' '.repeat(labelWidth + 4);
  return [
    '',
    ...wrap(t.terminal.strongest),
    '',
    ...rows.flatMap(([figure, strongest]) =>
      wrap(`${figure!.padEnd(labelWidth)}  ${strongest}`, WIDTH - 2).map((line, i) => (i === 0 ? `  ${line}` : `${indent}${line}`)),
    ),
  ];
}

function topActorLines(result: MapResult, t: Labels): string[] {
  const w = t.terminal;
  const sector = (s: string | null): string => t.sectorOne[(s ?? 'unknown') as keyof Labels['sectorOne']];
  const byDegree = [...result.actors].sort((a, b) => b.degree - a.degree || b.strength - a.strength).slice(0, 10);
  return [
    '',
    w.topByBetweenness,
    '',
    ...table(
      result.brokers.map((b) => [b.name, sector(b.sector), formatNumber(b.betweenness, 3, t), formatInteger(b.degree, t)]),
      [w.actor, w.sector, w.betweennessShort, w.degree],
      t,
    ),
    '',
    w.topByDegree,
    '',
    ...table(
      byDegree.map((a) => [a.name, sector(a.sector), formatInteger(a.degree, t), formatNumber(a.strength, 1, t)]),
      [w.actor, w.sector, w.degree, w.strength],
      t,
    ),
  ];
}

/** What a reader may act on: how fragile the network is, and whom to draw in. */
function attentionLines(result: MapResult, t: Labels): string[] {
  const lines: string[] = [];
  const f = result.fragmentation;
  if (f.removed.length > 0) {
    lines.push(
      '',
      ...wrap(
        fillCount(t.terminal.fragmentation, f.removed.length, t, {
          after: formatPercent(f.after.largestShare, t),
          before: formatPercent(f.before.largestShare, t),
        }),
      ),
    );
  }
  const { weaklyTied, potentialNoTies } = result.activation;
  if (weaklyTied.length + potentialNoTies.length > 0) {
    lines.push(...wrap(fill(t.terminal.activate, { weaklyTied: formatInteger(weaklyTied.length, t), potential: formatInteger(potentialNoTies.length, t) })));
  }
  return lines;
}

/** Columns from `firstNumber` on are right-aligned numbers. */
function table(rows: string[][], header: string[], t: Labels, firstNumber = 2): string[] {
  if (rows.length === 0) return [`  ${t.terminal.none}`];
  const numeric = header.map((_, i) => i >= firstNumber);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fixedWidth = widths.slice(1).reduce((s, w) => s + w + 2, 2);
  widths[0] = Math.min(widths[0]!, WIDTH - fixedWidth);
  const line = (cells: string[]): string =>
    `  ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : clip(c, widths[i]!).padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function wrap(text: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

function clip(text: string, width = WIDTH): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
