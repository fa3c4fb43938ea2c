// Loads an ecosystem from its manifest (or a folder, or an actors CSV with an
// optional links CSV) into one plain document, with a source map that says
// where every value came from. Syntax problems are reported here; the schema,
// references and lints are the model's (src/model/validate.ts).
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { error, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import type { Locator } from '../diagnostics/locator.js';
import { dropUnsafeKeys } from '../model/safe-keys.js';
import { describe, isPlainObject } from '../model/values.js';
import { displayRelative } from './display-path.js';
import { COLLECTIONS, resolveEntry, type Collection } from './ecosystem-entry.js';
import { loadCollection, splitSheet, workbookCollections, type CollectionContext } from './load-collection.js';
import { readTextFile, type ReadBudget } from './read-text-file.js';
import { fileLocator, SourceMap } from './source-map.js';
import { parseYaml } from './yaml-file.js';

export { displayRelative };
export { COLLECTIONS, isCsvInput, type Collection } from './ecosystem-entry.js';

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
  /** The folder the ecosystem's files are in, as shown to the user. */
  folder: string;
  diagnostics: Diagnostic[];
  /** What eco decided for the user, to say on stderr (the links file it found beside the actors, a sheet it did not read). */
  notes: string[];
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
  const notes = entry.kind === 'synthetic' ? [...entry.notes] : [];

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
        [
          ...diagnostics,
          error('wrong-type', parsed.yaml.locate([]), {
            field: 'the manifest',
            expected: 'a mapping of keys (schema:, ecosystem:, actors: …)',
            found: describe(parsed.yaml.value),
          }),
        ],
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
  const members = listed.flatMap((m, i) =>
    typeof m === 'string' ? [{ path: path.resolve(baseDir, m), written: m, at: manifestLocator.locate(['members', i]) }] : [],
  );
  // A network of ecosystems may have no actors of its own.
  if (members.length > 0 && manifest['actors'] === undefined) document['actors'] = [];
  const context: CollectionContext = { workbooks: new Map(), ...(options.budget && { budget: options.budget }), display };
  const sourceOf = await collectionSources(manifest, baseDir, manifestLocator, context, files, notes);
  delete document['workbook'];
  for (const name of COLLECTIONS) {
    const value = manifest[name];
    const source = sourceOf.get(name);
    if (!source) {
      if (value !== undefined && !Array.isArray(value)) {
        diagnostics.push(error('collection-format', manifestLocator.locate([name]), { collection: name }));
        incomplete.add(name);
        delete document[name];
      }
      continue;
    }
    const loaded = await loadCollection(name, source.file, source.sheet, source.at, context);
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
  return { document, sources, incomplete, readable: true, origin, folder: display(baseDir), diagnostics, members, files, notes };
}

/** Where each collection is read from: a path the manifest gives, or a sheet of its `workbook:`. */
async function collectionSources(
  manifest: Record<string, unknown>,
  baseDir: string,
  locator: Locator,
  context: CollectionContext,
  files: string[],
  notes: string[],
): Promise<Map<Collection, { file: string; sheet?: string; at: SourceLocation }>> {
  const sources = new Map<Collection, { file: string; sheet?: string; at: SourceLocation }>();
  for (const name of COLLECTIONS) {
    const value = manifest[name];
    if (typeof value !== 'string') continue;
    const { file, sheet } = splitSheet(value);
    const absolute = path.resolve(baseDir, file);
    files.push(absolute);
    sources.set(name, { file: absolute, ...(sheet !== undefined && { sheet }), at: locator.locate([name]) });
  }
  const workbook = manifest['workbook'];
  if (typeof workbook === 'string') {
    const absolute = path.resolve(baseDir, workbook);
    files.push(absolute);
    const at = locator.locate(['workbook']);
    const found = await workbookCollections(absolute, at, context);
    notes.push(...found.notes);
    for (const name of found.collections) if (manifest[name] === undefined) sources.set(name, { file: absolute, at });
  }
  return sources;
}

function failedLoad(origin: string, diagnostics: Diagnostic[], files: string[]): LoadedEcosystem {
  return {
    document: {},
    sources: new SourceMap(fileLocator(origin)),
    incomplete: new Set(COLLECTIONS),
    readable: false,
    origin,
    folder: path.dirname(origin),
    diagnostics,
    members: [],
    files,
    notes: [],
  };
}

/**
 * The one file that stands for an ecosystem — its manifest, or the actors file
 * or workbook of a folder or table read without one — by its real path: two
 * ways of naming the same member (`leaf`, `./leaf/`, `leaf/ecosystem.yaml`) give the same.
 */
export async function ecosystemIdentity(input: string): Promise<string | undefined> {
  try {
    const entry = await resolveEntry(path.resolve(input), undefined, (p) => p);
    const file = entry.kind === 'manifest' ? entry.manifest : String(entry.synthetic['actors'] ?? entry.synthetic['workbook']);
    return await realpath(file);
  } catch {
    return undefined;
  }
}
