// The trend as the terminal shows it: the span, then one aligned table of
// each snapshot's figures, and one of each indicator's values.
import type { TrendResult } from '../analysis/trend.js';
import type { Labels } from './i18n/en.js';
import type { Table } from './table.js';
import { trendView } from './trend-view.js';

export function trendText(trend: TrendResult, t: Labels): string {
  const view = trendView(trend, t, { version: '' });
  const lines = [`${view.title}: ${view.span}`, '', ...aligned(view.figures)];
  if (view.indicatorTable) lines.push('', ...aligned(view.indicatorTable));
  return `${lines.join('\n')}\n`;
}

/** Columns padded to their widest cell, numbers to the right. */
function aligned(table: Table): string[] {
  const rows = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const pad = (cell: string, i: number): string => {
    const fill = ' '.repeat(widths[i]! - [...cell].length);
    return table.align[i] === 'right' ? fill + cell : cell + fill;
  };
  return rows.map((r) => `  ${r.map(pad).join('  ')}`.trimEnd());
}
