// The layering `npm run lint` keeps (dependency-cruiser, .dependency-cruiser.cjs):
// the source obeys it, and a back-import or a cycle planted in a copy of the
// source makes it fail.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-eco.js';

function cruise(folder: string): { code: number | null; output: string } {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
  const run = spawnSync(bin, ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs')], { cwd: folder, encoding: 'utf8' });
  return { code: run.status, output: run.stdout + run.stderr };
}

/** A copy of the source and its TypeScript settings, to plant a mistake in. */
function copyOfSource(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-layers-'));
  cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  cpSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  return dir;
}

describe.concurrent('the layering lint', () => {
  it('passes on the source as it is', () => {
    const run = cruise(ROOT);
    expect(run.output).toMatch(/no dependency violations found/);
    expect(run.code).toBe(0);
  });

  it('fails on a back-import: the model reading a file through io', () => {
    const dir = copyOfSource();
    writeFileSync(path.join(dir, 'src/model/back-import.ts'), "import { readBounded } from '../io/read-bounded.js';\nexport const read = readBounded;\n");
    const run = cruise(dir);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/error model-pure: src\/model\/back-import\.ts → src\/io\/read-bounded\.ts/);
  });

  it('fails on a cycle, even of types only', () => {
    const dir = copyOfSource();
    writeFileSync(path.join(dir, 'src/analysis/cycle-a.ts'), "import type { B } from './cycle-b.js';\nexport interface A { b?: B }\n");
    writeFileSync(path.join(dir, 'src/analysis/cycle-b.ts'), "import type { A } from './cycle-a.js';\nexport interface B { a?: A }\n");
    const run = cruise(dir);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/error no-circular: src\/analysis\/cycle-a\.ts →/);
  });
});
