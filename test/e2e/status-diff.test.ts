// eco status and eco diff end to end: goldens in both languages, exit codes
// for CI, git revisions as inputs, and the CI recipe's script.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/analysis/snapshot-diff.js';
import type { StatusResult } from '../../src/analysis/goal-status.js';
import { expectGolden } from '../helpers/golden.js';
import { ECO, ROOT, STACK_LINE } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const NETWORK = 'examples/seutukaupungit';
const OLD = `${NETWORK}/snapshots/2025-06`;
const NEW = `${NETWORK}/snapshots/2026-06`;

const formats = (['fi', 'en'] as const).flatMap((lang) => (['md', 'html'] as const).map((format) => ({ lang, format })));

describe('eco status', () => {
  it.each(formats)('the $lang $format report matches its golden file', async ({ lang, format }) => {
    const run = await eco(['status', NETWORK, '--as-of', '2026-06-30', '--since', OLD, '--lang', lang, '--format', format, '--quiet']);
    expect(run.code).toBe(0);
    expectGolden(`status/seutukaupungit.${lang}.${format}`, run.stdout);
  });

  it('--since compares like with like: the network’s own inventory against an earlier single one, as eco diff does', async () => {
    const status = JSON.parse((await eco(['status', NETWORK, '--as-of', '2026-06-30', '--since', OLD, '--format', 'json', '--quiet'])).stdout) as StatusResult;
    const diff = JSON.parse((await eco(['diff', OLD, NEW, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as {
      actors: { joined: unknown[] };
    };
    expect(status.since!.actors.joined).toHaveLength(diff.actors.joined.length);
    expect(diff.actors.joined).toHaveLength(2);
  });

  it('eco diff compares a member with the same member of a network, both ways', async () => {
    const member = `${NETWORK}/towns/rauma`;
    for (const pair of [
      [member, NETWORK],
      [NETWORK, member],
    ]) {
      const diff = JSON.parse((await eco(['diff', ...pair, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as DiffResult;
      expect(diff.actors).toEqual({ joined: [], left: [] });
      expect(diff.links.added).toEqual([]);
    }
  });

  it('--since compares a member with the same member of a network, both ways', async () => {
    const member = `${NETWORK}/towns/rauma`;
    for (const [now, old] of [
      [member, NETWORK],
      [NETWORK, member],
    ]) {
      const status = JSON.parse((await eco(['status', now!, '--since', old!, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as StatusResult;
      expect(status.since!.actors).toEqual({ joined: [], left: [] });
      expect(status.since!.links.added).toEqual([]);
    }
  });

  it('writes the eco-status/v1 document with the contract fields', async () => {
    const status = JSON.parse((await eco(['status', NETWORK, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as StatusResult;
    expect(status.schema).toBe('eco-status/v1');
    expect(status.asOf).toBe('2026-06-30');
    const g1 = status.goals[0]!;
    expect(Object.keys(g1)).toEqual(expect.arrayContaining(['id', 'title', 'due', 'indicators', 'tasks']));
    expect(Object.keys(g1.indicators[0]!)).toEqual(expect.arrayContaining(['id', 'value', 'progress', 'expected', 'onTrack']));
    expect(Object.keys(g1.tasks)).toEqual(['planned', 'in-progress', 'done', 'blocked', 'overdue']);
    expect(g1.indicators[0]).toMatchObject({ id: 'G1-I1', value: 8, progress: 0.75 });
  });

  it('lists overdue tasks with title and days late, blocked tasks, and tasks due within --due-within days', async () => {
    const status = JSON.parse((await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as StatusResult;
    expect(status.overdue[0]).toMatchObject({ id: 'G1-T2', goal: 'G1', due: '2026-03-31', owner: 'iisalmi', daysLate: 91 });
    expect(status.overdue[0]!.title).toMatch(/TKI-vastuutahot/);
    expect(status.dueWithin).toBe(90);
    expect(status.summary.blocked).toBe(status.blocked.length);
    expect(status.dueSoon.every((t) => t.daysLeft >= 0 && t.daysLeft <= 90)).toBe(true);
    const week = JSON.parse((await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'json', '--due-within', '7', '--quiet'])).stdout) as StatusResult;
    expect(week.dueWithin).toBe(7);
    expect(week.dueSoon.every((t) => t.daysLeft <= 7)).toBe(true);
    const bad = await eco(['status', OLD, '--due-within', 'soon', '--quiet']);
    expect([bad.code, bad.stderr]).toEqual([2, 'eco: --due-within must be a whole number, not "soon"\n']);
  });

  it('writes the Markdown report as a job summary: --summary FILE, or appended to $GITHUB_STEP_SUMMARY by a run that prints its report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-summary-'));
    const file = path.join(dir, 'summary.md');
    const written = await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'json', '--quiet', '--summary', file]);
    expect(written.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Tavoitteiden tilanne: .*\n[\s\S]*## Tavoitteet yhdellä silmäyksellä/);
    const step = path.join(dir, 'step.md');
    writeFileSync(step, 'Validation passed.\n');
    const gate = await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'text', '--quiet'], { env: { GITHUB_STEP_SUMMARY: step } });
    expect(gate.code).toBe(0);
    expect(readFileSync(step, 'utf8')).toMatch(/^Validation passed\.\n# Tavoitteiden tilanne/);
    // A run writing its report to a file leaves the job summary alone.
    await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'md', '--quiet', '-o', path.join(dir, 'status.md')], { env: { GITHUB_STEP_SUMMARY: step } });
    expect(readFileSync(step, 'utf8').match(/# Tavoitteiden tilanne/g)).toHaveLength(1);
  });

  it('eco validate --format github writes one annotation per problem, on its file and line', async () => {
    const run = await eco(['validate', OLD, '--as-of', '2026-06-30', '--format', 'github', '--quiet']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) (file=[^,:]+(,line=\d+,col=\d+)?,)?title=[a-z-]+::\S/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::warning file=examples\/seutukaupungit\/snapshots\/2025-06\/goals\.yaml,line=\d+,col=\d+,title=task-overdue::task "G1-T2" was due 2026-03-31/,
      ),
    );
  });

  it('--fail-on overdue fails with one line per overdue task, and passes when none is', async () => {
    const late = await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'json', '--fail-on', 'overdue', '--quiet']);
    expect(late.code).toBe(1);
    expect(late.stderr).toBe('overdue: task G1-T2 of goal G1 was due 2026-03-31 (owner iisalmi)\n');
    expect((await eco(['status', NEW, '--as-of', '2026-06-30', '--format', 'json', '--fail-on', 'overdue', '--quiet'])).code).toBe(0);
    expect((await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).code).toBe(0);
  });

  it('--fail-on off-track and invalid name their reasons; an unknown condition is a usage error', async () => {
    const behind = await eco(['status', NEW, '--as-of', '2026-06-30', '--format', 'json', '--fail-on', 'off-track', '--quiet']);
    expect(behind.code).toBe(1);
    expect(behind.stderr).toMatch(/^off-track: indicator G2-I1 of goal G2 is 67% of the way from baseline to target, 70% expected by 2026-06-30$/m);
    expect((await eco(['status', OLD, '--as-of', '2026-06-30', '--format', 'json', '--fail-on', 'invalid', '--quiet'])).stderr).toMatch(
      /^invalid: the input has 1 validation warning/m,
    );
    expect((await eco(['status', NEW, '--fail-on', 'late'])).code).toBe(2);
  });

  it('refuses invalid input with exit 1 and no stack trace', async () => {
    const run = await eco(['status', 'test/fixtures/invalid/unknown-task-status', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error unknown-value: status "dnoe"/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('eco diff', () => {
  it.each(formats)('the $lang $format report matches its golden file', async ({ lang, format }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-diff-'));
    const out = path.join(dir, `muutos.${format}`);
    const run = await eco(['diff', OLD, NEW, '--as-of', '2026-06-30', '--lang', lang, '--format', format, '--quiet', '-o', out]);
    expect(run.code).toBe(0);
    expectGolden(`diff/seutukaupungit.${lang}.${format}`, readFileSync(out, 'utf8'));
    if (format === 'md') {
      expectGolden(`diff/seutukaupungit.${lang}.before.svg`, readFileSync(path.join(dir, 'muutos.before.svg'), 'utf8'));
      expectGolden(`diff/seutukaupungit.${lang}.after.svg`, readFileSync(path.join(dir, 'muutos.after.svg'), 'utf8'));
    }
  });

  it('writes the eco-diff/v1 document', async () => {
    const diff = JSON.parse((await eco(['diff', OLD, NEW, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as DiffResult;
    expect(diff.schema).toBe('eco-diff/v1');
    expect(diff.actors).toEqual({ joined: ['lab', 'ylasavon-yrittajat'], left: [] });
    expect(diff.layerMoves).toContainEqual({ id: 'uef', from: 'potential', to: 'active' });
    // rauma–samk: the explicit link 2 → 3, plus one shared event then, two now.
    expect(diff.links.reweighted).toContainEqual({ source: 'rauma', target: 'samk', from: 3, to: 5 });
    expect(diff.tasksDone.map((t) => t.id)).toEqual(['G1-T2', 'G2-T4']);
    expect(diff.summary.before.actors).toBe(17);
    expect(diff.summary.after.actors).toBe(19);
  });

  it('shows actors present in both snapshots at the same place in both pictures', async () => {
    const html = (await eco(['diff', OLD, NEW, '--as-of', '2026-06-30', '--format', 'html', '--quiet'])).stdout;
    const [before, after] = html.split('<figure><h3>').slice(1);
    const position = (svg: string, id: string): string | undefined =>
      new RegExp(`cx="([\\d.]+)" cy="([\\d.]+)" r="[\\d.]+" fill="[^"]+" data-id="${id}"`).exec(svg)?.slice(1).join(',');
    for (const id of ['iisalmi', 'rauma', 'uef', 'kuntaliitto']) expect(position(before!, id)).toBe(position(after!, id));
    expect(position(before!, 'lab')).toBeUndefined();
    expect(position(after!, 'lab')).toBeDefined();
  });

  it('reads git:REV:path from the repository of the working folder', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'eco-repo-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
      });
    git('init', '-q');
    cpSync(`${ROOT}${OLD}`, path.join(repo, 'eco'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'June 2025');
    git('tag', 'v2025.06');
    cpSync(`${ROOT}${NEW}`, path.join(repo, 'eco'), { recursive: true });
    git('commit', '-qam', 'June 2026');
    const diff = JSON.parse(
      (await eco(['diff', 'git:v2025.06:eco', 'eco', '--as-of', '2026-06-30', '--format', 'json', '--quiet'], { cwd: repo })).stdout,
    ) as DiffResult;
    // Labelled by when its data was gathered (ecosystem.collected), not by the path it was read from.
    expect(diff.before.label).toBe('2025-06');
    expect(diff.actors.joined).toEqual(['lab', 'ylasavon-yrittajat']);
    const manifest = await eco(['status', 'eco', '--since', 'git:HEAD~1:eco/ecosystem.yaml', '--as-of', '2026-06-30', '--format', 'text', '--quiet'], {
      cwd: repo,
    });
    expect(manifest.code).toBe(0);
    expect(manifest.stdout).toMatch(/Muutokset verrattuna aineistoon 6\/2025:\n {2}2 uutta toimijaa: LAB-ammattikorkeakoulu ja Ylä-Savon Yrittäjät ry\./);
    const missing = await eco(['diff', 'git:nosuchtag:eco', 'eco'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^eco: cannot read git:nosuchtag:eco from git: /);
  });
});

describe.concurrent('the CI recipe (examples/ci/eco-status.sh)', () => {
  const script = `${ROOT}examples/ci/eco-status.sh`;
  const run = (input: string, asOf: string) => {
    const reports = mkdtempSync(path.join(tmpdir(), 'eco-ci-'));
    const result = spawnSync('bash', [script, input, reports], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ECO: `${process.execPath} ${ECO}`, AS_OF: asOf },
    });
    return { ...result, reports };
  };

  it('writes the reports and exits 0 when nothing is overdue', () => {
    // The towns' network itself is run by .ci/run; here one snapshot, before its task fell due.
    const result = run(OLD, '2025-06-30');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(result.reports, 'status.md'), 'utf8')).toMatch(/^# Tavoitteiden tilanne: /);
    expect(readFileSync(path.join(result.reports, 'status.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('exits 1 when a task is overdue, naming it, and still writes the reports', () => {
    const result = run(OLD, '2026-06-30');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/overdue: task G1-T2 of goal G1 was due 2026-03-31/);
    expect(existsSync(path.join(result.reports, 'status.html'))).toBe(true);
  });
});
