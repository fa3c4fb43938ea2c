// The project's layering rules: dependencies point one way, commands → io,
// model, analysis, reports; reports → analysis → model; nothing imports a
// command; everything may use diagnostics.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-eco.js';

const FORBIDDEN: Record<string, string[]> = {
  model: ['io', 'analysis', 'reports', 'commands'],
  analysis: ['io', 'reports', 'commands'],
  reports: ['io', 'commands'],
  io: ['analysis', 'reports', 'exchange', 'commands'],
  exchange: ['io', 'commands'],
  diagnostics: ['io', 'model', 'analysis', 'reports', 'commands'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('layering', () => {
  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${layer} imports none of ${forbidden.join(', ')}`, () => {
      const offenders: string[] = [];
      for (const file of files(path.join(ROOT, 'src', layer))) {
        for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)) {
          const resolved = path.relative(path.join(ROOT, 'src'), path.resolve(path.dirname(file), target!));
          const top = resolved.split(path.sep)[0]!;
          if (forbidden.includes(top)) offenders.push(`${path.relative(ROOT, file)} → ${resolved}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }

  it('nothing outside src/cli.ts imports a command', () => {
    const offenders = files(path.join(ROOT, 'src'))
      .filter((file) => !file.includes(`${path.sep}commands${path.sep}`) && !file.endsWith('cli.ts'))
      .filter((file) => /from '[^']*commands\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
