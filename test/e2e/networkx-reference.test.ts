// eco's figures against NetworkX's, from fixtures written by
// test/reference/make-reference.py (Debian python3-networkx): 1e-9 for
// closed-form figures, 1e-6 for power iterations (eigenvector, PageRank).
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

interface Reference {
  network: string;
  directed: boolean;
  partition: Record<string, number>;
  summary: Record<string, number | null>;
  actors: Record<string, number | string | null>[];
}

const FIXTURES = `${ROOT}test/reference/fixtures`;
const references = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${FIXTURES}/${f}`, 'utf8')) as Reference);

const CLOSED_FORM = ['degree', 'strength', 'degreeCentrality', 'betweenness', 'closeness', 'clustering', 'constraint', 'effectiveSize'];
const ITERATIVE = ['eigenvector', 'pagerank'];

function close(actual: unknown, expected: unknown, tolerance: number, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) - (expected as number)), `${what}: eco ${String(actual)}, NetworkX ${String(expected)}`).toBeLessThanOrEqual(tolerance);
}

describe('eco map against NetworkX', () => {
  it('covers the classic, weighted, disconnected, parallel-link, directed, bipartite, name-keyed and example networks', () => {
    expect(references.map((r) => r.network)).toEqual(
      expect.arrayContaining([
        'karate',
        'les-miserables',
        'florentine',
        'disconnected',
        'parallel-links',
        'directed-cycle',
        'pirkanmaa-security',
        'star',
        'lattice',
        'long-path',
        'karate-by-name',
      ]),
    );
  });

  describe.each(references)('$network', (reference) => {
    const args = [
      'map',
      `test/fixtures/networks/${reference.network}`,
      '--format',
      'json',
      '--quiet',
      '--exact',
      ...(reference.directed ? ['--directed'] : []),
    ];
    let result: MapResult;
    let byId: Map<string, Record<string, unknown>>;
    beforeAll(async () => {
      result = JSON.parse((await eco(args)).stdout) as MapResult;
      byId = new Map(result.actors.map((a) => [a.id, a as unknown as Record<string, unknown>]));
    });

    it('summary figures match', () => {
      const s = reference.summary;
      expect(result.summary.actors).toBe(s['actors']);
      expect(result.summary.links).toBe(s['links']);
      expect(result.summary.components).toBe(s['components']);
      expect(result.summary.isolates).toBe(s['isolates']);
      expect(result.summary.diameter).toBe(s['diameter']);
      for (const key of ['density', 'averagePathLength', 'averageClustering', 'modularity'] as const) {
        close(result.summary[key], s[key], 1e-9, key);
      }
    });

    it('the seeded partition is the one the reference scored', () => {
      expect(Object.fromEntries(result.actors.map((a) => [a.id, a.community]))).toEqual(reference.partition);
    });

    it('every actor figure matches', () => {
      expect(result.actors.length).toBe(reference.actors.length);
      for (const expected of reference.actors) {
        const actual = byId.get(expected['id'] as string)!;
        for (const key of CLOSED_FORM) close(actual[key], expected[key], 1e-9, `${String(expected['id'])}.${key}`);
        for (const key of ITERATIVE) close(actual[key], expected[key], 1e-6, `${String(expected['id'])}.${key}`);
      }
    });
  });
});
