// The corpus of bad inputs: each folder under test/fixtures/invalid has one
// defect and an expected.txt with the exact exit code, stdout and stderr that
// `eco validate . --as-of 2026-01-01` must give (UPDATE_GOLDEN=1 rewrites them).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, STACK_LINE } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const CORPUS = `${ROOT}test/fixtures/invalid`;
const cases = readdirSync(CORPUS).sort();

describe('eco validate on the bad-input corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const folder = `${CORPUS}/${name}`;
    const extra = existsSync(`${folder}/args`) ? readFileSync(`${folder}/args`, 'utf8').trim().split(/\s+/) : [];
    const run = await eco(['validate', '.', '--as-of', '2026-01-01', ...extra], { cwd: folder });
    const actual = `exit ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
    const expectedFile = `${folder}/expected.txt`;
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    expect([1, 2]).toContain(run.code);
    expect(run.stdout + run.stderr).toMatch(/error|warning/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
