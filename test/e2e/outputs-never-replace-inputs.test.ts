// No run of eco writes over a file it read: the manifest, its CSV and YAML
// files, a member's files, a template — named directly, through a symbolic
// link, or as one of the files a multi-file output writes. The refusal is
// exit 2 with one line naming both paths, and the input is left as it was.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

/** A copy of the Pirkanmaa example in a temporary folder, and a snapshot of its files. */
function copyOfExample(): { dir: string; eco: string; files: Record<string, string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-inputs-'));
  const eco = path.join(dir, 'x');
  cpSync(`${ROOT}examples/pirkanmaa-security`, eco, { recursive: true });
  const files = Object.fromEntries(['ecosystem.yaml', 'actors.csv', 'links.csv'].map((f) => [f, readFileSync(path.join(eco, f), 'utf8')]));
  return { dir, eco, files };
}

function expectUntouched(eco: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) expect(readFileSync(path.join(eco, name), 'utf8'), name).toBe(content);
}

describe('outputs never destroy inputs', () => {
  it.each([
    ['validate -o the actors CSV', ['validate', 'x', '-o', 'x/actors.csv'], 'x/actors.csv'],
    ['map -o the manifest', ['map', 'x', '--format', 'json', '-o', 'x/ecosystem.yaml'], 'x/ecosystem.yaml'],
    ['export --to csv into the input folder', ['export', 'x', '--to', 'csv', '-o', 'x'], 'x/actors.csv'],
    ['status -o the links CSV', ['status', 'x', '--format', 'md', '-o', 'x/links.csv', '--as-of', '2026-06-30'], 'x/links.csv'],
    ['diff -o the old snapshot’s manifest', ['diff', 'x', 'x', '--format', 'json', '-o', 'x/ecosystem.yaml', '--as-of', '2026-06-30'], 'x/ecosystem.yaml'],
  ])('%s is refused with exit 2, naming both paths', async (_, args, target) => {
    const { dir, eco: folder, files } = copyOfExample();
    const run = await eco(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`eco: will not write ${target}: it is ${target}, an input of this run; choose another -o\n`);
    expectUntouched(folder, files);
  });

  it('an output that is a symbolic link to an input is refused too', async () => {
    const { dir, eco: folder, files } = copyOfExample();
    symlinkSync('actors.csv', path.join(folder, 'alias.csv'));
    const run = await eco(['map', 'x', '--format', 'json', '-o', 'x/alias.csv'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('eco: will not write x/alias.csv: it is x/actors.csv, an input of this run; choose another -o\n');
    expectUntouched(folder, files);
  });

  it('a member’s file is an input of the network’s run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-inputs-'));
    cpSync(`${ROOT}test/fixtures/network-of-ecosystems`, path.join(dir, 'net'), { recursive: true });
    const before = readFileSync(path.join(dir, 'net/north/ecosystem.yaml'), 'utf8');
    const run = await eco(['map', 'net', '--format', 'json', '-o', 'net/north/ecosystem.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^eco: will not write net\/north\/ecosystem.yaml: it is net\/north\/ecosystem.yaml, an input of this run/);
    expect(readFileSync(path.join(dir, 'net/north/ecosystem.yaml'), 'utf8')).toBe(before);
  });

  it('the template is an input: a report never replaces its own template', async () => {
    const { dir } = copyOfExample();
    writeFileSync(path.join(dir, 'my.hbs'), '# {{title}}\n');
    const run = await eco(['map', 'x', '--format', 'md', '--template', 'my.hbs', '-o', 'my.hbs'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^eco: will not write my.hbs: it is my.hbs, an input of this run/);
    expect(readFileSync(path.join(dir, 'my.hbs'), 'utf8')).toBe('# {{title}}\n');
    // Nor is the job summary appended to it.
    const gate = await eco(['status', 'x', '--format', 'md', '--template', 'my.hbs', '--as-of', '2026-06-30'], {
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: path.join(dir, 'my.hbs') },
    });
    expect(gate.code).toBe(2);
    expect(gate.stderr).toMatch(/eco: will not write my.hbs: it is my.hbs, an input of this run/);
    expect(readFileSync(path.join(dir, 'my.hbs'), 'utf8')).toBe('# {{title}}\n');
  });

  it('a Markdown report named .svg does not overwrite its own picture', async () => {
    const { dir } = copyOfExample();
    const run = await eco(['map', 'x', '--format', 'md', '-o', 'r.svg'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('eco: this run would write r.svg twice (the network picture and the Markdown report); choose another name with -o\n');
  });
});
