// Loads an ecosystem from its manifest (or a folder, or an actors CSV with an
// optional links CSV) into one plain document, with a source map that says
// where every value came from. Syntax problems are reported here; the schema,
// references and lints are the model's (src/model/validate.ts).
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { error, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import { csvRecords, type CsvEntity } from '../model/csv-records.js';
import { dropUnsafeKeys } from '../model/safe-keys.js';
import { parseCsv } from './csv-file.js';
import { readTextFile, type ReadBudget, type TextKind } from './read-text-file.js';
import { csvLocator, fileLocator, SourceMap } from './source-map.js';
import { parseYaml } from './yaml-file.js';
import type { Locator } from '../diagnostics/locator.js';
import { describe, isPlainObject, slugify } from '../model/values.js';
import { exists } from './file-exists.js';
import { displayRelative } from './display-path.js';

export { displayRelative };

export const COLLECTIONS = ['actors', 'links', 'projects', 'events', 'goals'] as const;
export type Collection = (typeof COLLECTIONS)[number];

const CSV_ENTITY: Partial<Record<Collection, CsvEntity>> = { actors: 'actor', links: 'link' };

export interface LoadedEcosystem {
  /** The manifest with every collection read in as a list; still unvalidated. */
  document: Record<string, unknown>;
  sources: SourceMap;
  /** Collections whose file could not be read; checks that need them are skipped. */
  incomplete: Set<Collection>;
  /** Whether the manifest could be read at all; if not, there is nothing more to check. */
  readable: boolean;
  /** The member ecosystems of a network of ecosystems: absolute paths, as written, and where the manifest names each. */
  members: { path: string; written: string; at: SourceLocation }[];
  /** Every file read (absolute paths): no output of the run may replace one. */
  files: string[];
  /** The manifest's path as shown to the user (or the folder's, when there is none). */
  origin: string;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** A links CSV to go with an actors CSV given as the input. */
  links?: string;
  /** How a path is shown in messages (default: relative to the working folder). */
  display?: (absolute: string) => string;
  /** The run's CSV allowance, shared by every file and member read. */
  budget?: ReadBudget;
}

/** @throws UnreadableInputError when the input itself cannot be found or read. */
export async function loadEcosystem(input: string, options: LoadOptions = {}): Promise<LoadedEcosystem> {
  const display = options.display ?? displayRelative;
  const absolute = path.resolve(input);
  const entry = await resolveEntry(absolute, options.links, display);
  const diagnostics: Diagnostic[] = [];
  const incomplete = new Set<Collection>();
  const files: string[] = [];

  let manifest: Record<string, unknown>;
  let manifestLocator: Locator;
  if (entry.kind === 'manifest') {
    files.push(entry.manifest);
    const read = await readTextFile(display(entry.manifest), entry.manifest, 'yaml');
    if (!read.ok) {
      if (read.unreadable) throw new UnreadableInputError(read.diagnostics);
      return failedLoad(display(entry.manifest), read.diagnostics, files);
    }
    diagnostics.push(...read.diagnostics);
    const parsed = parseYaml(read.text, display(entry.manifest));
    if (!parsed.yaml) return failedLoad(display(entry.manifest), [...diagnostics, ...parsed.diagnostics], files);
    manifestLocator = parsed.yaml;
    diagnostics.push(...parsed.diagnostics);
    if (!isPlainObject(parsed.yaml.value)) {
      return failedLoad(
        display(entry.manifest),
        [...diagnostics, error('wrong-type', parsed.yaml.locate([]), { field: 'the manifest', expected: 'a mapping of keys (schema:, ecosystem:, actors: …)', found: describe(parsed.yaml.value) })],
        files,
      );
    }
    diagnostics.push(...dropUnsafeKeys(parsed.yaml.value, parsed.yaml));
    manifest = parsed.yaml.value;
  } else {
    manifestLocator = fileLocator(display(entry.origin));
    manifest = entry.synthetic;
  }

  const sources = new SourceMap(manifestLocator);
  const document: Record<string, unknown> = { ...manifest };
  const baseDir = entry.kind === 'manifest' ? path.dirname(entry.manifest) : entry.folder;
  const listed: unknown[] = Array.isArray(manifest['members']) ? manifest['members'] : [];
  const members = listed.flatMap((m, i) => (typeof m === 'string' ? [{ path: path.resolve(baseDir, m), written: m, at: manifestLocator.locate(['members', i]) }] : []));
  // A network of ecosystems may have no actors of its own.
  if (members.length > 0 && manifest['actors'] === undefined) document['actors'] = [];
  for (const name of COLLECTIONS) {
    const value = manifest[name];
    if (value === undefined || Array.isArray(value)) continue;
    if (typeof value !== 'string') {
      diagnostics.push(error('collection-format', manifestLocator.locate([name]), { collection: name }));
      incomplete.add(name);
      delete document[name];
      continue;
    }
    const file = path.resolve(baseDir, value);
    files.push(file);
    const loaded = await loadCollection(name, file, display(file), manifestLocator.locate([name]), options.budget);
    for (const d of loaded.diagnostics) diagnostics.push(d);
    if (loaded.items) {
      document[name] = loaded.items;
      sources.setCollection(name, loaded.locator);
    } else {
      incomplete.add(name);
      delete document[name];
    }
  }
  const origin = display(entry.kind === 'manifest' ? entry.manifest : entry.origin);
  return { document, sources, incomplete, readable: true, origin, diagnostics, members, files };
}

/** An actors CSV given as the input itself (its links CSV then comes with --links). */
export function isCsvInput(input: string): boolean {
  return /\.csv(\.gz)?$/i.test(input);
}

/**
 * The one file that stands for an ecosystem — its manifest, or the actors file
 * of a folder or CSV read without one — by its real path: two ways of naming
 * the same member (`leaf`, `./leaf/`, `leaf/ecosystem.yaml`) give the same.
 */
export async function ecosystemIdentity(input: string): Promise<string | undefined> {
  try {
    const entry = await resolveEntry(path.resolve(input), undefined, (p) => p);
    const file = entry.kind === 'manifest' ? entry.manifest : path.resolve(entry.folder, String(entry.synthetic['actors']));
    return await realpath(file);
  } catch {
    return undefined;
  }
}

/** A manifest, or a folder (or an actors CSV in one) read as if it had one. */
type Entry = { kind: 'manifest'; manifest: string } | { kind: 'folder'; folder: string; origin: string; synthetic: Record<string, unknown> };

async function resolveEntry(absolute: string, links: string | undefined, display: (p: string) => string): Promise<Entry> {
  const notFound = (p: string): never => {
    throw new UnreadableInputError([error('input-not-found', undefined, { path: display(p) })]);
  };
  if (!(await exists(absolute))) notFound(absolute);
  if (isCsvInput(absolute)) {
    const folder = path.dirname(absolute);
    const synthetic: Record<string, unknown> = { schema: 'eco/v1', ecosystem: info(path.basename(absolute).replace(/\.csv(\.gz)?$/i, '')), actors: absolute };
    if (links !== undefined) {
      if (!(await exists(path.resolve(links)))) notFound(path.resolve(links));
      synthetic['links'] = path.resolve(links);
    }
    return { kind: 'folder', folder, origin: absolute, synthetic };
  }
  if (/\.ya?ml$/i.test(absolute)) return { kind: 'manifest', manifest: absolute };
  for (const name of ['ecosystem.yaml', 'ecosystem.yml']) {
    const candidate = path.join(absolute, name);
    if (await exists(candidate)) return { kind: 'manifest', manifest: candidate };
  }
  const actors = await firstExisting(absolute, ['actors.csv', 'actors.csv.gz']);
  if (actors) {
    const synthetic: Record<string, unknown> = { schema: 'eco/v1', ecosystem: info(path.basename(absolute)), actors };
    const optional = { links: ['links.csv', 'links.csv.gz'], projects: ['projects.yaml'], events: ['events.yaml'], goals: ['goals.yaml'] };
    for (const [name, files] of Object.entries(optional)) {
      const file = await firstExisting(absolute, files);
      if (file) synthetic[name] = file;
    }
    return { kind: 'folder', folder: absolute, origin: absolute, synthetic };
  }
  throw new UnreadableInputError([error('input-no-ecosystem', undefined, { path: display(absolute) })]);
}

/** The ecosystem info of a folder or CSV read without a manifest: named after it. */
function info(name: string): Record<string, unknown> {
  return { id: slugify(name, 'ecosystem'), name };
}

interface LoadedCollection {
  items?: unknown[];
  locator: Locator;
  diagnostics: Diagnostic[];
}

async function loadCollection(name: Collection, absolute: string, file: string, referencedAt: SourceLocation, budget?: ReadBudget): Promise<LoadedCollection> {
  const extension = path.extname(absolute.replace(/\.gz$/i, '')).toLowerCase();
  const entity = CSV_ENTITY[name];
  const kind: TextKind | undefined = extension === '.csv' && entity ? 'csv' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  const none = fileLocator(file);
  if (!kind) {
    const allowed = entity ? 'CSV or YAML' : 'YAML';
    const hint = /\.xlsx?$/.test(extension) ? 'save the sheet as CSV (UTF-8)' : undefined;
    return { locator: none, diagnostics: [error('file-type', referencedAt, { collection: name, allowed, extension: extension || file, hint })] };
  }
  const read = await readTextFile(file, absolute, kind, referencedAt, budget);
  if (!read.ok) {
    if (read.unreadable) throw new UnreadableInputError(read.diagnostics);
    return { locator: none, diagnostics: read.diagnostics };
  }
  if (kind === 'csv' && entity) {
    const parsed = parseCsv(read.text, file);
    if (!parsed.csv) return { locator: none, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
    const records = csvRecords(parsed.csv, entity);
    return { ...(records.records && { items: records.records }), locator: csvLocator(parsed.csv, records.columnOf), diagnostics: [...read.diagnostics, ...parsed.diagnostics, ...records.diagnostics] };
  }
  const parsed = parseYaml(read.text, file);
  if (!parsed.yaml) return { locator: none, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
  if (!Array.isArray(parsed.yaml.value)) {
    return { locator: none, diagnostics: [...read.diagnostics, error('collection-format', parsed.yaml.locate([]), { collection: name })] };
  }
  const unsafe = dropUnsafeKeys(parsed.yaml.value, parsed.yaml);
  return { items: parsed.yaml.value, locator: parsed.yaml, diagnostics: [...read.diagnostics, ...parsed.diagnostics, ...unsafe] };
}

function failedLoad(origin: string, diagnostics: Diagnostic[], files: string[]): LoadedEcosystem {
  return { document: {}, sources: new SourceMap(fileLocator(origin)), incomplete: new Set(COLLECTIONS), readable: false, origin, diagnostics, members: [], files };
}

async function firstExisting(folder: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) if (await exists(path.join(folder, name))) return name;
  return undefined;
}

