// Reads an ecosystem as it is written: its manifest (or a folder, a workbook
// or an actors CSV read as if it had one) and each collection the manifest
// points to, raw — parsed CSV, a workbook's sheet, parsed YAML — with every
// file read, the members it lists, and where each value came from. Syntax
// problems are reported here; typing the rows and checking them are the
// model's (src/model/), and src/pipeline/load-ecosystem.ts joins the two.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, error, type SourceLocation } from '../diagnostics/diagnostic.js';
import { describe } from '../diagnostics/describe.js';
import { UnreadableInputError } from '../diagnostics/errors.js';
import type { Locator } from '../diagnostics/locator.js';
import { displayRelative } from './display-path.js';
import { COLLECTIONS, type Collection, type GoalPart, resolveEntry } from './ecosystem-entry.js';
import { type RawCollection, type ReadContext, readCollection, readGoalParts, splitSheet, workbookCollections } from './read-collection.js';
import { type ReadBudget, readTextFile } from './read-text-file.js';
import { parseYaml } from './yaml-file.js';

export { displayRelative };
export { COLLECTIONS, type Collection, type GoalPart, isCsvInput, isWorkbookInput } from './ecosystem-entry.js';

export interface RawEcosystem {
  /** The manifest as written (a plain mapping), or the one made for a folder or table read without one. */
  manifest: Record<string, unknown>;
  /** Where the manifest's values are. */
  manifestLocator: Locator;
  /** Read without a manifest: the ecosystem is named after its folder or workbook. */
  synthetic: boolean;
  /** Each collection the manifest points to, as read. */
  collections: Map<Collection, RawCollection>;
  /** The indicators, tasks and measurements of goals kept as a table, read from the tables beside it. */
  goalParts: Map<GoalPart, RawCollection>;
  /** Collections the manifest gives in a form that is neither a list nor a path. */
  malformed: Collection[];
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
  /** Problems reading the manifest. */
  diagnostics: Diagnostic[];
  /** What eco decided for the user, to say on stderr (the links file it found beside the actors, a sheet it did not read). */
  notes: string[];
}

export interface ReadOptions {
  /** A links CSV to go with an actors CSV given as the input. */
  links?: string;
  /** How a path is shown in messages (default: relative to the working folder). */
  display?: (absolute: string) => string;
  /** The run's CSV allowance, shared by every file and member read. */
  budget?: ReadBudget;
}

/** @throws UnreadableInputError when the input itself cannot be found or read. */
export async function readEcosystem(input: string, options: ReadOptions = {}): Promise<RawEcosystem> {
  const display = options.display ?? displayRelative;
  const entry = await resolveEntry(path.resolve(input), options.links, display);
  const files: string[] = [];
  const notes = entry.kind === 'synthetic' ? [...entry.notes] : [];
  const origin = display(entry.kind === 'manifest' ? entry.manifest : entry.origin);
  const read: ManifestRead =
    entry.kind === 'manifest'
      ? await readManifest(entry.manifest, origin, files)
      : { ok: true, manifest: entry.synthetic, locator: { locate: () => ({ file: origin }) }, diagnostics: [] };
  if (!read.ok) return unreadEcosystem(origin, display(path.dirname(path.resolve(input))), files, read.diagnostics);
  const { manifest, locator: manifestLocator, diagnostics } = read;

  const baseDir = entry.kind === 'manifest' ? path.dirname(entry.manifest) : entry.folder;
  const members = memberList(manifest, baseDir, manifestLocator);
  const context: ReadContext = { workbooks: new Map(), ...(options.budget && { budget: options.budget }), display };
  const sources = await collectionSources(manifest, baseDir, manifestLocator, context, files, notes);
  const { collections, malformed } = await readCollections(manifest, sources, context);
  const goals = collections.get('goals');
  const goalSource = sources.get('goals');
  const parts = goals && goalSource ? await readGoalParts(goals, goalSource.file, goalSource.at, context) : undefined;
  if (parts) {
    files.push(...parts.files);
    notes.push(...parts.notes);
  }
  return {
    manifest,
    manifestLocator,
    synthetic: entry.kind === 'synthetic',
    collections,
    goalParts: parts?.parts ?? new Map(),
    malformed,
    readable: true,
    members,
    files,
    origin,
    folder: display(baseDir),
    diagnostics,
    notes,
  };
}

