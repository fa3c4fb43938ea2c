// Lays a view model out with a Handlebars template. One private Handlebars
// instance holds the helpers; Markdown is rendered without HTML escaping and
// escapes its own special characters instead.
import Handlebars from 'handlebars';
import { EnvironmentError } from '../diagnostics/errors.js';
import { xmlSafe } from '../model/text-safety.js';
import type { Table } from './table.js';

export type Markup = 'md' | 'html' | 'svg';

export interface Templates {
  main: string;
  partials: Record<string, string>;
  /** Scripts by name that a page carries inline (the network explorer). */
  assets?: Record<string, string>;
  /** A user's own template (as shown in messages): its mistakes are theirs, not eco's bugs. */
  file?: string;
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
  try {
    const template = instance.compile(templates.main, { noEscape: markup === 'md', strict: false, preventIndent: true });
    // Handlebars escapes markup but passes control characters through; XML (and so SVG) forbids them.
    return xmlSafe(template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
  } catch (e) {
    if (templates.file === undefined) throw e;
    throw templateError(templates.file, templates.main, e);
  }
}

/** One line naming the template file and line: `my.hbs:3: Missing helper: "foo"`. */
function templateError(file: string, source: string, e: unknown): EnvironmentError {
  const message = e instanceof Error ? e.message : String(e);
  const line = (e as { lineNumber?: number }).lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? helperLine(source, message) ?? Number.NaN);
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // A parse error reads "Parse error on line 3:", the offending text, a caret, then what was expected.
  const detail = /^Parse error/.test(lines[0] ?? '') ? (lines.at(-1) ?? message) : (lines[0] ?? message).replace(/ - \d+:\d+$/, '');
  return new EnvironmentError(`${file}${Number.isFinite(line) ? `:${line}` : ''}: the template has an error: ${detail}`);
}

/** Handlebars reports a missing helper without its place: the first line that calls it. */
function helperLine(source: string, message: string): number | undefined {
  const name = /^Missing helper: "([^"]+)"/.exec(message)?.[1];
  if (name === undefined) return undefined;
  const call = new RegExp(`\\{\\{~?[#^]?\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s}~]`);
  const index = source.split('\n').findIndex((line) => call.test(line));
  return index === -1 ? undefined : index + 1;
}
