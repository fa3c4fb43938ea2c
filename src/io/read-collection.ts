// Reads one collection of an ecosystem (its actors, links, projects, events or
// goals) from where the manifest points, as it is written: a parsed CSV, a
// workbook's sheet (`kartoitus.xlsx`, its sheet named for the collection;
// `kartoitus.xlsx#Toimijat`, that sheet), or parsed YAML. The model types the
// rows (src/model/table-records.ts). Workbooks are read once per load.
import path from 'node:path';
import { about, error, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import { type CsvFile, parseCsv } from './csv-file.js';
import { COLLECTION_NAMES, type Collection, OTHER_SPREADSHEETS, otherSpreadsheet } from './ecosystem-entry.js';
import { type ReadBudget, readTextFile, type TextKind } from './read-text-file.js';
import type { Sheet, WorkbookRead } from './workbook-file.js';
import { parseYaml, type YamlFile } from './yaml-file.js';

/** Collections that may be tables (CSV or a sheet); the others are YAML only. */
const TABLE_COLLECTIONS: ReadonlySet<Collection> = new Set(['actors', 'links', 'projects', 'events']);

export type RawCollection =
  | { kind: 'csv'; csv: CsvFile; diagnostics: Diagnostic[] }
  | { kind: 'sheet'; file: string; sheet: Sheet; diagnostics: Diagnostic[] }
  | { kind: 'yaml'; yaml: YamlFile; diagnostics: Diagnostic[] }
  | { kind: 'failed'; file: string; diagnostics: Diagnostic[] };

/** What one load shares between its collections: the workbooks read so far, the CSV allowance. */
export interface ReadContext {
  workbooks: Map<string, Promise<WorkbookRead>>;
  budget?: ReadBudget;
  display: (absolute: string) => string;
}

/** `kartoitus.xlsx#Toimijat` → the file and the sheet. */
export function splitSheet(value: string): { file: string; sheet?: string } {
  const match = /^(.*\.xlsx)#(.+)$/i.exec(value);
  return match ? { file: match[1]!, sheet: match[2]! } : { file: value };
}

export async function readCollection(
  name: Collection,
  absolute: string,
  sheetName: string | undefined,
  referencedAt: SourceLocation,
  context: ReadContext,
): Promise<RawCollection> {
  const file = context.display(absolute);
  const table = TABLE_COLLECTIONS.has(name);
  const failed = (diagnostics: Diagnostic[]): RawCollection => ({ kind: 'failed', file, diagnostics });
  if (OTHER_SPREADSHEETS.test(absolute)) throw otherSpreadsheet(absolute, context.display, referencedAt);
  if (/\.xlsx$/i.test(absolute)) {
    if (!table) return failed([error('file-type', referencedAt, { collection: name, allowed: 'YAML', extension: '.xlsx' })]);
    const workbook = await workbookOf(absolute, file, referencedAt, context);
    if (!workbook.ok) {
      if (workbook.unreadable) throw new UnreadableInputError(workbook.diagnostics);
      return failed(workbook.diagnostics);
    }
    const sheets = workbook.workbook.sheets;
    const sheet = sheetName !== undefined ? sheets.find((s) => sameName(s.name, sheetName)) : sheetFor(name, sheets);
    if (sheet) return { kind: 'sheet', file, sheet, diagnostics: workbook.diagnostics.filter((d) => d.location?.sheet === sheet.name) };
    const names = sheets.map((s) => s.name);
    return failed([
      sheetName !== undefined
        ? error('workbook-no-sheet', referencedAt, { sheet: sheetName, sheets: names.join(', '), suggestion: didYouMean(sheetName, names) })
        : error('workbook-no-collection-sheet', referencedAt, {
            collection: name,
            names: COLLECTION_NAMES[name].map((n) => `"${capitalise(n)}"`).join(' or '),
            file: path.basename(absolute),
          }),
    ]);
  }
  const extension = path.extname(absolute.replace(/\.gz$/i, '')).toLowerCase();
  const kind: TextKind | undefined = extension === '.csv' && table ? 'csv' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  if (!kind) {
    const allowed = table ? 'CSV, Excel (.xlsx) or YAML' : 'YAML';
    return failed([error('file-type', referencedAt, { collection: name, allowed, extension: extension || file })]);
  }
  const read = await readTextFile(file, absolute, kind, referencedAt, context.budget);
  if (!read.ok) {
    if (read.unreadable) throw new UnreadableInputError(read.diagnostics);
    return failed(read.diagnostics);
  }
  if (kind === 'csv') {
    const parsed = parseCsv(read.text, file);
    // A row's problem is about that row of the collection.
    const diagnostics = parsed.diagnostics.map((d) => (d.path ? about(d, [name, ...d.path]) : d));
    return parsed.csv ? { kind: 'csv', csv: parsed.csv, diagnostics: [...read.diagnostics, ...diagnostics] } : failed([...read.diagnostics, ...diagnostics]);
  }
  const parsed = parseYaml(read.text, file);
  return parsed.yaml
    ? { kind: 'yaml', yaml: parsed.yaml, diagnostics: [...read.diagnostics, ...parsed.diagnostics] }
    : failed([...read.diagnostics, ...parsed.diagnostics]);
}

/** The collections a workbook's sheets are named for (`workbook:` in a manifest, or a workbook given directly). */
export async function workbookCollections(
  absolute: string,
  referencedAt: SourceLocation,
  context: ReadContext,
): Promise<{ collections: Collection[]; notes: string[] }> {
  const workbook = await workbookOf(absolute, context.display(absolute), referencedAt, context);
  if (!workbook.ok) return { collections: ['actors'], notes: [] };
  const collections: Collection[] = [];
  const used = new Set<Sheet>();
  for (const name of TABLE_COLLECTIONS) {
    const sheet = sheetFor(name, workbook.workbook.sheets);
    if (sheet) {
      collections.push(name);
      used.add(sheet);
    }
  }
  const known = [...TABLE_COLLECTIONS]
    .flatMap((c) => COLLECTION_NAMES[c])
    .map(capitalise)
    .join(', ');
  const notes = workbook.workbook.sheets
    .filter((sheet) => !used.has(sheet) && sheet.rows.length > 0)
    .map((sheet) => `the sheet "${sheet.name}" of ${context.display(absolute)} is not read: sheets are read by their names (${known})`);
  return { collections, notes };
}

/** exceljs and jszip are loaded for the first workbook: most inventories are YAML and CSV, and they would double a command's start. */
function workbookOf(absolute: string, file: string, referencedAt: SourceLocation, context: ReadContext): Promise<WorkbookRead> {
  let read = context.workbooks.get(absolute);
  if (!read) {
    read = import('./workbook-file.js').then((m) => m.readWorkbook(file, absolute, referencedAt, context.budget));
    context.workbooks.set(absolute, read);
  }
  return read;
}

/** The sheet named for the collection (Toimijat, Actors, …); for the actors, else the first sheet not named for another. */
function sheetFor(collection: Collection, sheets: readonly Sheet[]): Sheet | undefined {
  const named = sheets.find((s) => COLLECTION_NAMES[collection].some((n) => sameName(s.name, n)));
  if (named || collection !== 'actors') return named;
  const others = Object.values(COLLECTION_NAMES).flat();
  return sheets.find((s) => !others.some((n) => sameName(s.name, n)));
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
