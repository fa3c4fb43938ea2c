// NetworkX, an independent reader, opens eco's GEXF and GraphML and finds
// eco's counts, attributes and weights (test/reference/check-exports.py).
// Runs when a Python with NetworkX is present; otherwise says it skipped.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-eco.js';

const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0);
if (!python) console.warn('\n  SKIPPED: reading the exports with NetworkX needs python3 with networkx (apt-get install python3-networkx)\n');

describe.runIf(python)('NetworkX reads eco exports', () => {
  it.each(['examples/pirkanmaa-security', 'examples/kauko', 'test/fixtures/networks/les-miserables'])('%s', (folder) => {
    const run = spawnSync(python!, [`${ROOT}test/reference/check-exports.py`, `${ROOT}${folder}`], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('ok\n');
    expect(run.status).toBe(0);
  });
});
