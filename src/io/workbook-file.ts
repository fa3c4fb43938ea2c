// Reads an Excel workbook (.xlsx) as analysts keep their inventories, with
// exceljs's streaming reader: every sheet as rows of cell values. Numbers stay
// numbers, date cells become dates, a formula gives its cached value (it is
// never evaluated), rich text its plain text; an error cell or a formula
// Excel never calculated is empty, with a warning at its cell. The workbook's
// bytes are read safely first (a regular file, bounded), and the cells'
// content counts against the run's CSV allowance.
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { readBounded, unreadableReason } from './read-bounded.js';
import { type ReadBudget, takeRows } from './read-text-file.js';
import { type MergedRange, mergedRanges } from './sheet-merges.js';

/** An .xlsx is zipped XML, about a tenth of its content: this bounds what one may unpack to. */
const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

interface SheetRow {
  /** The sheet's own row number (1-based, as Excel shows it). */
  number: number;
  /** Cell values by column (0 = A): string, number, boolean, Date or null. */
  cells: unknown[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** Its merged cells: a value stands in the first cell of each. */
  merges: MergedRange[];
}

interface Workbook {
  file: string;
  sheets: Sheet[];
}

export type WorkbookRead = { ok: true; workbook: Workbook; diagnostics: Diagnostic[] } | { ok: false; unreadable: boolean; diagnostics: Diagnostic[] };

interface CellLike {
  numFmt?: string;
}

/**
 * @param file the path as shown to the user
 * @param referencedAt where the input names this file
 */
export async function readWorkbook(file: string, absolute: string, referencedAt?: SourceLocation, budget?: ReadBudget): Promise<WorkbookRead> {
  const read = await workbookBytes(file, absolute, referencedAt);
  if (!read.ok) return read;
  const streamed = await streamSheets(read.bytes, file, budget);
  if (!streamed.ok) return streamed;
  const { sheets, names, merges, diagnostics } = streamed;
  const ordered = [...sheets.keys()].sort((a, b) => (names.get(a)?.order ?? a) - (names.get(b)?.order ?? b));
  // Warnings were located by the sheet's number; now that the names are known, by its name.
  for (const d of diagnostics)
    if (d.location?.sheet?.startsWith('#')) d.location.sheet = names.get(Number(d.location.sheet.slice(1)))?.name ?? d.location.sheet;
  const sheetOf = (id: number): Sheet => ({ name: names.get(id)?.name ?? `Sheet${id}`, rows: sheets.get(id)!, merges: merges.get(id) ?? [] });
  return { ok: true, workbook: { file, sheets: ordered.map(sheetOf) }, diagnostics };
}

type WorkbookFailure = Extract<WorkbookRead, { ok: false }>;

/** The workbook's bytes, read safely, if they are a zip at all. */
async function workbookBytes(file: string, absolute: string, referencedAt: SourceLocation | undefined): Promise<{ ok: true; bytes: Buffer } | WorkbookFailure> {
  const where: SourceLocation = { file };
  const read = await readBounded(absolute, MAX_WORKBOOK_BYTES);
  if (!read.ok) {
    if (read.problem === 'missing') {
      return referencedAt
        ? { ok: false, unreadable: false, diagnostics: [error('file-not-found', referencedAt, { path: file })] }
        : { ok: false, unreadable: true, diagnostics: [error('input-not-found', undefined, { path: file })] };
    }
    if (read.problem === 'too-large')
      return {
        ok: false,
        unreadable: false,
        diagnostics: [error('file-too-large', where, { size: read.size, limit: MAX_WORKBOOK_BYTES, kind: 'workbook', before: 0 })],
      };
    const code = read.problem === 'not-regular' ? 'input-not-regular' : 'input-unreadable';
    return {
      ok: false,
      unreadable: true,
      diagnostics: [error(code, referencedAt ?? where, { path: file, reason: unreadableReason(read, MAX_WORKBOOK_BYTES) })],
    };
  }
  if (read.bytes.length < 4 || read.bytes.readUInt32LE(0) !== 0x04034b50) {
    return { ok: false, unreadable: false, diagnostics: [error('workbook-unreadable', where, { detail: 'it is not a zipped Excel workbook' })] };
  }
  return read;
}

/** Every sheet's rows that hold a value, by the number of the sheet's part, with warnings located by that number too. */
interface StreamedSheets {
  ok: true;
  sheets: Map<number, SheetRow[]>;
  names: Map<number, { name: string; order: number }>;
  merges: Map<number, MergedRange[]>;
  diagnostics: Diagnostic[];
}

/** Reads every cell, counting the content against the run's CSV allowance. */
async function streamSheets(zipped: Buffer, file: string, budget: ReadBudget | undefined): Promise<StreamedSheets | WorkbookFailure> {
  const where: SourceLocation = { file };
  const diagnostics: Diagnostic[] = [];
  const allowance = budget?.csvBytes ?? Number.POSITIVE_INFINITY;
  let content = 0;
  let rowCount = 0;
  const rowAllowance = budget?.rows ?? Number.POSITIVE_INFINITY;
  const sheets = new Map<number, SheetRow[]>();
  let bytes: Buffer;
  let merging: Promise<Map<number, MergedRange[]>>;
  try {
    const zip = await JSZip.loadAsync(zipped);
    const bomb = unpackedTooLarge(zip, file);
    if (bomb) return { ok: false, unreadable: true, diagnostics: [bomb] };
    bytes = await inReadingOrder(zipped, zip);
    // Started before the cells are read, and taken after: the two passes take turns on the stream of chunks.
    merging = mergedRanges(zip);
    merging.catch(() => undefined);
  } catch (e) {
    return workbookUnreadable(where, e);
  }
  const reader = streamingReader(bytes);
  try {
    for await (const worksheet of reader) {
      const id = Number((worksheet as unknown as { id: string | number }).id);
      const rows: SheetRow[] = [];
      sheets.set(id, rows);
      for await (const row of worksheet) {
        const cells: unknown[] = [];
        const values = row.values as unknown[];
        for (let c = 1; c < values.length; c++) {
          const value = cellValue(values[c], row.getCell(c) as CellLike, (problem) =>
            diagnostics.push(warning(problem.code, { file, sheet: `#${id}`, line: row.number, col: c }, problem.args)),
          );
          cells[c - 1] = value;
          content += typeof value === 'string' ? value.length + 1 : 9;
        }
        if (cells.some((v) => v !== null && v !== undefined && v !== '')) rows.push({ number: row.number, cells });
        // Every row counts, an empty one too (a million `<row/>` take as long to read): past what a run holds, the rest is never read.
        if (++rowCount > rowAllowance) return { ok: false, unreadable: true, diagnostics: [takeRows(budget, { rows: rowCount, actors: 0 }, where)!] };
        if (content > allowance) {
          return {
            ok: false,
            unreadable: false,
            diagnostics: [error('file-too-large', where, { limit: budget ? budget.csvBytes : 0, kind: 'workbook content', before: 0 })],
          };
        }
      }
    }
  } catch (e) {
    return workbookUnreadable(where, e);
  }
  if (budget) budget.csvBytes -= content;
  takeRows(budget, { rows: rowCount, actors: 0 }, where);
  let merges: Map<number, MergedRange[]>;
  try {
    merges = await merging;
  } catch (e) {
    return workbookUnreadable(where, e);
  }
  return { ok: true, sheets, names: sheetNames(reader), merges, diagnostics };
}

function streamingReader(bytes: Buffer): ExcelJS.stream.xlsx.WorkbookReader {
  return new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(slices(bytes)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
}

function workbookUnreadable(where: SourceLocation, e: unknown): WorkbookFailure {
  return { ok: false, unreadable: false, diagnostics: [error('workbook-unreadable', where, { detail: e instanceof Error ? e.message : String(e) })] };
}

/** What a workbook's parts may unpack to: its sheets together, and its shared strings, which the reader holds in memory whole. */
const MAX_UNPACKED = { all: 1024 * 1024 * 1024, sharedStrings: 64 * 1024 * 1024 };

/**
 * A workbook whose parts say they unpack to more than a run holds (a few
 * hundred kilobytes of `<si>` or `<row/>` can stand for gigabytes): refused
 * before it is read. The sizes are the zip directory's own.
 */
function unpackedTooLarge(zip: JSZip, file: string): Diagnostic | undefined {
  let all = 0;
  for (const [name, entry] of Object.entries(zip.files)) {
    const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof size !== 'number') continue;
    all += size;
    if (name === 'xl/sharedStrings.xml' && size > MAX_UNPACKED.sharedStrings) {
      return error('file-too-large', { file }, { size, limit: MAX_UNPACKED.sharedStrings, kind: "a workbook's shared strings", before: 0 });
    }
  }
  return all > MAX_UNPACKED.all ? error('file-too-large', { file }, { size: all, limit: MAX_UNPACKED.all, kind: 'unpacked workbook', before: 0 }) : undefined;
}

/** The parts the streaming reader needs before any sheet (names, shared strings, date formats). */
const FIRST_PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/**
 * The streaming reader takes a workbook's parts in the order they are stored
 * and reads the sheets as they come only once it has the workbook's own parts
 * and its shared strings; otherwise it parks the sheets in temporary files and
 * loses some (exceljs 4.4). Excel stores its own parts first; other writers
 * (openpyxl, LibreOffice, exceljs's own streaming writer) put the sheets
 * first, or keep strings inline with no shared-strings part. For those, copies
 * of the small parts the reader needs first (an empty shared-strings part
 * where there is none) are put in front, as stored entries: the streaming
 * reader takes entries one after another and never looks at the directory at
 * the end, and the sheets are not unpacked and packed again.
 */
async function inReadingOrder(bytes: Buffer, zip: JSZip): Promise<Buffer> {
  const names = Object.keys(zip.files);
  const firstSheet = names.findIndex((n) => n.startsWith('xl/worksheets/'));
  const lastOwn = Math.max(...FIRST_PARTS.map((p) => names.indexOf(p)));
  const hasStrings = zip.files['xl/sharedStrings.xml'] !== undefined;
  if (firstSheet === -1 || (lastOwn < firstSheet && hasStrings)) return bytes;
  const front: Buffer[] = [];
  for (const name of FIRST_PARTS) {
    const entry = zip.files[name];
    if (entry) front.push(storedEntry(name, await entry.async('nodebuffer')));
    else if (name === 'xl/sharedStrings.xml') front.push(storedEntry(name, Buffer.from(EMPTY_SHARED_STRINGS)));
  }
  return Buffer.concat([...front, bytes]);
}

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/** A zip local entry, stored uncompressed (APPNOTE.TXT 4.3.7). */
function storedEntry(name: string, data: Buffer): Buffer {
  const fileName = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(fileName.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, fileName, data]);
}

