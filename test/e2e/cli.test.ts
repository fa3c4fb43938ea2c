// The command line as a user meets it: help, version, init, output formats, exit codes.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runEco, STACK_LINE } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-test-'));

describe('eco', () => {
  it('--help lists the commands and exits 0', async () => {
    const run = runEco(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/validate \[options\] <input>/);
    expect(run.stdout).toMatch(/init \[dir\]/);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(runEco(['--version']).stdout.trim()).toBe(version);
  });

  it('an unknown command or option is a usage error (exit 2)', async () => {
    expect((await eco(['frobnicate'])).code).toBe(2);
    expect((await eco(['validate', 'examples/kauko', '--frob'])).code).toBe(2);
    expect((await eco(['validate', 'examples/kauko', '--format', 'xml'])).code).toBe(2);
    expect((await eco(['validate', 'examples/kauko', '--as-of', '2025-02-30'])).code).toBe(2);
  });

  it('a missing input is exit 2 with the path named and no stack trace', async () => {
    const run = await eco(['validate', 'no/such/place']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('eco: error input-not-found: no such file or folder: no/such/place\n');
  });
});

describe('eco init', () => {
  it('writes a valid ecosystem, and refuses to overwrite it', async () => {
    const dir = temp();
    const first = await eco(['init', dir]);
    expect(first.code).toBe(0);
    const manifest = readFileSync(path.join(dir, 'ecosystem.yaml'), 'utf8');
    const validate = await eco(['validate', dir, '--strict', '--as-of', '2026-01-01']);
    expect(validate.stderr).toMatch(/valid \(8 actors, 10 links\): 0 errors, 0 warnings/);
    expect(validate.code).toBe(0);

    const second = await eco(['init', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already has ecosystem.yaml, actors.csv, links.csv, goals.yaml/);
    expect(readFileSync(path.join(dir, 'ecosystem.yaml'), 'utf8')).toBe(manifest);
  });

  it('refuses when even one of its files exists, and writes none', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'links.csv'), 'mine\n');
    expect((await eco(['init', dir])).code).toBe(2);
    expect(existsSync(path.join(dir, 'ecosystem.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'links.csv'), 'utf8')).toBe('mine\n');
  });
});

describe('eco validate', () => {
  const bad = `${ROOT}test/fixtures/invalid/dangling-link-endpoint`;

  it('--format json gives the diagnostics as an array', async () => {
    const run = await eco(['validate', '.', '--format', 'json'], { cwd: bad });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'links.csv',
        line: 4,
        col: 3,
        severity: 'error',
        code: 'unknown-actor',
        message: 'target "d" is not the id, name or business id of any actor',
        args: { field: 'target', id: 'd' },
      },
    ]);
  });

  it('--strict fails on warnings; without it warnings pass', async () => {
    const folder = `${ROOT}test/fixtures/invalid/overdue-task-strict`;
    expect((await eco(['validate', folder, '--as-of', '2026-01-01'])).code).toBe(0);
    expect((await eco(['validate', folder, '--as-of', '2026-01-01', '--strict'])).code).toBe(1);
    expect((await eco(['validate', folder, '--as-of', '2025-01-01', '--strict'])).code).toBe(0);
  });

  it('SOURCE_DATE_EPOCH sets the date tasks are overdue against', async () => {
    const folder = `${ROOT}test/fixtures/invalid/overdue-task-strict`;
    const before = String(Date.UTC(2025, 0, 1) / 1000);
    const after = String(Date.UTC(2026, 0, 1) / 1000);
    expect((await eco(['validate', folder, '--strict'], { env: { SOURCE_DATE_EPOCH: before } })).code).toBe(0);
    expect((await eco(['validate', folder, '--strict'], { env: { SOURCE_DATE_EPOCH: after } })).code).toBe(1);
  });

  it('reads an actors CSV with --links, as an analyst with two spreadsheets would', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'toimijat.csv'), 'tunnus;nimi;sektori\na;Alfa Oy;yritys\nb;Beta ry;yhdistys\n');
    writeFileSync(path.join(dir, 'suhteet.csv'), 'lähde;kohde;paino\na;b;2,5\n');
    const run = await eco(['validate', 'toimijat.csv', '--links', 'suhteet.csv'], { cwd: dir });
    expect(run.stderr).toBe('toimijat.csv: valid (2 actors, 1 link): 0 errors, 1 warning\n');
    expect(run.stdout).toMatch(/warning no-orchestrator/);
  });

  it('reads a folder with only actors.csv and links.csv', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'actors.csv'), 'id,name,sector,layer\na,Alfa,company,orchestrator\nb,Beta,research,active\n');
    writeFileSync(path.join(dir, 'links.csv'), 'source,target\na,b\n');
    const run = await eco(['validate', dir, '--strict']);
    expect(run.code).toBe(0);
  });

  it('-o writes the problems to a file and never touches the input', async () => {
    const dir = temp();
    const input = `${ROOT}test/fixtures/invalid/weight-negative/links.csv`;
    const before = readFileSync(input, 'utf8');
    const out = path.join(dir, 'sub', 'problems.txt');
    const run = await eco(['validate', `${ROOT}test/fixtures/invalid/weight-negative`, '-o', out]);
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toMatch(/error out-of-range: weight must be greater than 0, not -2\n$/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('--debug does not change what bad input shows', async () => {
    const run = await eco(['--debug', 'validate', `${ROOT}test/fixtures/invalid/yaml-malformed`]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
