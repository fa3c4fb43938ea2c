// The golden helper itself: a missing golden file fails unless UPDATE_GOLDEN=1,
// so no report test can pass by writing its own answer.
import { existsSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGolden } from '../../helpers/golden.js';
import { ROOT } from '../../helpers/run-eco.js';

const NAME = 'never-written/missing.txt';

describe('expectGolden', () => {
  const saved = process.env['UPDATE_GOLDEN'];
  afterEach(() => {
    if (saved === undefined) delete process.env['UPDATE_GOLDEN'];
    else process.env['UPDATE_GOLDEN'] = saved;
    rmSync(`${ROOT}test/golden/never-written`, { recursive: true, force: true });
  });

  it('fails on a missing golden file, and writes none', () => {
    delete process.env['UPDATE_GOLDEN'];
    expect(() => expectGolden(NAME, 'a report\n')).toThrow(/test\/golden\/never-written\/missing\.txt is missing/);
    expect(existsSync(`${ROOT}test/golden/${NAME}`)).toBe(false);
  });

  it('fails on a report that differs from its golden file', () => {
    process.env['UPDATE_GOLDEN'] = '1';
    expectGolden(NAME, 'the reviewed report\n');
    delete process.env['UPDATE_GOLDEN'];
    expect(() => expectGolden(NAME, 'another report\n')).toThrow(/differs from its golden file/);
  });
});
