// The terminal summary of `eco map`: the headline figures and the top actors,
// within 80 columns. Plain text; the Markdown and HTML reports are templates.
import type { MapResult, Method } from '../analysis/map-result.js';

const WIDTH = 80;

export function mapText(result: MapResult): string {
  const title = `${result.ecosystem.name} (${result.ecosystem.id})`;
  const lines = [clip(title), '='.repeat(Math.min(WIDTH, title.length)), '', ...figureLines(result.summary)];
  if (result.missingSectors.length > 0) lines.push('', ...wrap(`Sectors missing: ${result.missingSectors.join(', ')}`));
  if (result.network) lines.push(...memberLines(result.network));
  lines.push(...topActorLines(result), ...attentionLines(result));
  return `${lines.join('\n')}\n`;
}

function figureLines(s: MapResult['summary']): string[] {
  const rows: [string, string][] = [
    ['actors', String(s.actors)],
    ['links (distinct pairs)', String(s.links)],
    ['density', fixed(s.density, 4)],
    ['components', `${s.components} (largest holds ${percent(s.largestComponentShare)} of actors)`],
    ['isolated actors', String(s.isolates)],
    ['diameter', `${s.diameter}${methodNote(s.pathLengthMethod, ' (lower bound)')}`],
    ['average path length', `${fixed(s.averagePathLength, 2)}${methodNote(s.pathLengthMethod)}`],
    ['average clustering', fixed(s.averageClustering, 3)],
    ['communities', `${s.communities}, modularity ${s.modularity === null ? 'n/a' : fixed(s.modularity, 3)}`],
    ['cross-sector links', s.crossSectorShare === null ? 'n/a' : `${percent(s.crossSectorShare)}, E-I index ${fixed(s.eiIndex ?? 0, 2)}`],
    ['betweenness', s.betweennessMethod === 'exact' ? 'exact' : `sampled from ${s.betweennessMethod.sample} sources`],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => clip(`  ${label.padEnd(labelWidth)}  ${value}`));
}

function memberLines(n: NonNullable<MapResult['network']>): string[] {
  return [
    '',
    `Members (${n.members.length}); ${n.shared.length} actors shared, ${n.crossMemberLinks.count} links between members`,
    '',
    ...table(
      n.members.map((m) => [m.name, String(m.actors), String(m.links), fixed(m.density, 3)]),
      ['member', 'actors', 'links', 'density'],
      1,
    ),
  ];
}

function topActorLines(result: MapResult): string[] {
  const byDegree = [...result.actors].sort((a, b) => b.degree - a.degree || b.strength - a.strength).slice(0, 10);
  return [
    '',
    'Top actors by betweenness',
    '',
    ...table(
      result.brokers.map((b) => [b.name, b.sector ?? '–', fixed(b.betweenness, 3), String(b.degree)]),
      ['actor', 'sector', 'betw.', 'degree'],
    ),
    '',
    'Top actors by degree',
    '',
    ...table(
      byDegree.map((a) => [a.name, a.sector ?? '–', String(a.degree), fixed(a.strength, 1)]),
      ['actor', 'sector', 'degree', 'strength'],
    ),
  ];
}

/** What a reader may act on: how fragile the network is, and whom to draw in. */
function attentionLines(result: MapResult): string[] {
  const lines: string[] = [];
  const f = result.fragmentation;
  if (f.removed.length > 0) {
    lines.push(
      '',
      ...wrap(
        `If the top ${f.removed.length} brokers left, the largest component would hold ${percent(f.after.largestShare)} of actors (now ${percent(f.before.largestShare)}).`,
      ),
    );
  }
  const toActivate = result.activation.potentialNoTies.length + result.activation.weaklyTied.length;
  if (toActivate > 0) {
    lines.push(
      ...wrap(
        `${result.activation.weaklyTied.length} actors have a single tie and ${result.activation.potentialNoTies.length} potential members none: candidates to activate.`,
      ),
    );
  }
  return lines;
}

/** Columns from `firstNumber` on are right-aligned numbers. */
function table(rows: string[][], header: string[], firstNumber = 2): string[] {
  if (rows.length === 0) return ['  (none)'];
  const numeric = header.map((_, i) => i >= firstNumber);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fixedWidth = widths.slice(1).reduce((s, w) => s + w + 2, 2);
  widths[0] = Math.min(widths[0]!, WIDTH - fixedWidth);
  const line = (cells: string[]): string =>
    `  ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : clip(c, widths[i]!).padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
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

function fixed(x: number, digits: number): string {
  return x.toFixed(digits);
}

function percent(x: number): string {
  return `${(x * 100).toFixed(0)} %`;
}

function methodNote(method: Method, exactNote = ''): string {
  return method === 'exact' ? '' : `${exactNote} (from ${method.sample} sampled sources)`.replace(/^ \(lower bound\) \(/, ' (lower bound, ');
}
