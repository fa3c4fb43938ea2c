// The corpus of bad inputs: each folder under test/fixtures/invalid has one
// defect and an expected.txt with the exit code, each problem's location,
// severity and code, and the summary on stderr that `eco validate .
// --as-of 2026-01-01` must give. The words of each message are checked once,
// on its first appearance in the corpus, against invalid-messages.txt, so a
// change of wording is one line to review, not fifty (UPDATE_GOLDEN=1 rewrites
// both).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eco } from '../helpers/eco-in-process.js';
import { ROOT, STACK_LINE } from '../helpers/run-eco.js';

const CORPUS = `${ROOT}test/fixtures/invalid`;
const MESSAGES = `${ROOT}test/fixtures/invalid-messages.txt`;
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const PROBLEM = /^(.*?): (error|warning) ([a-z0-9-]+): (.*)$/;

/** Each problem code's first full line in the corpus, by case, in corpus order. */
const firstLines = new Map<string, string>();
const seen = new Map<string, string[]>();

describe('eco validate on the bad-input corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const folder = `${CORPUS}/${name}`;
    const extra = existsSync(`${folder}/args`) ? readFileSync(`${folder}/args`, 'utf8').trim().split(/\s+/) : [];
    const run = await eco(['validate', '.', '--as-of', '2026-01-01', ...extra], { cwd: folder });
    const lines = run.stdout.split('\n').filter(Boolean);
    seen.set(name, lines);
    const problems = lines.map((line) => {
      const match = PROBLEM.exec(line);
      if (!match) throw new Error(`${name}: not a problem line: ${line}`);
      return `${match[1]}: ${match[2]} ${match[3]}`;
    });
    const actual = `exit ${run.code}\n--- problems\n${problems.map((p) => `${p}\n`).join('')}--- stderr\n${run.stderr}`;
    const expectedFile = `${folder}/expected.txt`;
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    expect([1, 2]).toContain(run.code);
    expect(run.stdout + run.stderr).toMatch(/error|warning/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('words each problem code as invalid-messages.txt says, on its first appearance', () => {
    // Only a run of the whole corpus knows which case shows a code first.
    if (seen.size !== cases.length) return;
    for (const name of cases) {
      for (const line of seen.get(name) ?? []) {
        const code = PROBLEM.exec(line)?.[3];
        if (code && !firstLines.has(code)) firstLines.set(code, `${name}: ${line}`);
      }
    }
    const actual = [...firstLines.values()].map((l) => `${l}\n`).join('');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(MESSAGES, actual);
    expect(actual).toBe(readFileSync(MESSAGES, 'utf8'));
  });
});
