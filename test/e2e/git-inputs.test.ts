// `git:REV:path` reads the files as git holds them: names with spaces,
// quotes and ä unquoted; submodules and symbolic links left out with a
// warning; only the files the ecosystem reads copied; and the temporary copy
// removed on every way out, a signal included.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialiseGitInput } from '../../src/io/git-snapshot.js';
import { ECO, ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

function repository(): { repo: string; git: (...args: string[]) => string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'eco-repo-'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
  git('init', '-q');
  return { repo, git };
}

describe('git:REV:path', () => {
  it('reads a folder whose name holds a line break', async () => {
    const { repo, git } = repository();
    cpSync(`${ROOT}examples/pirkanmaa-security`, path.join(repo, 'uusi\nrivi'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'first');
    const run = await eco(['diff', 'git:HEAD:uusi\nrivi', 'uusi\nrivi', '--format', 'json', '--as-of', '2026-06-30', '--quiet'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('reads folders and files whose names hold spaces, quotes and ä', async () => {
    const { repo, git } = repository();
    const folder = path.join(repo, 'Kuopion "uusi" ekosysteemi ä');
    mkdirSync(folder);
    cpSync(`${ROOT}examples/pirkanmaa-security/actors.csv`, path.join(folder, 'toimijät "2026".csv'));
    writeFileSync(path.join(folder, 'ecosystem.yaml'), 'schema: eco/v1\necosystem: { id: kuopio, name: Kuopio }\nactors: toimijät "2026".csv\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    const run = await eco(
      ['diff', 'git:HEAD:Kuopion "uusi" ekosysteemi ä', 'Kuopion "uusi" ekosysteemi ä', '--format', 'json', '--as-of', '2026-06-30', '--quiet'],
      { cwd: repo },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { actors: { joined: string[] } }).actors.joined).toEqual([]);
  });

  it('copies the files a spreadsheet inventory reads: Finnish names, a goals CSV with its indicators and tasks, a workbook and its sheets', async () => {
    const { repo, git } = repository();
    cpSync(`${ROOT}test/fixtures/spreadsheets/seinajoki-csv`, path.join(repo, 'csv'), { recursive: true });
    mkdirSync(path.join(repo, 'kirja'));
    cpSync(`${ROOT}test/fixtures/spreadsheets/seinajoki.xlsx`, path.join(repo, 'kirja', 'kartoitus.xlsx'));
    writeFileSync(
      path.join(repo, 'kirja', 'ecosystem.yaml'),
      'schema: eco/v1\necosystem: { id: kirja, name: Kirja }\nworkbook: kartoitus.xlsx\nactors: kartoitus.xlsx#Toimijat\n',
    );
    git('add', '.');
    git('commit', '-qm', 'first');
    type Trend = { snapshots: { actors: number; summary: unknown; indicators: Record<string, number> }[] };
    for (const input of ['csv', 'csv/toimijat.csv', 'kirja']) {
      const run = await eco(['trend', `git:HEAD:${input}`, input, '--format', 'json', '--quiet'], { cwd: repo });
      expect(run.code).toBe(0);
      const [fromGit, fromFolder] = (JSON.parse(run.stdout) as Trend).snapshots;
      expect(fromGit!.summary).toEqual(fromFolder!.summary);
      expect(fromGit!.indicators).toEqual(fromFolder!.indicators);
      if (input !== 'csv/toimijat.csv') expect(Object.keys(fromGit!.indicators)).toHaveLength(3);
    }
  });

  it('copies out of git only the files the ecosystem reads, not everything under its folder', async () => {
    const { repo, git } = repository();
    cpSync(`${ROOT}examples/pirkanmaa-security`, path.join(repo, 'eco'), { recursive: true });
    mkdirSync(path.join(repo, 'eco', 'vanhat'));
    writeFileSync(path.join(repo, 'eco', 'vanhat', 'arkisto.bin'), Buffer.alloc(5 << 20, 1));
    writeFileSync(path.join(repo, 'eco', 'muistio.txt'), 'ei osa aineistoa\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    const copy = await materialiseGitInput('git:HEAD:eco', repo);
    try {
      expect(readdirSync(copy.input).sort()).toEqual(['actors.csv', 'ecosystem.yaml', 'links.csv']);
    } finally {
      await copy.dispose();
    }
    expect(existsSync(copy.input)).toBe(false);
  });

  it('leaves out a symbolic link and a submodule with a warning, and the loader says what is missing', async () => {
    const { repo, git } = repository();
    mkdirSync(path.join(repo, 'net'));
    cpSync(`${ROOT}examples/pirkanmaa-security`, path.join(repo, 'pirkanmaa'), { recursive: true });
    symlinkSync('../pirkanmaa/actors.csv', path.join(repo, 'net', 'actors.csv'));
    writeFileSync(path.join(repo, 'net', 'ecosystem.yaml'), 'schema: eco/v1\necosystem: { id: net, name: Net }\nactors: actors.csv\nmembers: [sub]\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    git('update-index', '--add', '--cacheinfo', `160000,${git('rev-parse', 'HEAD').trim()},net/sub`);
    git('commit', '-qm', 'a submodule');
    const run = await eco(['diff', 'git:HEAD:net', 'pirkanmaa', '--format', 'json'], { cwd: repo });
    expect(run.stderr).toMatch(/^git:HEAD:net: warning: net\/actors.csv is a symbolic link in git; eco reads only plain files from a revision$/m);
    expect(run.stderr).toMatch(/^git:HEAD:net: warning: net\/sub is a submodule; eco does not read into submodules$/m);
    expect(run.code).toBe(1);
  });

  it('removes its temporary copy when stopped by a signal', async () => {
    const { repo, git } = repository();
    const { writeEcosystem } = (await import(`${ROOT}bench/generate-ecosystem.mjs`)) as { writeEcosystem: (out: string, o: object) => void };
    writeEcosystem(path.join(repo, 'big'), { actors: 20000, links: 100000, seed: 5 });
    git('add', '.');
    git('commit', '-qm', 'big');
    const temporaries = mkdtempSync(path.join(tmpdir(), 'eco-tmpdir-'));
    const child = spawn(process.execPath, [ECO, 'diff', 'git:HEAD:big', 'big', '--format', 'json', '--quiet'], {
      cwd: repo,
      stdio: 'ignore',
      env: { PATH: process.env['PATH'] ?? '', TMPDIR: temporaries },
    });
    const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(code === null ? String(signal) : String(code))));
    let copy: string | undefined;
    for (let waited = 0; waited < 60_000 && copy === undefined; waited += 5) {
      copy = readdirSync(temporaries).find((f) => f.startsWith('eco-git-'));
      if (copy === undefined) await new Promise((r) => setTimeout(r, 5));
    }
    expect(copy, 'eco made its copy').toBeDefined();
    child.kill('SIGTERM');
    // 143 if the signal came while the copy was there; once it is read and removed, nothing is left to
    // clean up and the signal ends eco as it ends any program.
    expect(['143', 'SIGTERM']).toContain(await exited);
    expect(readdirSync(temporaries)).toEqual([]);
  }, 120_000);
});
