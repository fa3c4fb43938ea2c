// Reads one collection of an ecosystem (its actors, links, projects, events or
// goals) from where the manifest points: a CSV file, a YAML file, or a sheet
// of an Excel workbook (`kartoitus.xlsx`, its sheet named for the collection;
// `kartoitus.xlsx#Toimijat`, that sheet). Workbooks are read once per load.
import path from 'node:path';
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import type { Locator } from '../diagnostics/locator.js';
import { didYouMean } from '../model/did-you-mean.js';
import { dropUnsafeKeys } from '../model/safe-keys.js';
import { TABLE_FIELDS, tableRecords, type TableEntity } from '../model/table-records.js';
import { parseCsv } from './csv-file.js';
import { COLLECTION_NAMES, OTHER_SPREADSHEETS, otherSpreadsheet, type Collection } from './ecosystem-entry.js';
import { readTextFile, type ReadBudget, type TextKind } from './read-text-file.js';
import { sheetTable } from './sheet-table.js';
import { fileLocator, tableLocator } from './source-map.js';
import { readWorkbook, type Sheet, type WorkbookRead } from './workbook-file.js';
import { parseYaml } from './yaml-file.js';

export const TABLE_ENTITY: Partial<Record<Collection, TableEntity>> = { actors: 'actor', links: 'link', projects: 'project', events: 'event' };

export interface LoadedCollection {
  items?: unknown[];
  locator: Locator;
  diagnostics: Diagnostic[];
}

/** What one load shares between its collections: the workbooks read so far, the CSV allowance. */
export interface CollectionContext {
  workbooks: Map<string, Promise<WorkbookRead>>;
  budget?: ReadBudget;
  display: (absolute: string) => string;
}

/** `kartoitus.xlsx#Toimijat` → the file and the sheet. */
export function splitSheet(value: string): { file: string; sheet?: string } {
  const match = /^(.*\.xlsx)#(.+)$/i.exec(value);
  return match ? { file: match[1]!, sheet: match[2]! } : { file: value };
}

