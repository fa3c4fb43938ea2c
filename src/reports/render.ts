// Lays a view model out with a Handlebars template. One private Handlebars
// instance holds the helpers; Markdown is rendered without HTML escaping and
// escapes its own special characters instead.
import Handlebars from 'handlebars';
import type { Table } from './table.js';

export type Markup = 'md' | 'html' | 'svg';

export interface Templates {
  main: string;
  partials: Record<string, string>;
}

/** Backslash-escapes what Markdown would read as markup, so input text shows as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^#/, '\\#')
    .replace(/\r?\n/g, ' ');
}

function markdownTable(table: Table | null | undefined): string {
  if (!table) return '';
  const cells = [table.header, ...table.rows].map((row) => row.map((cell) => escapeMarkdown(cell)));
  const widths = table.header.map((_, i) => Math.max(3, ...cells.map((row) => [...(row[i] ?? '')].length)));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat(widths[i]! - [...text].length);
    return table.align[i] === 'right' ? fill + text : text + fill;
  };
  const line = (row: string[]): string => `| ${row.map((c, i) => pad(c, i)).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (table.align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function render(templates: Templates, view: object, markup: Markup): string {
  // A private instance per rendering: partials and helpers never leak between reports.
  const instance = Handlebars.create();
  instance.registerHelper('md', (value: unknown) => (value === null || value === undefined ? '' : escapeMarkdown(String(value))));
  instance.registerHelper('mdTable', markdownTable);
  for (const [name, source] of Object.entries(templates.partials)) instance.registerPartial(name, source);
  const template = instance.compile(templates.main, { noEscape: markup === 'md', strict: false, preventIndent: true });
  return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}
