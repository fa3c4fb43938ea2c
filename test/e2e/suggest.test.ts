// eco suggest end to end: whom Iisalmi's ecosystem should invite from the
// North Savo network (goldens in both languages, the saved document laid out
// again by eco report), the same section in eco map --pool, bad input in one
// line, and the benchmark's hold-out protocol on a small slice of a real
// network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import type { SuggestResult } from '../../src/analysis/suggest/suggest.js';
import { outputDocumentProblems } from '../../src/model/output-documents.js';
import { eco } from '../helpers/eco-in-process.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/run-eco.js';

const TOWN = 'examples/seutukaupungit/towns/iisalmi';
const POOL = 'examples/pohjois-savo';

async function suggestOf(args: string[]): Promise<SuggestResult> {
  const run = await eco(['suggest', TOWN, '--pool', POOL, '--format', 'json', '--quiet', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as SuggestResult;
  expect(outputDocumentProblems(result)).toEqual([]);
  return result;
}

describe('eco suggest', () => {
  it('lists North Savo actors for Iisalmi, members excluded, each with its reasons and introducers', async () => {
    const result = await suggestOf([]);
    expect(result.pool).toMatchObject({ actors: 26, matched: 5, candidates: 21 });
    expect(result.home).toEqual({ city: 'Iisalmi', region: 'Pohjois-Savo', country: null });
    expect(result.gaps).toEqual({
      sectors: ['research', 'financier', 'community'],
      helices: [],
      layers: ['partner'],
      needs: ['TKI-palvelut', 'elintarvikkeet'],
    });
    const ids = result.candidates.map((c) => c.id);
    for (const member of ['iisalmen-kaupunki', 'olvi', 'ysao', 'savonia', 'ylasavon-yrittajat']) expect(ids).not.toContain(member);
    // The research body nearby that works with two members and has a needed competence, before the foreign institute.
    expect(ids[0]).toBe('luke-kuopio');
    expect(ids.indexOf('fraunhofer')).toBeGreaterThan(ids.indexOf('luke-kuopio'));
    expect(result.candidates[0]!.introducers.map((i) => i.name)).toEqual(['Savonia-ammattikorkeakoulu', 'Olvi Oyj']);
    for (const c of result.candidates)
      expect(c.score).toBeCloseTo(
        c.reasons.reduce((s, r) => s + r.points, 0),
        6,
      );
  });

  it('filters by sector (in Finnish too) and by competence, and cuts at --top', async () => {
    const financiers = await suggestOf(['--sector', 'rahoittaja']);
    expect(new Set(financiers.candidates.map((c) => c.sector))).toEqual(new Set(['financier']));
    expect(financiers.filter).toEqual({ top: 20, sector: 'financier', tag: null });
    const food = await suggestOf(['--tag', 'Elintarvikkeet', '--top', '2']);
    expect(food.candidates).toHaveLength(2);
    expect(food.pool.candidates).toBeGreaterThan(2);
  });

  const formats = (['fi', 'en'] as const).flatMap((lang) => (['md', 'html', 'text'] as const).map((format) => ({ lang, format })));
  it.each(formats)('the $lang $format report matches its golden file, and eco report lays the saved document out the same', async ({ lang, format }) => {
    const run = await eco(['suggest', TOWN, '--pool', POOL, '--lang', lang, '--format', format, '--quiet']);
    expect(run.code).toBe(0);
    expectGolden(`suggest/iisalmi.${lang}.${format === 'text' ? 'txt' : format}`, run.stdout);
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-suggest-'));
    const saved = path.join(dir, 'suggest.json');
    writeFileSync(saved, (await eco(['suggest', TOWN, '--pool', POOL, '--format', 'json', '--quiet'])).stdout);
    const again = await eco(['report', saved, '--lang', lang, '--format', format]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(run.stdout);
  });

  it('gives the same bytes on every run', async () => {
    const first = await eco(['suggest', TOWN, '--pool', POOL, '--format', 'json', '--quiet']);
    const second = await eco(['suggest', TOWN, '--pool', POOL, '--format', 'json', '--quiet']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses bad input with one line: exit 2 for a usage mistake, exit 1 for a pool with errors', async () => {
    const noPool = await eco(['suggest', TOWN]);
    expect(noPool.code).toBe(2);
    expect(noPool.stderr).toBe('eco: give the wider network to find candidates in with --pool <input> (a folder, manifest, CSV or workbook)\n');
    const sector = await eco(['suggest', TOWN, '--pool', POOL, '--sector', 'pankki']);
    expect(sector.code).toBe(2);
    expect(sector.stderr.trim().split('\n')).toHaveLength(1);
    expect(sector.stderr).toContain('--sector takes one of company, research');
    const top = await eco(['suggest', TOWN, '--pool', POOL, '--top', '0']);
    expect(top.code).toBe(2);
    const missing = await eco(['suggest', TOWN, '--pool', 'examples/ei-ole']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-suggest-bad-'));
    writeFileSync(path.join(dir, 'actors.csv'), 'id,name\nx,X\nx,Y\n');
    const invalid = await eco(['suggest', TOWN, '--pool', dir, '--format', 'json']);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(/actors\.csv:3:1: error/);
  });
});

describe('eco map --pool', () => {
  it('adds whom to invite to the baseline study: the same candidates eco suggest gives, the first ten', async () => {
    const run = await eco(['map', TOWN, '--pool', POOL, '--format', 'json', '--quiet']);
    expect(run.code).toBe(0);
    const map = JSON.parse(run.stdout) as MapResult;
    expect(outputDocumentProblems(map)).toEqual([]);
    const suggested = await suggestOf(['--top', '10']);
    expect(map.suggestions).toEqual(suggested);
    const html = await eco(['map', TOWN, '--pool', POOL, '--format', 'html', '--quiet']);
    expect(html.stdout).toContain('<section id="suggest">\n<h2>Ketä kutsua mukaan</h2>');
    const md = await eco(['map', TOWN, '--pool', POOL, '--format', 'md', '--quiet']);
    expect(md.stdout).toContain('## Ketä kutsua mukaan\n');
    expect((await eco(['map', TOWN, '--format', 'md', '--quiet'])).stdout).not.toContain('Ketä kutsua mukaan');
  });
});

describe('the benchmark protocol of bench/suggest.mjs', () => {
  it('on a slice of no-h2020, ranks the removed organisations first, better than degree or a plain tie count', () => {
    const rows = JSON.parse(
      execFileSync(process.execPath, [`${ROOT}bench/suggest.mjs`, '--data', `${ROOT}test/fixtures/suggest-slice`, '--json'], { encoding: 'utf8' }),
    ) as { name: string; removed: number; sector: string; eco: number; sectorInTop20: boolean; degree: number; tieCount: number; best: number }[];
    expect(rows.map((r) => r.name)).toEqual(['Trondheim', 'Bergen']);
    for (const row of rows) {
      expect(row.eco).toBe(row.best);
      expect(row.eco).toBeGreaterThan(Math.max(row.degree, row.tieCount));
      expect(row.sectorInTop20).toBe(true);
    }
  });
});
