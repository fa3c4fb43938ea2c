// The Python the reference checks run with: Debian's python3 with
// python3-networkx, which .ci/run installs. In CI (ECO_REQUIRE_REFERENCE=1)
// they are required and fail without it; on a machine without it they are
// skipped, and say so.
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/python3', 'python3'];
const REQUIRED = process.env['ECO_REQUIRE_REFERENCE'] === '1';

function find(check: string, what: string): string | undefined {
  const found = CANDIDATES.find((p) => spawnSync(p, ['-c', check], { encoding: 'utf8' }).status === 0);
  if (!found && REQUIRED) throw new Error(`the reference checks need ${what} (apt-get install python3-networkx, as .ci/run does)`);
  if (!found) console.warn(`\n  not run: these checks need ${what} (apt-get install python3-networkx)\n`);
  return found;
}

/** A python3 with NetworkX, to read eco's exports independently. */
export const NETWORKX_PYTHON = find('import networkx', 'python3 with NetworkX');

/** A python3 (its expat parser rejects any character XML forbids). */
export const XML_PYTHON = find('import xml.dom.minidom', 'python3');
