// Reads an input as it was at a git revision: `git:REV:path` (the path in the
// repository of the current folder), so CI can compare with the last release
// without a checkout. Only the files the ecosystem reads — its manifest, the
// files the manifest names, its members' — are copied out of git, into a
// temporary folder that mirrors the repository (so `../` references work) and
// that is removed on every way out. Messages name the files as REV:path.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { UsageError } from '../diagnostics/errors.js';
import { companionTables, folderTables } from './ecosystem-entry.js';
import { splitSheet } from './read-collection.js';
import { trackTemporary, untrackTemporary } from './temporaries.js';

const run = promisify(execFile);

/** The manifest's keys that name files. */
const FILE_KEYS = ['actors', 'links', 'projects', 'events', 'goals', 'workbook'] as const;
const MANIFESTS = ['ecosystem.yaml', 'ecosystem.yml'];
/** Manifests followed through members: far more than the loader accepts, so the loader reports the problem. */
const MAX_MANIFESTS = 2000;

export interface Materialised {
  /** The path to load. */
  input: string;
  /** How paths inside it are shown. */
  display: (absolute: string) => string;
  /** What was left out (symbolic links, submodules), for the user to hear of. */
  warnings: string[];
  /** Removes the temporary copy. */
  dispose: () => Promise<void>;
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
}

export function isGitInput(input: string): boolean {
  return input.startsWith('git:');
}

export async function materialiseGitInput(input: string, cwd: string = process.cwd()): Promise<Materialised> {
  // [\s\S]: a path may hold any character git does, a line break included.
  const match = /^git:([^:]+):([\s\S]*)$/.exec(input);
  if (!match) throw new UsageError(`a git input is written git:REV:path (e.g. git:v1.0:examples/seutukaupungit), not "${input}"`);
  const revision = match[1]!;
  const git = gitRunner(input, cwd);
  const prefix = (await git('rev-parse', '--show-prefix')).toString('utf8').trim();
  const wanted = path.posix.normalize(path.posix.join(prefix, match[2]!.replace(/\\/g, '/'))).replace(/\/$/, '');
  const tree = await listTree(git, revision);
  if (wanted !== '.' && !tree.has(wanted)) throw new UsageError(`cannot read ${input} from git: ${wanted} does not exist in ${revision}`);
  const root = await temporaryFolder();
  const copier = new Copier(git, tree, root);
  try {
    await copier.ecosystem(wanted === '.' ? '' : wanted);
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    untrackTemporary(root);
    throw e;
  }
  return {
    input: path.join(root, ...wanted.split('/')),
    display: (absolute) => `${revision}:${path.posix.relative(prefix, path.relative(root, absolute).split(path.sep).join('/')) || '.'}`,
    warnings: copier.warnings,
    dispose: async () => {
      await rm(root, { recursive: true, force: true });
      untrackTemporary(root);
    },
  };
}

