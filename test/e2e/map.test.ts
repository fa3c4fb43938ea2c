// `eco map` end to end: the JSON contract, determinism, sampling, the terminal summary, bad input.
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { ROOT, runEco, STACK_LINE } from '../helpers/run-eco.js';

const examples = readdirSync(`${ROOT}examples`).filter((name) => statSync(`${ROOT}examples/${name}/ecosystem.yaml`, { throwIfNoEntry: false })?.isFile());
const map = (args: string[]) => runEco(['map', ...args, '--quiet']);

describe('eco map', () => {
  it.each(examples)('maps the example %s with every contract field', (name) => {
    const run = map([`examples/${name}`, '--format', 'json']);
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

  it('gives byte-identical JSON for the same input and options', () => {
    const first = map(['examples/kauko', '--format', 'json']).stdout;
    const second = map(['examples/kauko', '--format', 'json']).stdout;
    expect(first).toBe(second);
    expect(first.length).toBeGreaterThan(1000);
  });

  it('derives co-project and co-event links unless told to use explicit links only', () => {
    const all = JSON.parse(map(['examples/kauko', '--format', 'json']).stdout) as MapResult;
    const explicit = JSON.parse(map(['examples/kauko', '--format', 'json', '--links', 'explicit']).stdout) as MapResult;
    expect(explicit.summary.links).toBe(10);
    expect(all.summary.links).toBeGreaterThan(explicit.summary.links);
    expect(all.linkTypes.map((t) => t.type)).toEqual(expect.arrayContaining(['co-event', 'co-project']));
  });

  it('samples pivots when asked, and says so', () => {
    const result = JSON.parse(map(['test/fixtures/networks/les-miserables', '--format', 'json', '--pivots', '20']).stdout) as MapResult;
    expect(result.summary.betweennessMethod).toEqual({ sample: 20 });
    expect(result.summary.closenessMethod).toEqual({ sample: 20 });
    const again = JSON.parse(map(['test/fixtures/networks/les-miserables', '--format', 'json', '--pivots', '20']).stdout) as MapResult;
    expect(again.actors.map((a) => a.betweenness)).toEqual(result.actors.map((a) => a.betweenness));
  });

  it('writes a terminal summary that fits 80 columns', () => {
    const run = map(['examples/pirkanmaa-security', '--format', 'text']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Top actors by betweenness/);
    expect(run.stdout).toMatch(/Sectors missing: financier, community/);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('reads an actors CSV with a links CSV, and refuses bad input with exit 1', () => {
    const ok = map(['test/fixtures/networks/karate/actors.csv', '--links', 'test/fixtures/networks/karate/links.csv', '--format', 'json']);
    expect((JSON.parse(ok.stdout) as MapResult).summary.links).toBe(78);
    const bad = runEco(['map', 'test/fixtures/invalid/dangling-link-endpoint', '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/links.csv:4:3: error unknown-actor/);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});
