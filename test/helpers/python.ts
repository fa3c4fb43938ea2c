// The Python the reference checks run with: Debian's python3 with
// python3-networkx (installed by .ci/run). These checks are part of the
// suite, not optional: without it the tests fail and say what to install.
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/python3', 'python3'];

function find(): string {
  const found = CANDIDATES.find((p) => spawnSync(p, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0);
  if (!found) throw new Error('the reference checks need python3 with NetworkX: apt-get install python3-networkx (as .ci/run does)');
  return found;
}

export const PYTHON = find();
