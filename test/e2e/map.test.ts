// `eco map` end to end: the JSON contract, determinism, sampling, the terminal summary, bad input.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { ROOT, STACK_LINE } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const examples = readdirSync(`${ROOT}examples`).filter((name) => statSync(`${ROOT}examples/${name}/ecosystem.yaml`, { throwIfNoEntry: false })?.isFile());
const map = (args: string[]) => eco(['map', ...args, '--quiet']);

describe('eco map', () => {
  it.each(examples)('maps the example %s with every contract field', async (name) => {
    const run = await map([`examples/${name}`, '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as MapResult;
    expect(result.schema).toBe('eco-map/v1');
    expect(Object.keys(result.summary)).toEqual(
      expect.arrayContaining([
        'actors',
        'links',
        'density',
        'components',
        'isolates',
        'diameter',
        'averagePathLength',
        'averageClustering',
        'communities',
        'modularity',
        'betweennessMethod',
      ]),
    );
    for (const actor of result.actors) {
      expect(Object.keys(actor)).toEqual(
        expect.arrayContaining([
          'id',
          'name',
          'sector',
          'layer',
          'degree',
          'strength',
          'degreeCentrality',
          'betweenness',
          'closeness',
          'eigenvector',
          'pagerank',
          'clustering',
          'community',
          'constraint',
          'effectiveSize',
        ]),
      );
    }
    for (const key of ['sectors', 'layers', 'communities', 'brokers'] as const) expect(Array.isArray(result[key])).toBe(true);
  });

  it('gives byte-identical JSON for the same input and options', async () => {
    const first = (await map(['examples/kauko', '--format', 'json'])).stdout;
    const second = (await map(['examples/kauko', '--format', 'json'])).stdout;
    expect(first).toBe(second);
    expect(first.length).toBeGreaterThan(1000);
  });

  it('derives co-project and co-event links unless told to use explicit links only', async () => {
    const all = JSON.parse((await map(['examples/kauko', '--format', 'json'])).stdout) as MapResult;
    const explicit = JSON.parse((await map(['examples/kauko', '--format', 'json', '--links', 'explicit'])).stdout) as MapResult;
    expect(explicit.summary.links).toBe(10);
    expect(all.summary.links).toBeGreaterThan(explicit.summary.links);
    expect(all.linkTypes.map((t) => t.type)).toEqual(expect.arrayContaining(['co-event', 'co-project']));
  });

  it('samples pivots when asked, and says so', async () => {
    const result = JSON.parse((await map(['test/fixtures/networks/les-miserables', '--format', 'json', '--pivots', '20'])).stdout) as MapResult;
    // One chunk of pivots: no halves to compare, but the spread of each estimate is known.
    expect(result.summary.betweennessMethod).toEqual({ sample: 20, topK: 20, errorBound: expect.any(Number) });
    expect(result.summary.closenessMethod).toEqual({ sample: 20 });
    const again = JSON.parse((await map(['test/fixtures/networks/les-miserables', '--format', 'json', '--pivots', '20'])).stdout) as MapResult;
    expect(again.actors.map((a) => a.betweenness)).toEqual(result.actors.map((a) => a.betweenness));
  });

  it('writes a terminal summary that fits 80 columns, in the language of --lang (Finnish by default)', async () => {
    const en = await map(['examples/pirkanmaa-security', '--format', 'text', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Top actors by betweenness/);
    expect(en.stdout).toMatch(/Sectors missing: financiers and resident communities/);
    const fi = await map(['examples/pirkanmaa-security', '--format', 'text']);
    expect(fi.code).toBe(0);
    expect(fi.stdout).toMatch(/Keskeisimmät toimijat välillisyyden mukaan/);
    expect(fi.stdout).toMatch(/Puuttuvat sektorit: rahoittajat ja asukasyhteisöt/);
    for (const line of [...en.stdout.split('\n'), ...fi.stdout.split('\n')]) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('reads an actors CSV with a links CSV, and refuses bad input with exit 1', async () => {
    const ok = await map(['test/fixtures/networks/karate/actors.csv', '--links', 'test/fixtures/networks/karate/links.csv', '--format', 'json']);
    expect((JSON.parse(ok.stdout) as MapResult).summary.links).toBe(78);
    const bad = await eco(['map', 'test/fixtures/invalid/dangling-link-endpoint', '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/links.csv:4:3: error unknown-actor/);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});

describe('eco map -o FILE without --format', () => {
  it("writes the format the file's name asks for, and --format still decides when given", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-format-by-name-'));
    const written = async (name: string, extra: string[] = []): Promise<string> => {
      const run = await map([`${ROOT}examples/kauko`, '-o', path.join(dir, name), ...extra]);
      expect(run.code).toBe(0);
      return readFileSync(path.join(dir, name), 'utf8');
    };
    expect(await written('raportti.html')).toMatch(/^<!DOCTYPE html>/);
    expect(await written('raportti.md')).toMatch(/^# /);
    expect(JSON.parse(await written('kartta.json')).schema).toBe('eco-map/v1');
    expect(JSON.parse(await written('raportti.HTM', ['--format', 'json'])).schema).toBe('eco-map/v1');
  });
});
