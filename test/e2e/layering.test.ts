// The layering `npm run lint` keeps (dependency-cruiser, .dependency-cruiser.cjs):
// the source obeys it, and a back-import or a cycle planted in a small tree
// of the same folders makes it fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-eco.js';

function cruise(folder: string): { code: number | null; output: string } {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
  const run = spawnSync(bin, ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs')], { cwd: folder, encoding: 'utf8' });
  return { code: run.status, output: run.stdout + run.stderr };
}

/** A source tree of the given files with eco's TypeScript settings: the rules go by folder, so a few files show them. */
function treeOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-layers-'));
  cpSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe.concurrent('the layering lint', () => {
  it('passes on the source as it is', () => {
    const run = cruise(ROOT);
    expect(run.output).toMatch(/no dependency violations found/);
    expect(run.code).toBe(0);
  });

  it('fails on a back-import: the model reading a file through io', () => {
    const dir = treeOf({
      'src/io/read-bounded.ts': 'export const readBounded = (file: string): string => file;\n',
      'src/model/back-import.ts': "import { readBounded } from '../io/read-bounded.js';\nexport const read = readBounded;\n",
    });
    const run = cruise(dir);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/error model-pure: src\/model\/back-import\.ts → src\/io\/read-bounded\.ts/);
  });

  it('fails on a cycle, even of types only', () => {
    const dir = treeOf({
      'src/analysis/cycle-a.ts': "import type { B } from './cycle-b.js';\nexport interface A { b?: B }\n",
      'src/analysis/cycle-b.ts': "import type { A } from './cycle-a.js';\nexport interface B { a?: A }\n",
    });
    const run = cruise(dir);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/error no-circular: src\/analysis\/cycle-a\.ts →/);
  });
});