export async function loadCollection(
  name: Collection,
  absolute: string,
  sheetName: string | undefined,
  referencedAt: SourceLocation,
  context: CollectionContext,
): Promise<LoadedCollection> {
  const file = context.display(absolute);
  const entity = TABLE_ENTITY[name];
  const none = fileLocator(file);
  if (OTHER_SPREADSHEETS.test(absolute)) throw otherSpreadsheet(absolute, context.display, referencedAt);
  if (/\.xlsx$/i.test(absolute)) {
    if (!entity) return { locator: none, diagnostics: [error('file-type', referencedAt, { collection: name, allowed: 'YAML', extension: '.xlsx' })] };
    const workbook = await workbookOf(absolute, file, referencedAt, context);
    if (!workbook.ok) {
      if (workbook.unreadable) throw new UnreadableInputError(workbook.diagnostics);
      return { locator: none, diagnostics: workbook.diagnostics };
    }
    const sheet = sheetName !== undefined ? workbook.workbook.sheets.find((s) => sameName(s.name, sheetName)) : sheetFor(name, workbook.workbook.sheets);
    if (!sheet) {
      const names = workbook.workbook.sheets.map((s) => s.name);
      const problem =
        sheetName !== undefined
          ? error('workbook-no-sheet', referencedAt, { sheet: sheetName, sheets: names.join(', '), suggestion: didYouMean(sheetName, names) })
          : error('workbook-no-collection-sheet', referencedAt, {
              collection: name,
              names: COLLECTION_NAMES[name].map((n) => `"${capitalise(n)}"`).join(' or '),
              file: path.basename(absolute),
            });
      return { locator: none, diagnostics: problem ? [problem] : [] };
    }
    return sheetCollection(file, sheet, entity, workbook.diagnostics);
  }
  const extension = path.extname(absolute.replace(/\.gz$/i, '')).toLowerCase();
  const kind: TextKind | undefined = extension === '.csv' && entity ? 'csv' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  if (!kind) {
    const allowed = entity ? 'CSV, Excel (.xlsx) or YAML' : 'YAML';
    return { locator: none, diagnostics: [error('file-type', referencedAt, { collection: name, allowed, extension: extension || file })] };
  }
  const read = await readTextFile(file, absolute, kind, referencedAt, context.budget);
  if (!read.ok) {
    if (read.unreadable) throw new UnreadableInputError(read.diagnostics);
    return { locator: none, diagnostics: read.diagnostics };
  }
  if (kind === 'csv' && entity) {
    const parsed = parseCsv(read.text, file);
    if (!parsed.csv) return { locator: none, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
    const records = tableRecords(parsed.csv, entity);
    return {
      ...(records.records && { items: records.records }),
      locator: tableLocator(parsed.csv, records.columnOf),
      diagnostics: [...read.diagnostics, ...parsed.diagnostics, ...records.diagnostics],
    };
  }
  const parsed = parseYaml(read.text, file);
  if (!parsed.yaml) return { locator: none, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
  if (!Array.isArray(parsed.yaml.value)) {
    return { locator: none, diagnostics: [...read.diagnostics, error('collection-format', parsed.yaml.locate([]), { collection: name })] };
  }
  const unsafe = dropUnsafeKeys(parsed.yaml.value, parsed.yaml);
  return { items: parsed.yaml.value, locator: parsed.yaml, diagnostics: [...read.diagnostics, ...parsed.diagnostics, ...unsafe] };
}

/** The sheets of a workbook that a manifest's `workbook:` (or a workbook given directly) fills collections from. */
export async function workbookCollections(
  absolute: string,
  referencedAt: SourceLocation,
  context: CollectionContext,
): Promise<{ collections: Collection[]; notes: string[] }> {
  const workbook = await workbookOf(absolute, context.display(absolute), referencedAt, context);
  if (!workbook.ok) return { collections: ['actors'], notes: [] };
  const collections: Collection[] = [];
  const notes: string[] = [];
  const used = new Set<Sheet>();
  for (const [name, entity] of Object.entries(TABLE_ENTITY) as [Collection, TableEntity][]) {
    const sheet = sheetFor(name, workbook.workbook.sheets);
    if (sheet && entity) {
      collections.push(name);
      used.add(sheet);
    }
  }
  for (const sheet of workbook.workbook.sheets) {
    if (!used.has(sheet) && sheet.rows.length > 0)
      notes.push(
        `the sheet "${sheet.name}" of ${context.display(absolute)} is not read: sheets are read by their names (${Object.values(COLLECTION_NAMES).slice(0, 4).flat().map(capitalise).join(', ')})`,
      );
  }
  return { collections, notes };
}

function workbookOf(absolute: string, file: string, referencedAt: SourceLocation, context: CollectionContext): Promise<WorkbookRead> {
  let read = context.workbooks.get(absolute);
  if (!read) {
    read = readWorkbook(file, absolute, referencedAt, context.budget);
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

function sheetCollection(file: string, sheet: Sheet, entity: TableEntity, workbookDiagnostics: readonly Diagnostic[]): LoadedCollection {
  const fields = TABLE_FIELDS[entity];
  const squash = (h: string): string =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '');
  const aliasesOf = (field: string): Set<string> => new Set((fields[field]?.aliases ?? []).map(squash));
  const required = Object.entries(fields)
    .filter(([, spec]) => spec.required)
    .map(([field]) => aliasesOf(field));
  const key = required[0] ?? new Set<string>();
  const table = sheetTable(
    file,
    sheet,
    (texts) => required.every((aliases) => texts.some((t) => aliases.has(squash(t)))),
    (header) => key.has(squash(header)),
  );
  const records = tableRecords(table, entity);
  const own = workbookDiagnostics.filter((d) => d.location?.sheet === sheet.name);
  if (sheet.rows.length === 0) own.push(warning('file-empty', { file, sheet: sheet.name }));
  return { ...(records.records && { items: records.records }), locator: tableLocator(table, records.columnOf), diagnostics: [...own, ...records.diagnostics] };
}
