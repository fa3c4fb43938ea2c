import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialiseGitInput } from '../../../src/io/git-snapshot.js';
import { ROOT } from '../../helpers/run-eco.js';

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('materialiseGitInput', () => {
  it('copies the manifest, the files it names and its members — nothing else — mirroring the repository', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'eco-repo-'));
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
    git('init', '-q');
    cpSync(`${ROOT}test/fixtures/network-of-ecosystems`, path.join(repo, 'net'), { recursive: true });
    mkdirSync(path.join(repo, 'shared'));
    writeFileSync(path.join(repo, 'shared', 'goals.yaml'), '[]\n');
    writeFileSync(
      path.join(repo, 'net', 'ecosystem.yaml'),
      `${execFileSync('cat', [path.join(repo, 'net', 'ecosystem.yaml')], { encoding: 'utf8' }).replace(/goals:[\s\S]*/, '')}goals: ../shared/goals.yaml\n`,
    );
    writeFileSync(path.join(repo, 'net', 'raportti.pdf'), Buffer.alloc(1024, 7));
    writeFileSync(path.join(repo, 'net', 'north', 'muistiinpanot.txt'), 'ei ekosysteemin tiedosto\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    const copy = await materialiseGitInput('git:HEAD:net', repo);
    try {
      const root = path.dirname(copy.input);
      expect(copy.input).toBe(path.join(root, 'net'));
      expect(files(root)).toEqual(['net/ecosystem.yaml', 'net/north/ecosystem.yaml', 'net/south/ecosystem.yaml', 'shared/goals.yaml']);
      expect(copy.display(path.join(root, 'net', 'north', 'ecosystem.yaml'))).toBe('HEAD:net/north/ecosystem.yaml');
      expect(copy.warnings).toEqual([]);
    } finally {
      await copy.dispose();
    }
    expect(existsSync(path.dirname(copy.input))).toBe(false);
  });
});
