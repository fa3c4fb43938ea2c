// Golden files: a report must equal its reviewed copy under test/golden/.
// UPDATE_GOLDEN=1 rewrites them on purpose (review the diff); without it, a
// missing golden file fails, so a test can never pass by writing its own answer.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-eco.js';

const GOLDEN = `${ROOT}test/golden`;

/** @param file the golden file's path under test/golden/ */
export function expectGolden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, actual);
  }
  expect(existsSync(target), `test/golden/${file} is missing (UPDATE_GOLDEN=1 writes it, for review)`).toBe(true);
  expect(actual, `${file} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(target, 'utf8'));
}
