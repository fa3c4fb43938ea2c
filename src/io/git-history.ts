// The commits `eco trend` reads snapshots from: the one a git:REV:path input
// names, or (`--git PATH`) every commit that changed the ecosystem's files —
// its manifest, the files the manifest names and its members — oldest first,
// or with `--monthly` the last of each month. Only `git log` and `git
// rev-parse` are run here; the files themselves are read by git-snapshot.ts.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../diagnostics/errors.js';
import { companionTables } from './ecosystem-entry.js';
import { gitRunner } from './git-snapshot.js';
import { splitSheet } from './read-collection.js';

export interface Commit {
  hash: string;
  /** The commit date, YYYY-MM-DD. */
  date: string;
}

/** The manifest's keys that name files. */
const FILE_KEYS = ['actors', 'links', 'projects', 'events', 'goals', 'workbook'] as const;
const MANIFESTS = ['ecosystem.yaml', 'ecosystem.yml'];

/** The commit a revision names (a tag, a branch, a hash); a UsageError in one line when there is none. */
export async function commitOf(revision: string, input: string, cwd: string = process.cwd()): Promise<Commit> {
  // A revision is never an option of git's own (git:--output=…:path).
  if (revision.startsWith('-')) throw new UsageError(`cannot read ${input} from git: "${revision}" is no revision`);
  const git = gitRunner(input, cwd);
  const line = (await git('log', '-1', '--format=%H%x09%cs', revision, '--')).toString('utf8').trim();
  return parseCommit(line);
}

/** The commits that changed the ecosystem at `at` (a folder or a manifest), oldest first. */
export async function commitsChanging(at: string, monthly: boolean, cwd: string = process.cwd()): Promise<Commit[]> {
  const paths = await ecosystemPaths(path.resolve(cwd, at));
  const git = gitRunner(`--git ${at}`, cwd);
  const listing = (await git('log', '--reverse', '--format=%H%x09%cs', '--', ...paths)).toString('utf8');
  const commits = listing
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(parseCommit);
  return monthly ? lastOfEachMonth(commits) : commits;
}

/** The last commit of each month, of commits oldest first. */
export function lastOfEachMonth(commits: readonly Commit[]): Commit[] {
  const byMonth = new Map<string, Commit>();
  for (const commit of commits) {
    const month = commit.date.slice(0, 7);
    byMonth.delete(month); // a later commit of a month moves to its end: the order stays the commits' own
    byMonth.set(month, commit);
  }
  return [...byMonth.values()];
}

function parseCommit(line: string): Commit {
  const [hash, date] = line.split('\t');
  return { hash: hash!, date: date! };
}

/** The manifest and what it names (absolute), or the folder itself when it has no manifest. */
async function ecosystemPaths(at: string): Promise<string[]> {
  const info = await stat(at).catch(() => undefined);
  if (!info) throw new UsageError(`--git ${path.relative(process.cwd(), at) || '.'}: no such file or folder`);
  let manifest: string | undefined;
  if (info.isDirectory()) {
    for (const name of MANIFESTS) {
      if (await stat(path.join(at, name)).catch(() => undefined)) {
        manifest = path.join(at, name);
        break;
      }
    }
    if (!manifest) return [at];
  } else if (/\.ya?ml$/i.test(at)) {
    manifest = at;
  } else {
    return [at, ...(await companionsOf('actors', at))];
  }
  const paths = [manifest];
  let record: Record<string, unknown> = {};
  try {
    const value: unknown = parse(await readFile(manifest, 'utf8'), { maxAliasCount: 1000 });
    if (value !== null && typeof value === 'object') record = value as Record<string, unknown>;
  } catch {
    // A manifest that does not parse names nothing more; the snapshots' loading says what is wrong with it.
  }
  const folder = path.dirname(manifest);
  for (const key of FILE_KEYS) {
    const value = record[key];
    if (typeof value !== 'string') continue;
    const file = path.resolve(folder, splitSheet(value).file);
    paths.push(file);
    if (key === 'goals') paths.push(...(await companionsOf('goals', file)));
  }
  for (const member of Array.isArray(record['members']) ? record['members'] : []) {
    if (typeof member === 'string') paths.push(path.resolve(folder, member));
  }
  return paths;
}

/** The tables a table brings from its folder (src/io/ecosystem-entry.ts), absolute. */
async function companionsOf(role: 'actors' | 'goals', file: string): Promise<string[]> {
  const folder = path.dirname(file);
  const entries = await readdir(folder).catch(() => [] as string[]);
  return Object.values(companionTables(role, file, entries)).map((name) => path.join(folder, name));
}