/** A new private folder, registered for removal before it exists, so no signal can come between and leave it behind. */
async function temporaryFolder(): Promise<string> {
  for (;;) {
    const folder = path.join(tmpdir(), `eco-git-${randomBytes(8).toString('hex')}`);
    trackTemporary(folder);
    try {
      await mkdir(folder, { mode: 0o700 });
      return folder;
    } catch (e) {
      untrackTemporary(folder);
      // A folder of that name already there is someone else's: draw another name.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

export function gitRunner(input: string, cwd: string): (...args: string[]) => Promise<Buffer> {
  return async (...args) => {
    try {
      return (await run('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'buffer' })).stdout;
    } catch (e) {
      const failure = e as { code?: string; stderr?: Buffer };
      const message =
        failure.code === 'ENOENT' ? 'git is not installed (or not on PATH)' : (failure.stderr?.toString('utf8') ?? String(e)).trim().split('\n')[0];
      throw new UsageError(`cannot read ${input} from git: ${message}`);
    }
  };
}

/** Every path of the revision, unquoted (-z): names with spaces, quotes or ä are taken as they are. */
async function listTree(git: (...args: string[]) => Promise<Buffer>, revision: string): Promise<Map<string, TreeEntry>> {
  const listing = (await git('ls-tree', '-r', '-t', '-z', '--full-tree', revision)).toString('utf8');
  const tree = new Map<string, TreeEntry>();
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, object] = record.slice(0, tab).split(' ');
    tree.set(record.slice(tab + 1), { mode: mode!, type: type!, object: object! });
  }
  return tree;
}

/** Copies an ecosystem's files out of git, following its manifest and its members. */
class Copier {
  readonly warnings: string[] = [];
  private readonly manifests = new Set<string>();

  constructor(
    private readonly git: (...args: string[]) => Promise<Buffer>,
    private readonly tree: ReadonlyMap<string, TreeEntry>,
    private readonly root: string,
  ) {}

  /** A folder (its manifest, else its tables as a load finds them), a manifest, or a table given directly. */
  async ecosystem(at: string): Promise<void> {
    const entry = this.tree.get(at);
    const join = (folder: string, name: string): string => (folder === '' || folder === '.' ? name : `${folder}/${name}`);
    if (at === '' || entry?.type === 'tree') {
      const manifest = MANIFESTS.map((m) => join(at, m)).find((m) => this.tree.has(m));
      if (manifest) return this.manifest(manifest);
      const found = folderTables(this.entriesOf(at));
      for (const file of Object.values(found.tables)) await this.file(join(at, file));
      if (found.tables.goals !== undefined) await this.companions('goals', join(at, found.tables.goals));
      if (found.workbook !== undefined) await this.file(join(at, found.workbook));
      return;
    }
    if (/\.ya?ml$/i.test(at)) return this.manifest(at);
    await this.file(at);
    await this.companions('actors', at);
  }

  /** The tables a table brings from its folder (an actors CSV its links, a goals CSV its indicators, tasks and measurements). */
  private async companions(role: 'actors' | 'goals', at: string): Promise<void> {
    const folder = path.posix.dirname(at);
    for (const name of Object.values(companionTables(role, at, this.entriesOf(folder)))) {
      await this.file(folder === '.' ? name : `${folder}/${name}`);
    }
  }

  /** The names in a folder of the revision. */
  private entriesOf(folder: string): string[] {
    const prefix = folder === '' || folder === '.' ? '' : `${folder}/`;
    const names: string[] = [];
    for (const key of this.tree.keys()) {
      if (key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) names.push(key.slice(prefix.length));
    }
    return names;
  }

  private async manifest(at: string): Promise<void> {
    if (this.manifests.has(at) || this.manifests.size >= MAX_MANIFESTS) return;
    this.manifests.add(at);
    const text = await this.file(at);
    if (text === undefined) return;
    let manifest: unknown;
    try {
      manifest = parse(text.toString('utf8'), { maxAliasCount: 1000 });
    } catch {
      return; // The loader reports what is wrong with it.
    }
    if (manifest === null || typeof manifest !== 'object') return;
    const folder = path.posix.dirname(at);
    const resolve = (p: string): string => path.posix.normalize(path.posix.join(folder, p)).replace(/\/$/, '');
    const record = manifest as Record<string, unknown>;
    for (const key of FILE_KEYS) {
      const value = record[key];
      if (typeof value !== 'string') continue;
      const file = resolve(splitSheet(value).file);
      await this.file(file);
      if (key === 'goals') await this.companions('goals', file);
    }
    const members = Array.isArray(record['members']) ? record['members'] : [];
    for (const member of members) if (typeof member === 'string') await this.ecosystem(resolve(member));
  }

  /** Copies one file; its content, or undefined when it is not a plain file in the revision. */
  private async file(at: string): Promise<Buffer | undefined> {
    const entry = this.tree.get(at);
    if (!entry) return undefined;
    if (entry.type === 'commit') {
      this.warnings.push(`${at} is a submodule; eco does not read into submodules`);
      return undefined;
    }
    if (entry.mode === '120000') {
      this.warnings.push(`${at} is a symbolic link in git; eco reads only plain files from a revision`);
      return undefined;
    }
    if (entry.type !== 'blob') return undefined;
    const content = await this.git('cat-file', 'blob', entry.object);
    const target = path.join(this.root, ...at.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    return content;
  }
}
