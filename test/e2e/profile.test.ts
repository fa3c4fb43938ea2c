// ECO_PROFILE=1: each phase of a run timed on stderr, for bench/phases.mjs;
// without it, nothing more than usual.
import { describe, expect, it } from 'vitest';
import { runEco } from '../helpers/run-eco.js';

describe('ECO_PROFILE', () => {
  it('prints each phase and its milliseconds on stderr, and leaves stdout alone', () => {
    const plain = runEco(['map', 'examples/kauko', '--format', 'json', '--quiet']);
    const profiled = runEco(['map', 'examples/kauko', '--format', 'json', '--quiet'], { env: { ECO_PROFILE: '1' } });
    expect(profiled.code).toBe(0);
    expect(profiled.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const phases = profiled.stderr
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    for (const [tag, , ms] of phases) {
      expect(tag).toBe('phase');
      expect(Number(ms)).toBeGreaterThanOrEqual(0);
    }
    expect(phases.map(([, name]) => name)).toEqual(expect.arrayContaining(['read', 'check', 'graph', 'paths', 'louvain', 'constraint', 'render', 'write']));
  });
});
