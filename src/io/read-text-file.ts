// Reads an input file as text, refusing what is not text and bounding size.
// Finnish Excel saves CSV as Windows-1252; such a file is decoded as such and
// reported with a warning rather than garbled.
import { readBounded } from './read-bounded.js';
import { gunzipSync } from 'node:zlib';
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { bytePosition, scanUtf8 } from './utf8-scan.js';
import { decodeWindows1252 } from './windows-1252.js';

export type TextKind = 'yaml' | 'csv';

/**
 * YAML is parsed with source positions at about 2 MB/s; big inventories
 * belong in CSV. CSV is bounded by what one run holds in memory: 128 MB of it
 * in all (about two million actors, or five million links) is validated
 * within Node's default heap; see bench/limits.mjs and the README.
 */
export const MAX_BYTES: Record<TextKind, number> = {
  yaml: 16 * 1024 * 1024,
  csv: 128 * 1024 * 1024,
};

/**
 * Rows of tables one run holds in memory, whatever their width: an actor's
 * row weighs more than a link's, once typed and checked. Measured with
 * bench/limits.mjs; see the README. `eco map` and the commands that map keep
 * to MAP_ROWS (src/model/scale-limits.ts gives the same numbers).
 */
const READ_ROWS = { actors: 2_000_000, all: 5_000_000 };
const MAP_ROWS = { actors: 1_000_000, all: 4_000_000 };

/** What is left of one run's allowance: every CSV file and workbook read, members' included, counts. */
export interface ReadBudget {
  csvBytes: number;
  /** Actors' rows left, and rows of any table (actors included). */
  actorRows: number;
  rows: number;
  /** Which limits these are, for the message: eco validate's, or one map's. */
  purpose: 'read' | 'map';
}

export function newReadBudget(purpose: 'read' | 'map' = 'read'): ReadBudget {
  const rows = purpose === 'map' ? MAP_ROWS : READ_ROWS;
  return { csvBytes: MAX_BYTES.csv, actorRows: rows.actors, rows: rows.all, purpose };
}

/** Counts rows (and, of them, actors' rows) against the budget; the error when there are more than it has left. */
export function takeRows(budget: ReadBudget | undefined, count: { rows: number; actors: number }, where: SourceLocation): Diagnostic | undefined {
  if (!budget) return undefined;
  const limits = budget.purpose === 'map' ? MAP_ROWS : READ_ROWS;
  const kind = count.actors > budget.actorRows ? 'actors' : count.rows > budget.rows ? 'rows' : undefined;
  if (kind !== undefined) {
    const limit = kind === 'actors' ? limits.actors : limits.all;
    return error('file-too-many-rows', where, { rows: kind === 'actors' ? count.actors : count.rows, limit, kind, purpose: budget.purpose });
  }
  budget.actorRows -= count.actors;
  budget.rows -= count.rows;
  return undefined;
}

/** Lines in a text: at least its rows (a quoted cell may hold a line break). */
export function lineCount(text: string): number {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

export type ReadResult =
  | { ok: true; text: string; diagnostics: Diagnostic[] }
  | { ok: false; missing: boolean; unreadable: boolean; diagnostics: Diagnostic[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Stray bytes reported one by one, up to this many. */
const MAX_STRAY_REPORTED = 20;

/**
 * @param file the path as shown to the user
 * @param absolute the path to read
 * @param referencedAt where the input names this file (for a missing file)
 */
export async function readTextFile(file: string, absolute: string, kind: TextKind, referencedAt?: SourceLocation, budget?: ReadBudget): Promise<ReadResult> {
  const where: SourceLocation = { file };
  const limit = kind === 'csv' && budget ? Math.min(MAX_BYTES.csv, budget.csvBytes) : MAX_BYTES[kind];
  const tooLarge = (size: number | undefined): ReadResult =>
    failed(false, false, error('file-too-large', where, { size, limit: MAX_BYTES[kind], kind: kind.toUpperCase(), before: MAX_BYTES[kind] - limit }));
  const read = await readBounded(absolute, limit);
  if (!read.ok) {
    switch (read.problem) {
      case 'missing':
        return referencedAt
          ? failed(true, false, error('file-not-found', referencedAt, { path: file }))
          : failed(true, true, error('input-not-found', undefined, { path: file }));
      case 'folder':
        return failed(false, true, error('input-unreadable', referencedAt ?? where, { path: file, reason: 'it is a folder' }));
      case 'not-regular':
        return failed(false, true, error('input-not-regular', referencedAt ?? where, { path: file }));
      case 'too-large':
        return tooLarge(read.size);
      case 'unreadable':
        return failed(false, true, error('input-unreadable', referencedAt ?? where, { path: file, reason: read.reason }));
    }
  }
  let bytes = read.bytes;
  if (/\.gz$/i.test(absolute)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge(undefined) : failed(false, false, error('file-gzip', where));
    }
  }
  if (kind === 'csv' && budget) budget.csvBytes -= bytes.length;
  return decode(bytes, where);
}

export function decode(bytes: Buffer, where: SourceLocation): ReadResult {
  if (bytes.length === 0) return failed(false, false, error('file-empty', where));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), where, []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), where, []);
  if (looksBinary(bytes)) return failed(false, false, error('file-binary', where));
  try {
    return decoded(utf8.decode(bytes), where, []);
  } catch {
    const scan = scanUtf8(bytes);
    if (scan.multibyte < scan.invalid.length) return decoded(decodeWindows1252(bytes), where, [warning('file-encoding', where)]);
    return decoded(lenientUtf8.decode(bytes), where, strayBytes(bytes, scan.invalid, where.file));
  }
}

/** Each stray byte, where it is (the first few; then how many more). */
function strayBytes(bytes: Uint8Array, offsets: readonly number[], file: string): Diagnostic[] {
  const shown = offsets
    .slice(0, MAX_STRAY_REPORTED)
    .map((offset) =>
      warning('file-invalid-utf8', { file, ...bytePosition(bytes, offset) }, { byte: bytes[offset]!.toString(16).toUpperCase().padStart(2, '0') }),
    );
  if (offsets.length > MAX_STRAY_REPORTED) {
    shown.push(warning('file-invalid-utf8-more', { file }, { count: offsets.length - MAX_STRAY_REPORTED }));
  }
  return shown;
}

function decoded(text: string, where: SourceLocation, diagnostics: Diagnostic[]): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failed(false, false, error('file-empty', where));
  return { ok: true, text: body, diagnostics };
}

/** NUL bytes, or many control characters near the start, mean this is no text file. */
function looksBinary(bytes: Buffer): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 100;
}

function failed(missing: boolean, unreadable: boolean, diagnostic: Diagnostic): ReadResult {
  return { ok: false, missing, unreadable, diagnostics: [diagnostic] };
}
