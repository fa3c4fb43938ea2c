// What an input names: a manifest; a folder holding one; a folder of tables
// without one (toimijat.csv and yhteydet.csv, actors.xlsx, one workbook); or a
// table given directly (an actors CSV, with the links file beside it; a
// workbook). Files are recognised by their Finnish or English names.
import { readdir } from 'node:fs/promises';
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

const TABLE_EXTENSIONS = ['.csv', '.csv.gz', '.xlsx', '.yaml', '.yml'];
const EXTENSIONS: Record<Collection, readonly string[]> = {
  actors: TABLE_EXTENSIONS,
  links: TABLE_EXTENSIONS,
  projects: TABLE_EXTENSIONS,
  events: TABLE_EXTENSIONS,
  goals: ['.yaml', '.yml'],
};

/** Spreadsheet formats eco does not read, for a one-line "save it as .xlsx or CSV". */
export const OTHER_SPREADSHEETS = /\.(ods|xls|xlsb|numbers|fods)$/i;

/** An actors CSV given as the input itself (its links come with --links, or from the file beside it). */
export function isCsvInput(input: string): boolean {
  return /\.csv(\.gz)?$/i.test(input);
}

function isWorkbookInput(input: string): boolean {
  return /\.xlsx$/i.test(input);
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
  if (OTHER_SPREADSHEETS.test(absolute)) throw otherSpreadsheet(absolute, display);
  const folder = path.dirname(absolute);
  if (isWorkbookInput(absolute)) {
    return {
      kind: 'synthetic',
      folder,
      origin: absolute,
      synthetic: manifestFor(path.basename(absolute, path.extname(absolute)), { workbook: absolute }),
      notes: [],
    };
  }
  if (isCsvInput(absolute)) {
    const synthetic = manifestFor(path.basename(folder), { actors: absolute });
    const notes: string[] = [];
    if (links !== undefined) {
      if (!(await exists(path.resolve(links)))) notFound(path.resolve(links));
      synthetic['links'] = path.resolve(links);
    } else {
      const beside = await findCollection(folder, 'links', ['.csv', '.csv.gz']);
      if (beside) {
        synthetic['links'] = beside;
        notes.push(`the links are read from ${display(beside)}, beside ${display(absolute)} (--links names another file)`);
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
  const synthetic = manifestFor(path.basename(folder), {});
  for (const collection of COLLECTIONS) {
    const file = await findCollection(folder, collection, EXTENSIONS[collection]);
    if (file) synthetic[collection] = file;
  }
  if (synthetic['actors'] === undefined) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    const workbooks = entries.filter((f) => isWorkbookInput(f) && !f.startsWith('~$')).sort();
    if (workbooks.length === 1 && synthetic['links'] === undefined) {
      return { kind: 'synthetic', folder, origin: folder, synthetic: { ...synthetic, workbook: path.join(folder, workbooks[0]!) }, notes: [] };
    }
    const other = entries.find((f) => OTHER_SPREADSHEETS.test(f));
    if (other !== undefined && workbooks.length === 0) throw otherSpreadsheet(path.join(folder, other), display);
    throw new UnreadableInputError([error('input-no-ecosystem', undefined, { path: display(folder) })]);
  }
  return { kind: 'synthetic', folder, origin: folder, synthetic, notes: [] };
}

/** The first file in the folder named for the collection (toimijat.csv, actors.xlsx, …), any case. */
async function findCollection(folder: string, collection: Collection, extensions: readonly string[]): Promise<string | undefined> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  const byLower = new Map(entries.map((f) => [f.toLowerCase(), f]));
  for (const name of COLLECTION_NAMES[collection]) {
    for (const extension of extensions) {
      const found = byLower.get(`${name}${extension}`);
      if (found !== undefined) return path.join(folder, found);
    }
  }
  return undefined;
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