/** The manifest as a plain mapping, with the problems reading it; or, when it cannot be read as one, only the problems. */
type ManifestRead = { ok: true; manifest: Record<string, unknown>; locator: Locator; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * @param origin the manifest's path as shown to the user
 * @throws UnreadableInputError when the manifest cannot be read at all.
 */
async function readManifest(file: string, origin: string, files: string[]): Promise<ManifestRead> {
  files.push(file);
  const read = await readTextFile(origin, file, 'yaml');
  if (!read.ok) {
    if (read.unreadable) throw new UnreadableInputError(read.diagnostics);
    return { ok: false, diagnostics: read.diagnostics };
  }
  const diagnostics = [...read.diagnostics];
  const parsed = parseYaml(read.text, origin);
  if (!parsed.yaml) return { ok: false, diagnostics: [...diagnostics, ...parsed.diagnostics] };
  diagnostics.push(...parsed.diagnostics);
  const value = parsed.yaml.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      diagnostics: [
        ...diagnostics,
        error('wrong-type', parsed.yaml.locate([]), {
          field: 'the manifest',
          expected: 'a mapping of keys (schema:, ecosystem:, actors: …)',
          found: describe(value),
        }),
      ],
    };
  }
  return { ok: true, manifest: value as Record<string, unknown>, locator: parsed.yaml, diagnostics };
}

/** An ecosystem whose manifest could not be read: nothing in it, only the problems. */
function unreadEcosystem(origin: string, folder: string, files: string[], diagnostics: Diagnostic[]): RawEcosystem {
  return {
    manifest: {},
    manifestLocator: { locate: () => ({ file: origin }) },
    synthetic: false,
    collections: new Map(),
    goalParts: new Map(),
    malformed: [],
    readable: false,
    members: [],
    files,
    origin,
    folder,
    diagnostics,
    notes: [],
  };
}

function memberList(manifest: Record<string, unknown>, baseDir: string, locator: Locator): RawEcosystem['members'] {
  const listed: unknown[] = Array.isArray(manifest['members']) ? manifest['members'] : [];
  return listed.flatMap((m, i) => (typeof m === 'string' ? [{ path: path.resolve(baseDir, m), written: m, at: locator.locate(['members', i]) }] : []));
}

/** Reads each collection from its source; one the manifest gives in a form that is neither a list nor a path is malformed. */
async function readCollections(
  manifest: Record<string, unknown>,
  sources: ReadonlyMap<Collection, CollectionSource>,
  context: ReadContext,
): Promise<Pick<RawEcosystem, 'collections' | 'malformed'>> {
  const collections = new Map<Collection, RawCollection>();
  const malformed: Collection[] = [];
  for (const name of COLLECTIONS) {
    const source = sources.get(name);
    if (source) collections.set(name, await readCollection(name, source.file, source.sheet, source.at, context));
    else if (manifest[name] !== undefined && !Array.isArray(manifest[name])) malformed.push(name);
  }
  return { collections, malformed };
}

interface CollectionSource {
  file: string;
  sheet?: string;
  at: SourceLocation;
}

/** Where each collection is read from: a path the manifest gives, or a sheet of its `workbook:`. */
async function collectionSources(
  manifest: Record<string, unknown>,
  baseDir: string,
  locator: Locator,
  context: ReadContext,
  files: string[],
  notes: string[],
): Promise<Map<Collection, CollectionSource>> {
  const sources = new Map<Collection, CollectionSource>();
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
