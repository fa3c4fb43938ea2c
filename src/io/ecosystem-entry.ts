// What an input names: a manifest; a folder holding one; a folder of tables
// without one (toimijat.csv and yhteydet.csv, actors.xlsx, one workbook); or a
// table given directly (an actors CSV, with the links file beside it; a
// workbook). Files are recognised by their Finnish or English names. The
// choice is made from a folder's file names alone, so that reading a revision
// out of git (src/io/git-snapshot.ts) copies the very files a load reads.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { error, type SourceLocation } from '../diagnostics/diagnostic.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import { exists } from './file-exists.js';

export const COLLECTIONS = ['actors', 'links', 'projects', 'events', 'goals'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The names a collection's file or sheet goes by, Finnish and English. */
export const COLLECTION_NAMES: Record<Collection, readonly string[]> = {
  actors: ['toimijat', 'actors'],
  links: ['yhteydet', 'suhteet', 'links'],
  projects: ['hankkeet', 'projects'],
  events: ['tapahtumat', 'events'],
  goals: ['tavoitteet', 'goals'],
};

/**
 * Goals kept as tables: their indicators, tasks and the indicators'
 * measurements over time are tables of their own, beside the goals CSV
 * (mittarit.csv, tehtävät.csv, mittaushistoria.csv) or sheets of its workbook.
 */
export const GOAL_PARTS = {
  indicators: ['mittarit', 'indicators'],
  tasks: ['tehtävät', 'tehtavat', 'tasks'],
  history: ['mittaushistoria', 'mittaukset', 'history', 'measurements'],
} as const;
export type GoalPart = keyof typeof GOAL_PARTS;

const TABLE_EXTENSIONS = ['.csv', '.csv.gz', '.xlsx', '.xlsm', '.yaml', '.yml'];
const OTHER_EXTENSIONS = ['.xls', '.ods', '.numbers', '.xlsb', '.fods'];
const CSV_EXTENSIONS = ['.csv', '.csv.gz'];

/** Spreadsheet formats eco does not read, for a one-line "save it as .xlsx or CSV". */
export const OTHER_SPREADSHEETS = /\.(ods|xls|xlsb|numbers|fods)$/i;

/** An actors CSV given as the input itself (its links come with --links, or from the file beside it). */
export function isCsvInput(input: string): boolean {
  return /\.csv(\.gz)?$/i.test(input);
}

/** An Excel workbook: .xlsx, or .xlsm, whose macros are never run. */
export function isWorkbookInput(input: string): boolean {
  return /\.xls[xm]$/i.test(input);
}

/** A manifest, or a folder or table read as if it had one (its collections as absolute paths). */
export type Entry =
  | { kind: 'manifest'; manifest: string }
  | { kind: 'synthetic'; folder: string; origin: string; synthetic: Record<string, unknown>; notes: string[] };

export async function resolveEntry(absolute: string, links: string | undefined, display: (p: string) => string): Promise<Entry> {
  const notFound = (p: string): never => {
    throw new UnreadableInputError([error('input-not-found', undefined, { path: display(p) })]);
  };
  if (!(await exists(absolute))) notFound(absolute);
  const info = await stat(absolute).catch(() => undefined);
  if (info && !info.isFile() && !info.isDirectory()) {
    throw new UnreadableInputError([error('input-not-regular', undefined, { path: display(absolute) })]);
  }
  if (OTHER_SPREADSHEETS.test(absolute)) throw otherSpreadsheet(absolute, display);
  const folder = path.dirname(absolute);
  const workbook = isWorkbookInput(absolute);
  if (workbook || isCsvInput(absolute)) {
    // A workbook is named after itself, unless its name only says it holds the actors (toimijat.xlsx): then after its folder, as a CSV is.
    const named = workbook && !isActorsTable(absolute) ? path.basename(absolute, path.extname(absolute)) : path.basename(folder);
    const synthetic = manifestFor(named, workbook ? { workbook: absolute } : { actors: absolute });
    const notes: string[] = [];
    if (links !== undefined) {
      if (!(await exists(path.resolve(links)))) notFound(path.resolve(links));
      synthetic['links'] = path.resolve(links);
    } else {
      const beside = companionTables('actors', absolute, await readdir(folder).catch(() => [] as string[])).links;
      if (beside !== undefined) {
        synthetic['links'] = path.join(folder, beside);
        notes.push(`the links are read from ${display(path.join(folder, beside))}, beside ${display(absolute)} (--links names another file)`);
      }
    }
    return { kind: 'synthetic', folder, origin: absolute, synthetic, notes };
  }
  if (/\.ya?ml$/i.test(absolute)) return { kind: 'manifest', manifest: absolute };
  for (const name of ['ecosystem.yaml', 'ecosystem.yml']) {
    const candidate = path.join(absolute, name);
    if (await exists(candidate)) return { kind: 'manifest', manifest: candidate };
  }
  return folderEntry(absolute, display);
}

/** A folder without a manifest: its tables by name, or its one workbook. */
async function folderEntry(folder: string, display: (p: string) => string): Promise<Entry> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  const found = folderTables(entries);
  if (found.twice) {
    const { collection, files } = found.twice;
    throw new UnreadableInputError([error('input-tables-twice', undefined, { path: display(folder), collection, files: files.join(' and ') })]);
  }
  const synthetic = manifestFor(path.basename(folder), {});
  for (const [collection, file] of Object.entries(found.tables)) synthetic[collection] = path.join(folder, file);
  if (found.workbook !== undefined) synthetic['workbook'] = path.join(folder, found.workbook);
  if (found.other !== undefined) throw otherSpreadsheet(path.join(folder, found.other), display);
  if (synthetic['actors'] === undefined && found.workbook === undefined) {
    throw new UnreadableInputError([error('input-no-ecosystem', undefined, { path: display(folder) })]);
  }
  return { kind: 'synthetic', folder, origin: folder, synthetic, notes: [] };
}

