// NetworkX, an independent reader, opens eco's GEXF and GraphML and finds
// eco's counts, attributes and weights (test/reference/check-exports.py).
// Needs python3 with NetworkX (Debian's python3-networkx, which .ci/run installs and requires).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NETWORKX_PYTHON } from '../helpers/python.js';
import { ROOT } from '../helpers/run-eco.js';

describe.runIf(NETWORKX_PYTHON).concurrent('NetworkX reads eco exports', () => {
  it.each(['examples/pirkanmaa-security', 'examples/kauko', 'test/fixtures/networks/les-miserables'])('%s', (folder) => {
    const run = spawnSync(NETWORKX_PYTHON!, [`${ROOT}test/reference/check-exports.py`, `${ROOT}${folder}`], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('ok\n');
    expect(run.status).toBe(0);
  });
});
