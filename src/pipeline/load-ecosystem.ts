// Loads an ecosystem into one plain document: reads it as written (src/io/),
// then types each table's rows and drops unsafe keys (src/model/), keeping a
// source map that says where every value came from. Still unvalidated: the
// checks are src/model/validate.ts's.
import { type Diagnostic, error, warning } from '../diagnostics/diagnostic.js';
import type { RawCollection } from '../io/read-collection.js';
import { COLLECTIONS, type Collection, type GoalPart, type RawEcosystem, type ReadOptions, readEcosystem } from '../io/read-ecosystem.js';
import { nestGoalTables, type TypedTable } from '../model/goal-tables.js';
import { dropUnsafeKeys } from '../model/safe-keys.js';
import { sheetTable } from '../model/sheet-table.js';
import { fileLocator, SourceMap, tableLocator } from '../model/source-map.js';
import { squash, TABLE_FIELDS, type TableEntity, tableRecords } from '../model/table-records.js';
import { isPlainObject, slugify } from '../model/values.js';

export type LoadOptions = ReadOptions;

/** The reader's account of what it read (src/io/read-ecosystem.ts), with the document and where each value came from. */
export interface LoadedEcosystem extends Pick<RawEcosystem, 'readable' | 'members' | 'files' | 'origin' | 'folder' | 'diagnostics' | 'notes'> {
  /** The manifest with every collection read in as a list; still unvalidated. */
  document: Record<string, unknown>;
  sources: SourceMap;
  /** Collections whose file could not be read; checks that need them are skipped. */
  incomplete: Set<Collection>;
}

const ENTITY: Record<Collection | GoalPart, TableEntity> = {
  actors: 'actor',
  links: 'link',
  projects: 'project',
  events: 'event',
  goals: 'goal',
  indicators: 'indicator',
  tasks: 'task',
  history: 'measurement',
};

/** @throws UnreadableInputError when the input itself cannot be found or read. */
export async function loadEcosystem(input: string, options: LoadOptions = {}): Promise<LoadedEcosystem> {
  const raw = await readEcosystem(input, options);
  const base = { members: raw.members, files: raw.files, origin: raw.origin, folder: raw.folder, notes: raw.notes };
  if (!raw.readable) {
    return {
      ...base,
      document: {},
      sources: new SourceMap(fileLocator(raw.origin)),
      incomplete: new Set(COLLECTIONS),
      readable: false,
      diagnostics: raw.diagnostics,
    };
  }
  const diagnostics = [...raw.diagnostics];
  if (!raw.synthetic) diagnostics.push(...dropUnsafeKeys(raw.manifest, raw.manifestLocator));
  const document: Record<string, unknown> = { ...raw.manifest };
  delete document['workbook'];
  const info = document['ecosystem'];
  // A folder or table read without a manifest is named after it; its id is made from that name.
  if (raw.synthetic && isPlainObject(info) && typeof info['name'] === 'string') document['ecosystem'] = { id: slugify(info['name'], 'ecosystem'), ...info };
  // A network of ecosystems may have no actors of its own.
  if (raw.members.length > 0 && document['actors'] === undefined) document['actors'] = [];
  const sources = new SourceMap(raw.manifestLocator);
  const incomplete = new Set<Collection>();
  for (const name of raw.malformed) {
    diagnostics.push(error('collection-format', raw.manifestLocator.locate([name]), { collection: name }));
    incomplete.add(name);
    delete document[name];
  }
  for (const [name, collection] of raw.collections) {
    const typed = name === 'goals' && collection.kind !== 'yaml' ? goalTables(collection, raw.goalParts) : typeCollection(name, collection);
    for (const d of typed.diagnostics) diagnostics.push(d);
    if (typed.notes) base.notes.push(...typed.notes);
    if (typed.items) {
      document[name] = typed.items;
      sources.setCollection(name, typed.locator);
    } else {
      incomplete.add(name);
      delete document[name];
    }
  }
  return { ...base, document, sources, incomplete, readable: true, diagnostics };
}

