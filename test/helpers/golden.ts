// Golden files: a report must equal its reviewed copy under test/golden/.
// UPDATE_GOLDEN=1 rewrites them on purpose (review the diff); without it, a
// missing golden file fails, so a test can never pass by writing its own answer.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-eco.js';

const GOLDEN = `${ROOT}test/golden`;
const EXPLORER = `${ROOT}dist/reports/assets/explorer.js`;

/**
 * The explorer's script, which an HTML report carries whole, stands as one
 * line in the golden files: it is minified code, tested in Chromium
 * (test/browser), and would otherwise change every HTML golden file with each
 * change to it.
 */
function withoutBundle(text: string): string {
  const bundle = existsSync(EXPLORER) ? readFileSync(EXPLORER, 'utf8') : null;
  return bundle ? text.split(bundle).join('/* dist/reports/assets/explorer.js */') : text;
}

/** @param file the golden file's path under test/golden/ */
export function expectGolden(file: string, report: string): void {
  const actual = withoutBundle(report);
  const target = path.join(GOLDEN, file);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, actual);
  }
  expect(existsSync(target), `test/golden/${file} is missing (UPDATE_GOLDEN=1 writes it, for review)`).toBe(true);
  expect(actual, `${file} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(target, 'utf8'));
}
