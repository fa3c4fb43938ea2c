// Reads an input as it was at a git revision: `git:REV:path` (the path in the
// repository of the current folder), so CI can compare with the last release
// without a checkout. The files are copied from git into a temporary folder;
// messages name them as REV:path.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../diagnostics/errors.js';

const run = promisify(execFile);

export interface Materialised {
  /** The path to load. */
  input: string;
  /** How paths inside it are shown. */
  display: (absolute: string) => string;
  /** Removes the temporary copy. */
  dispose: () => Promise<void>;
}

export function isGitInput(input: string): boolean {
  return input.startsWith('git:');
}

export async function materialiseGitInput(input: string, cwd: string = process.cwd()): Promise<Materialised> {
  const match = /^git:([^:]+):(.*)$/.exec(input);
  if (!match) throw new UsageError(`a git input is written git:REV:path (e.g. git:v1.0:examples/seutukaupungit), not "${input}"`);
  const revision = match[1]!;
  const wanted = path.posix.normalize(match[2]!.replace(/\\/g, '/')).replace(/^\.\/?/, '').replace(/\/$/, '');
  const git = async (...args: string[]): Promise<string> => {
    try {
      return (await run('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' })).stdout;
    } catch (e) {
      const message = ((e as { stderr?: string }).stderr ?? String(e)).trim().split('\n')[0];
      throw new UsageError(`cannot read ${input} from git: ${message}`);
    }
  };
  const prefix = (await git('rev-parse', '--show-prefix')).trim();
  const inRepo = path.posix.join(prefix, wanted);
  const type = (await git('cat-file', '-t', `${revision}:${inRepo}`)).trim();
  const folder = type === 'tree' ? inRepo : path.posix.dirname(inRepo);
  const files = (await git('ls-tree', '-r', '--name-only', revision, '--', folder === '.' ? '' : folder)).split('\n').filter((f) => f !== '');
  const root = await mkdtemp(path.join(tmpdir(), 'eco-git-'));
  for (const file of files) {
    const relative = folder === '.' ? file : path.posix.relative(folder, file);
    const target = path.join(root, ...relative.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    const content = await run('git', ['show', `${revision}:${file}`], { cwd, maxBuffer: 1 << 30, encoding: 'buffer' });
    await writeFile(target, content.stdout);
  }
  const shownFolder = type === 'tree' ? wanted : path.posix.dirname(wanted);
  return {
    input: type === 'tree' ? root : path.join(root, path.posix.basename(inRepo)),
    display: (absolute) => `${revision}:${path.posix.join(shownFolder, path.relative(root, absolute).split(path.sep).join('/'))}`,
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
