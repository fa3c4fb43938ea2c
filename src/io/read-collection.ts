// Reads one collection of an ecosystem (its actors, links, projects, events or
// goals) from where the manifest points, as it is written: a parsed CSV, a
// workbook's sheet (`kartoitus.xlsx`, its sheet named for the collection;
// `kartoitus.xlsx#Toimijat`, that sheet), or parsed YAML. Goals kept as a
// table bring their indicators', tasks' and measurements' tables along. The model types the
// rows (src/model/table-records.ts). Workbooks are read once per load.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { about, error, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import { type CsvFile, parseCsv } from './csv-file.js';
import {
  COLLECTION_NAMES,
  type Collection,
  companionTables,
  GOAL_PARTS,
  type GoalPart,
  isWorkbookInput,
  OTHER_SPREADSHEETS,
  otherSpreadsheet,
} from './ecosystem-entry.js';
import { lineCount, type ReadBudget, readTextFile, type TextKind, takeRows } from './read-text-file.js';
import type { Sheet, WorkbookRead } from './workbook-file.js';
import { parseYaml, type YamlFile } from './yaml-file.js';

/** Collections read from a workbook's sheets, in this order. */
const TABLE_COLLECTIONS: readonly Collection[] = ['actors', 'links', 'projects', 'events', 'goals'];

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
  const match = /^(.*\.xls[xm])#(.+)$/i.exec(value);
  return match ? { file: match[1]!, sheet: match[2]! } : { file: value };
}

/**
 * @param name the collection, or a part of the goals (their indicators, tasks, measurements) read from a table beside them
 */
