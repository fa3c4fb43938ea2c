import { defineConfig } from 'vitest/config';
import SlowFirst from './test/helpers/slow-first.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // Each test file in a process of its own: the in-process runs of eco change the working folder.
    pool: 'forks',
    // Both cores: most tests wait on a spawned eco, a browser or the disk as often as on the CPU.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirst },
  },
});