/**
 * The bytes in pieces of a size a file stream gives: the reader parses each
 * piece into a list of XML events at once, and one piece of a hundred
 * megabytes would be millions of events in memory together.
 */
function* slices(bytes: Buffer): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += SLICE) yield bytes.subarray(i, i + SLICE);
}

const SLICE = 64 * 1024;

/** Sheet names and their order in the workbook, by the number of their sheetN.xml part. */
function sheetNames(reader: unknown): Map<number, { name: string; order: number }> {
  const { model, workbookRels } = reader as { model?: { sheets?: { name: string; rId: string }[] }; workbookRels?: { Id: string; Target: string }[] };
  const targets = new Map((workbookRels ?? []).map((r) => [r.Id, r.Target]));
  const names = new Map<number, { name: string; order: number }>();
  (model?.sheets ?? []).forEach((sheet, order) => {
    const part = /sheet(\d+)\.xml$/.exec(targets.get(sheet.rId) ?? '');
    if (part) names.set(Number(part[1]), { name: sheet.name, order });
  });
  return names;
}

type CellProblem = { code: 'workbook-cell-error' | 'workbook-formula-no-value'; args: Record<string, string> };

/** A cell's value as eco takes it: never a formula, never an error. */
function cellValue(value: unknown, cell: CellLike, report: (problem: CellProblem) => void): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record['richText'])) return (record['richText'] as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('error' in record) {
    report({ code: 'workbook-cell-error', args: { value: String(record['error']) } });
    return null;
  }
  if ('formula' in record || 'sharedFormula' in record) {
    const result = record['result'];
    if (result === undefined || result === null) {
      report({ code: 'workbook-formula-no-value', args: { formula: String(record['formula'] ?? record['sharedFormula'] ?? '') } });
      return null;
    }
    if ((typeof result === 'object' && result !== null && 'error' in result) || (typeof result === 'number' && Number.isNaN(result))) {
      report({ code: 'workbook-cell-error', args: { value: String((result as { error: unknown }).error) } });
      return null;
    }
    if (typeof result === 'number' && isDateFormat(cell.numFmt)) return excelSerialDate(result);
    return result;
  }
  if ('text' in record) return String(record['text']);
  return null;
}

function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '');
  return /[dmyDMY]/.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** Excel's day count (1900 system, with its phantom 29 February) as a calendar date at midnight UTC. */
function excelSerialDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400) * 1000);
}