/**
 * What a folder without a manifest is read from, by its file names: each
 * collection's table (toimijat.csv, actors.xlsx, …); else, when it has no
 * actors table, its one workbook (whose sheets are the collections). `other`
 * is a spreadsheet eco would read but for its format (yhteydet.xls).
 */
export function folderTables(entries: readonly string[]): {
  tables: Partial<Record<Collection, string>>;
  workbook?: string;
  other?: string;
  /** Two files for one collection (toimijat.csv and actors.xlsx): which is meant cannot be told. */
  twice?: { collection: Collection; files: string[] };
} {
  const tables: Partial<Record<Collection, string>> = {};
  for (const collection of COLLECTIONS) {
    const files = namedFiles(entries, COLLECTION_NAMES[collection], TABLE_EXTENSIONS);
    if (files.length > 1) return { tables, twice: { collection, files } };
    const file = files[0];
    if (file !== undefined) tables[collection] = file;
    const other = file === undefined ? namedFile(entries, COLLECTION_NAMES[collection], OTHER_EXTENSIONS) : undefined;
    if (other !== undefined) return { tables, other };
  }
  if (tables.actors !== undefined) return { tables };
  const workbooks = entries.filter((f) => isWorkbookInput(f) && !f.startsWith('~$')).sort();
  if (workbooks.length === 1 && tables.links === undefined) return { tables, workbook: workbooks[0]! };
  const other = workbooks.length === 0 ? entries.find((f) => OTHER_SPREADSHEETS.test(f)) : undefined;
  return { tables, ...(other !== undefined && { other }) };
}

/**
 * The files a table brings along from its folder: an actors CSV given as the
 * input, its links CSV; a goals CSV, its indicators' and tasks' CSVs.
 */
export function companionTables(role: 'actors' | 'goals', file: string, entries: readonly string[]): Partial<Record<'links' | GoalPart, string>> {
  const companions: Partial<Record<'links' | GoalPart, string>> = {};
  const add = (key: 'links' | GoalPart, names: readonly string[], extensions: readonly string[]): void => {
    const found = namedFile(entries, names, extensions);
    if (found !== undefined) companions[key] = found;
  };
  // An actors CSV, or a workbook named for the actors, takes a links table of either kind; a goals CSV its CSV parts (a workbook holds its own).
  if (role === 'actors' && (isCsvInput(file) || isActorsTable(file))) add('links', COLLECTION_NAMES.links, [...CSV_EXTENSIONS, '.xlsx', '.xlsm']);
  if (role === 'goals' && isCsvInput(file)) for (const part of Object.keys(GOAL_PARTS) as GoalPart[]) add(part, GOAL_PARTS[part], CSV_EXTENSIONS);
  return companions;
}

/** A table named for the actors (toimijat.xlsx, actors.csv). */
function isActorsTable(file: string): boolean {
  const base = path
    .basename(file)
    .replace(/\.(csv(\.gz)?|xls[xm])$/i, '')
    .normalize('NFC')
    .toLowerCase();
  return COLLECTION_NAMES.actors.includes(base);
}

/** The first of the entries named for one of the names with one of the extensions, any case. */
function namedFile(entries: readonly string[], names: readonly string[], extensions: readonly string[]): string | undefined {
  return namedFiles(entries, names, extensions)[0];
}

/** Every entry named for one of the names with one of the extensions, any case, in the order of the names. */
function namedFiles(entries: readonly string[], names: readonly string[], extensions: readonly string[]): string[] {
  const byLower = new Map(entries.map((f) => [f.normalize('NFC').toLowerCase(), f]));
  const found: string[] = [];
  for (const name of names) {
    for (const extension of extensions) {
      const file = byLower.get(`${name}${extension}`);
      if (file !== undefined) found.push(file);
    }
  }
  return found;
}

/** A manifest for tables read without one, named after the folder or workbook (never "actors"); the model gives it its id. */
function manifestFor(name: string, collections: Record<string, unknown>): Record<string, unknown> {
  return { schema: 'eco/v1', ecosystem: { name }, ...collections };
}

export function otherSpreadsheet(absolute: string, display: (p: string) => string, referencedAt?: SourceLocation): UnreadableInputError {
  return new UnreadableInputError([
    error('file-spreadsheet-format', referencedAt, { path: display(absolute), extension: path.extname(absolute).toLowerCase() }),
  ]);
}