type TypedCollection = TypedTable;

/** Goals kept as tables: the goals' table with its indicators' and tasks' rows nested into it. */
function goalTables(goals: RawCollection, parts: ReadonlyMap<GoalPart, RawCollection>): TypedCollection {
  const typed = new Map<GoalPart, TypedTable>();
  for (const [part, raw] of parts) typed.set(part, typeCollection(part, raw));
  return nestGoalTables(typeCollection('goals', goals), typed);
}

/** A collection as read, as a list of records: a table's rows typed, YAML without unsafe keys. */
function typeCollection(name: Collection | GoalPart, raw: RawCollection): TypedCollection {
  const entity = ENTITY[name];
  switch (raw.kind) {
    case 'failed':
      return { locator: fileLocator(raw.file), diagnostics: raw.diagnostics };
    case 'csv': {
      const records = tableRecords(raw.csv, entity);
      const notes = figureNotes(records.figures, raw.csv.file);
      return {
        ...(records.records && { items: records.records }),
        locator: tableLocator(raw.csv, records.columnOf),
        diagnostics: [...raw.diagnostics, ...records.diagnostics],
        ...(notes.length > 0 && { notes }),
      };
    }
    case 'sheet':
      return sheetCollection(raw.file, raw.sheet, entity, raw.diagnostics);
    case 'yaml': {
      if (!Array.isArray(raw.yaml.value))
        return {
          locator: fileLocator(raw.yaml.locate([]).file),
          diagnostics: [...raw.diagnostics, error('collection-format', raw.yaml.locate([]), { collection: name })],
        };
      const unsafe = dropUnsafeKeys(raw.yaml.value, raw.yaml);
      return { items: raw.yaml.value, locator: raw.yaml, diagnostics: [...raw.diagnostics, ...unsafe] };
    }
  }
}

/** A sheet's rows as records: its header found by the entity's required columns. */
function sheetCollection(file: string, sheet: Parameters<typeof sheetTable>[1], entity: TableEntity, diagnostics: readonly Diagnostic[]): TypedCollection {
  const fields = TABLE_FIELDS[entity];
  const aliasesOf = (field: string): Set<string> => new Set((fields[field]?.aliases ?? []).map(squash));
  const required = Object.entries(fields)
    .filter(([, spec]) => spec.required)
    .map(([field]) => aliasesOf(field));
  const key = required[0] ?? new Set<string>();
  const known = new Set(Object.keys(fields).flatMap((field) => [...aliasesOf(field)]));
  const table = sheetTable(file, sheet, {
    isHeader: (texts) => required.every((aliases) => texts.some((t) => aliases.has(squash(t)))),
    fields: (texts) => texts.filter((t) => known.has(squash(t))).length,
    isKey: (header) => key.has(squash(header)),
  });
  const records = tableRecords(table, entity);
  const kinds = { section: 'a section title alone in a cell merged across the table', total: 'a totals row' };
  const notes = [
    ...table.passedOver.map(
      (p) => `the row ${p.line} of ${file} [${sheet.name}] ("${p.text}") is not read as ${article(entity)} ${entity}: it is ${kinds[p.kind]}`,
    ),
    ...figureNotes(records.figures, `${file} [${sheet.name}]`),
  ];
  const own = [...diagnostics];
  if (sheet.rows.length === 0) own.push(warning('file-empty', { file, sheet: sheet.name }));
  return {
    ...(records.records && { items: records.records }),
    locator: tableLocator(table, records.columnOf),
    diagnostics: [...own, ...records.diagnostics],
    ...(notes.length > 0 && { notes }),
  };
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** An export read back: its figures are stale, and are computed anew. */
function figureNotes(figures: readonly string[], table: string): string[] {
  if (figures.length === 0) return [];
  return [`the columns of figures in ${table} (${figures.join(', ')}) are not read: eco computes them anew`];
}
