// Turns diagnostics into the text a person reads or the JSON a program reads.
import type { Diagnostic, SourceLocation } from './diagnostic.js';
import type { Language } from './language.js';
import { messageFor } from './messages.js';
import { countFi } from './messages-fi.js';
import { terminalSafe } from './terminal-safe.js';

/** `path:line:col`, or `kartoitus.xlsx [Toimijat] 6:C` for a workbook's cell. */
export function placeOf(location: SourceLocation | undefined): string {
  return place(location);
}

/** The file and sheet names come from the input's folders and workbooks: shown, never obeyed. */
function place(location: SourceLocation | undefined): string {
  return terminalSafe(rawPlace(location));
}

function rawPlace(location: SourceLocation | undefined): string {
  if (!location) return 'eco';
  if (location.sheet !== undefined) {
    // As a spreadsheet user finds it: kartoitus.xlsx [Toimijat] 6:C
    const cell = location.line === undefined ? '' : ` ${location.line}${location.col === undefined ? '' : `:${columnLetter(location.col)}`}`;
    return `${location.file} [${location.sheet}]${cell}`;
  }
  if (location.line === undefined) return location.file;
  return `${location.file}:${location.line}:${location.col ?? 1}`;
}

/** Where a row is, for a message that points to another one: `actors.csv:3`, `kartoitus.xlsx [Toimijat] 3`. */
export function rowPlace(location: SourceLocation): string {
  if (location.sheet !== undefined) return `${location.file} [${location.sheet}]${location.line === undefined ? '' : ` ${location.line}`}`;
  return location.line === undefined ? location.file : `${location.file}:${location.line}`;
}

/** 1 → A, 27 → AA: a column as Excel names it. */
function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * `path:line:col: severity code: message`. Only the message is in the language
 * asked for: the place, the severity and the code are what programs and
 * editors read from the line, the same in every language.
 */
export function formatDiagnostic(d: Diagnostic, lang: Language = 'en'): string {
  return `${place(d.location)}: ${d.severity} ${d.code}: ${messageFor(d.code, d.args, lang)}`;
}

export interface DiagnosticJson {
  file: string | null;
  /** Present for a cell of a workbook. */
  sheet?: string;
  line: number | null;
  col: number | null;
  severity: Diagnostic['severity'];
  code: Diagnostic['code'];
  message: string;
  args: Diagnostic['args'];
}

/** `code` and `args` are the same in every language; `message` is in `lang`. */
export function diagnosticToJson(d: Diagnostic, lang: Language = 'en'): DiagnosticJson {
  return {
    file: d.location?.file ?? null,
    ...(d.location?.sheet !== undefined && { sheet: d.location.sheet }),
    line: d.location?.line ?? null,
    col: d.location?.col ?? null,
    severity: d.severity,
    code: d.code,
    message: messageFor(d.code, d.args, lang),
    args: d.args,
  };
}

/** "2 errors, 1 warning"; "2 virhettä, 1 varoitus" */
export function summarise(diagnostics: readonly Diagnostic[], lang: Language = 'en'): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return `${counted(errors, 'error', lang)}, ${counted(diagnostics.length - errors, 'warning', lang)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The things the summary lines count, in Finnish: one, and any other number. */
const FINNISH = {
  error: ['virhe', 'virhettä'],
  warning: ['varoitus', 'varoitusta'],
  actor: ['toimija', 'toimijaa'],
  link: ['yhteys', 'yhteyttä'],
} as const;

/** "1 warning", "2 warnings"; "1 varoitus", "2 varoitusta" */
export function counted(n: number, thing: keyof typeof FINNISH, lang: Language = 'en'): string {
  const [one, many] = FINNISH[thing];
  return lang === 'fi' ? countFi(n, one, many) : plural(n, thing);
}