export async function readCollection(
  name: Collection | GoalPart,
  absolute: string,
  sheetName: string | undefined,
  referencedAt: SourceLocation,
  context: ReadContext,
): Promise<RawCollection> {
  const file = context.display(absolute);
  const failed = (diagnostics: Diagnostic[]): RawCollection => ({ kind: 'failed', file, diagnostics });
  if (OTHER_SPREADSHEETS.test(absolute)) throw otherSpreadsheet(absolute, context.display, referencedAt);
  if (isWorkbookInput(absolute)) {
    const workbook = await workbookOf(absolute, file, referencedAt, context);
    if (!workbook.ok) {
      if (workbook.unreadable) throw new UnreadableInputError(workbook.diagnostics);
      return failed(workbook.diagnostics);
    }
    const sheets = workbook.workbook.sheets;
    if (sheetName === undefined) {
      const twice = namedSheets(name, sheets);
      if (twice.length > 1) {
        const names = twice.map((s) => `"${s.name}"`).join(' and ');
        return failed([error('workbook-sheets-twice', referencedAt, { collection: name, sheets: names, file: path.basename(absolute) })]);
      }
    }
    const sheet =
      sheetName !== undefined ? sheets.find((s) => sameName(s.name, sheetName)) : sheetFor(name, sheets, path.basename(absolute, path.extname(absolute)));
    if (sheet) {
      // A workbook's rows count against the run's rows as it is read (src/io/workbook-file.ts); its actors' rows here.
      const tooMany = name === 'actors' ? takeRows(context.budget, { rows: 0, actors: sheet.rows.length }, { file, sheet: sheet.name }) : undefined;
      // More than a run holds stops the run at once (exit 2): reading on would only fill the memory.
      if (tooMany) throw new UnreadableInputError([tooMany]);
      return { kind: 'sheet', file, sheet, diagnostics: workbook.diagnostics.filter((d) => d.location?.sheet === sheet.name) };
    }
    const names = sheets.map((s) => s.name);
    return failed([
      sheetName !== undefined
        ? error('workbook-no-sheet', referencedAt, { sheet: sheetName, sheets: names.join(', '), suggestion: didYouMean(sheetName, names) })
        : error('workbook-no-collection-sheet', referencedAt, {
            collection: name,
            names: namesOf(name)
              .map((n) => `"${capitalise(n)}"`)
              .join(' or '),
            file: path.basename(absolute),
          }),
    ]);
  }
  const extension = path.extname(absolute.replace(/\.gz$/i, '')).toLowerCase();
  const kind: TextKind | undefined = extension === '.csv' ? 'csv' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  if (!kind) return failed([error('file-type', referencedAt, { collection: name, allowed: 'CSV, Excel (.xlsx) or YAML', extension: extension || file })]);
  const read = await readTextFile(file, absolute, kind, referencedAt, context.budget);
  if (!read.ok) {
    if (read.unreadable) throw new UnreadableInputError(read.diagnostics);
    return failed(read.diagnostics);
  }
  if (kind === 'csv') {
    // Counted before parsing: past the limit, parsing alone could fill the memory.
    const rows = Math.max(0, lineCount(read.text) - 1);
    const tooMany = takeRows(context.budget, { rows, actors: name === 'actors' ? rows : 0 }, { file });
    if (tooMany) throw new UnreadableInputError([tooMany]);
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
  const sheets = workbook.workbook.sheets;
  const collections: Collection[] = [];
  const used = new Set<Sheet>();
  for (const name of TABLE_COLLECTIONS) {
    const sheet = sheetFor(name, sheets);
    if (sheet) {
      collections.push(name);
      // Two sheets named for one collection are an error when it is read; neither is "not read".
      for (const s of [sheet, ...namedSheets(name, sheets)]) used.add(s);
    }
  }
  // With no sheet of actors, reading them says so, naming the workbook: not that a manifest lacks them.
  if (!collections.includes('actors')) collections.unshift('actors');
  if (collections.includes('goals')) {
    for (const part of Object.keys(GOAL_PARTS) as GoalPart[]) {
      const sheet = sheetFor(part, sheets);
      if (sheet) used.add(sheet);
    }
  }
  const known = [...TABLE_COLLECTIONS.flatMap((c) => COLLECTION_NAMES[c]), ...Object.values(GOAL_PARTS).flat()].map(capitalise).join(', ');
  const notes = sheets
    .filter((sheet) => !used.has(sheet) && sheet.rows.length > 0 && !FIGURE_SHEETS.some((n) => sameName(sheet.name, n)))
    .map((sheet) => `the sheet "${sheet.name}" of ${context.display(absolute)} is not read: sheets are read by their names (${known})`);
  return { collections, notes };
}

const PART_WORDS: Record<GoalPart, string> = {
  indicators: "the goals' indicators are",
  tasks: "the goals' tasks are",
  history: "the indicators' measurements are",
};

/** The sheets of figures `eco export --to xlsx` writes beside its actors and links: read back without a note. */
const FIGURE_SHEETS = ['Sektorimatriisi', 'Ryhmät', 'Välittäjät', 'Aineiston laatu', 'Sector matrix', 'Communities', 'Brokers', 'Data quality'];

/** A goals table's indicators, tasks and measurements: the sheets of its workbook named for them, or the CSV files beside it. */
export async function readGoalParts(
  goals: RawCollection,
  absolute: string,
  referencedAt: SourceLocation,
  context: ReadContext,
): Promise<{ parts: Map<GoalPart, RawCollection>; files: string[]; notes: string[] }> {
  const parts = new Map<GoalPart, RawCollection>();
  const files: string[] = [];
  const notes: string[] = [];
  if (goals.kind === 'sheet') {
    const workbook = await workbookOf(absolute, goals.file, referencedAt, context);
    if (!workbook.ok) return { parts, files, notes };
    for (const part of Object.keys(GOAL_PARTS) as GoalPart[]) {
      const sheet = sheetFor(part, workbook.workbook.sheets);
      if (sheet) parts.set(part, { kind: 'sheet', file: goals.file, sheet, diagnostics: workbook.diagnostics.filter((d) => d.location?.sheet === sheet.name) });
    }
  } else if (goals.kind === 'csv') {
    const folder = path.dirname(absolute);
    const beside = companionTables('goals', absolute, await readdir(folder).catch(() => [] as string[]));
    for (const part of Object.keys(GOAL_PARTS) as GoalPart[]) {
      const name = beside[part];
      if (name === undefined) continue;
      const file = path.join(folder, name);
      files.push(file);
      notes.push(`${PART_WORDS[part]} read from ${context.display(file)}, beside ${context.display(absolute)}`);
      parts.set(part, await readCollection(part, file, undefined, referencedAt, context));
    }
  }
  return { parts, files, notes };
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

/**
 * The sheet named for the collection (Toimijat, Actors, …, Mittarit for the
 * goals' indicators). Else the first sheet not named for another: for the
 * actors, and for a collection whose workbook is named for it (tavoitteet.xlsx).
 */
function sheetFor(collection: Collection | GoalPart, sheets: readonly Sheet[], workbookName?: string): Sheet | undefined {
  const names = namesOf(collection);
  const named = namedSheets(collection, sheets)[0];
  if (named) return named;
  if (collection !== 'actors' && !names.some((n) => workbookName !== undefined && sameName(workbookName, n))) return undefined;
  const others = [...Object.values(COLLECTION_NAMES).flat(), ...Object.values(GOAL_PARTS).flat()];
  return sheets.find((s) => !others.some((n) => sameName(s.name, n)));
}

/** The sheets named for a collection: one, or none; two (Toimijat and Actors) cannot say which is meant. */
function namedSheets(collection: Collection | GoalPart, sheets: readonly Sheet[]): Sheet[] {
  const names = namesOf(collection);
  return sheets.filter((s) => names.some((n) => sameName(s.name, n)));
}

function namesOf(name: Collection | GoalPart): readonly string[] {
  return name in GOAL_PARTS ? GOAL_PARTS[name as GoalPart] : COLLECTION_NAMES[name as Collection];
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
