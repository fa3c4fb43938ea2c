// `eco report saved.json` lays a saved document out again without
// recomputing: the same bytes as the command that made it. And every document
// eco writes is valid against its schema in schemas/.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDocumentProblems } from '../../src/model/output-documents.js';
import { eco } from '../helpers/eco-in-process.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-report-'));
const OLD = 'examples/seutukaupungit/snapshots/2025-06';
const NEW = 'examples/seutukaupungit/snapshots/2026-06';
const AS_OF = ['--as-of', '2026-06-30', '--quiet'];

const commands: [string, string[]][] = [
  ['map of kauko', ['map', 'examples/kauko', ...AS_OF]],
  ['map of the network of towns', ['map', 'examples/seutukaupungit', ...AS_OF]],
  ['status with --since', ['status', 'examples/seutukaupungit', '--since', OLD, ...AS_OF]],
  ['diff', ['diff', OLD, NEW, ...AS_OF]],
  ['map with --pool', ['map', 'examples/seutukaupungit/towns/iisalmi', '--pool', 'examples/pohjois-savo', ...AS_OF]],
];

describe('eco report', () => {
  it.each(commands)('re-renders a saved %s: the same Markdown, pictures and HTML as the command', async (_, args) => {
    const dir = temp();
    const saved = path.join(dir, 'saved.json');
    expect((await eco([...args, '--format', 'json', '-o', saved])).code).toBe(0);
    for (const lang of ['fi', 'en']) {
      const direct = path.join(dir, `direct-${lang}`);
      const again = path.join(dir, `again-${lang}`);
      expect((await eco([...args, '--format', 'md', '--lang', lang, '-o', path.join(direct, 'r.md')])).code).toBe(0);
      expect((await eco(['report', saved, '--format', 'md', '--lang', lang, '-o', path.join(again, 'r.md')])).code).toBe(0);
      expect(readdirSync(again).sort()).toEqual(readdirSync(direct).sort());
      for (const file of readdirSync(direct)) expect(readFileSync(path.join(again, file), 'utf8'), file).toBe(readFileSync(path.join(direct, file), 'utf8'));
      expect((await eco(['report', saved, '--format', 'html', '--lang', lang])).stdout).toBe((await eco([...args, '--format', 'html', '--lang', lang])).stdout);
    }
  });

  it('refuses a file that is no document eco wrote, in one line', async () => {
    const run = await eco(['report', 'package.json', '--format', 'md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'eco: package.json is no document eco wrote (its "schema" is null; eco report lays out eco-map/v1, eco-status/v1, eco-diff/v1, eco-trend/v1, eco-suggest/v1)\n',
    );
  });
});

describe('every document eco writes is valid against its schema', () => {
  it.each([
    ...commands,
    ['map of a workbook with --skip-invalid', ['map', 'test/fixtures/spreadsheets/mistakes/kartoitus.xlsx', '--skip-invalid', '--quiet']],
    ['map of hostile characters', ['map', 'test/fixtures/hostile-characters', '--quiet']],
    ['directed map', ['map', 'test/fixtures/networks/directed-cycle', '--directed', '--quiet']],
    ['map of the long path, eigenvector null', ['map', 'test/fixtures/networks/long-path', '--quiet']],
  ] as [string, string[]][])('%s', async (_, args) => {
    const run = await eco([...args, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(outputDocumentProblems(JSON.parse(run.stdout))).toEqual([]);
  });
});
