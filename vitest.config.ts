import { defineConfig } from 'vitest/config';
import SlowFirst from './test/helpers/slow-first.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // Test files run in child processes, as the in-process runs of eco change the working folder.
    pool: 'forks',
    // Files share those processes: each in-process run puts back the folder and the environment it
    // changed, and a process per file took a third of the suite's time.
    isolate: false,
    // Both cores: most tests wait on a spawned eco, a browser or the disk as often as on the CPU.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirst },
  },
});
