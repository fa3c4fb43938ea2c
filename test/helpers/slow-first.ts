// The order test files start in: the slowest first, so both workers finish
// together. Vitest orders by the timings of an earlier run, which a fresh
// clone (as in CI) lacks; without them it would start these last. Tests that
// measure time go last of all, when the other worker has little left to do.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOWEST = [
  'test/browser/explorer.test.ts',
  'test/e2e/safe-writes.test.ts',
  'test/browser/report-in-chromium.test.ts',
  'test/browser/layout.test.ts',
  'test/e2e/status-diff.test.ts',
  'test/e2e/trend.test.ts',
  'test/e2e/networkx-reads-exports.test.ts',
  'test/e2e/layering.test.ts',
  'test/e2e/shared-data-reference.test.ts',
  'test/e2e/threads.test.ts',
  'test/e2e/safe-inputs.test.ts',
  'test/e2e/report.test.ts',
];

const TIMED_LAST = ['test/browser/explorer-timing.test.ts'];

export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      if (TIMED_LAST.some((name) => file.moduleId.endsWith(name))) return SLOWEST.length + 1;
      const at = SLOWEST.findIndex((name) => file.moduleId.endsWith(name));
      return at === -1 ? SLOWEST.length : at;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file);
  }
}
