// Parses CSV (as spreadsheets write it) into a header and rows of strings,
// remembering where each record starts so a cell's line and column can be
// found later, only when a diagnostic needs it. Lines are the file's physical
// lines: the header is line 1.
import { parse } from 'csv-parse/sync';
import { about, error, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';

export interface CsvFile {
  file: string;
  delimiter: string;
  header: string[];
  rows: string[][];
  locateHeader(column: number): SourceLocation;
  locateRow(row: number): SourceLocation;
  locateCell(row: number, column: number): SourceLocation;
}

const DELIMITERS = [',', ';', '\t'] as const;

export function parseCsv(text: string, file: string): { csv?: CsvFile; diagnostics: Diagnostic[] } {
  const delimiter = detectDelimiter(text);
  const lines = new LineIndex(text);
  let parsed: string[][];
  try {
    parsed = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    return { diagnostics: [csvError(e, text, delimiter, file, lines)] };
  }
  const starts = recordStarts(text);
  const at = (position: number): SourceLocation => ({ file, ...lines.position(position) });
  const cellStart = (record: number, column: number): number => fieldOffset(text, starts[record] ?? 0, column, delimiter);

  const diagnostics: Diagnostic[] = [];
  const header = (parsed[0] ?? []).map((h) => h.trim());
  const rows: string[][] = [];
  const rowRecords: number[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const record = parsed[i]!;
    if (record.every((cell) => cell.trim() === '')) continue;
    if (record.length !== header.length) {
      // About the row (its index among the rows), so --skip-invalid can leave it out.
      diagnostics.push(about(error('csv-field-count', at(starts[i]!), { found: record.length, expected: header.length }), [rows.length]));
    }
    rows.push(record);
    rowRecords.push(i);
  }
  const csv: CsvFile = {
    file,
    delimiter,
    header,
    rows,
    locateHeader: (column) => at(cellStart(0, column)),
    locateRow: (row) => at(starts[rowRecords[row] ?? 0] ?? 0),
    locateCell: (row, column) => at(cellStart(rowRecords[row] ?? 0, column)),
  };
  return { csv, diagnostics };
}

/** The delimiter used most in the first line, outside quotes: `,` `;` or a tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Where each non-empty record starts: after every newline outside quotes, as
 * csv-parse splits records (its `raw` text drops part of a CRLF, so it cannot be summed).
 */
function recordStarts(text: string): Float64Array {
  const starts: number[] = [];
  let quoted = false;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (!quoted && (ch === 10 || ch === 13 || i === text.length)) {
      if (i > lineStart) starts.push(lineStart);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
    }
  }
  return Float64Array.from(starts);
}

/** The offset where field `column` of the record starting at `start` begins. */
function fieldOffset(text: string, start: number, column: number, delimiter: string): number {
  let quoted = false;
  let field = 0;
  for (let i = start; i < text.length; i++) {
    if (field === column) return i;
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) field++;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  return start;
}

/** Where a quote opens that never closes: the last quote left open at the end of the text. */
function unclosedQuote(text: string, delimiter: string): number {
  let quoted = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (ch === '"' && fieldStart) {
      quoted = true;
      openedAt = i;
    }
    fieldStart = !quoted && (ch === delimiter || ch === '\n' || ch === '\r');
  }
  return openedAt;
}

function csvError(e: unknown, text: string, delimiter: string, file: string, lines: LineIndex): Diagnostic {
  const err = e as { code?: string; message?: string; lines?: number };
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return error('csv-unclosed-quote', { file, ...lines.position(unclosedQuote(text, delimiter)) });
  }
  const detail = (err.message ?? 'unreadable').replace(/^[A-Za-z ]+: /, '');
  const line = typeof err.lines === 'number' && err.lines > 0 ? err.lines : 1;
  return error('csv-syntax', { file, line, col: 1 }, { detail });
}

/** Line starts of a text, computed on first use. */
class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  position(offset: number): { line: number; col: number } {
    if (this.starts === undefined) this.starts = this.build();
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  }

  private build(): number[] {
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    return starts;
  }
}
