// eco's eigenvector centrality on a real network, the Finnish ERDF funding
// network in ../shared/data (10,201 actors), against NetworkX's
// eigenvector_centrality(G, max_iter=1000) stored by make-reference.py. The
// data is read from beside the project, never copied into it, so this runs
// where that folder is (a developer's checkout; CI when it has it).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const DATA = `${ROOT}../shared/data/fi-erdf`;
const here = existsSync(`${DATA}/actors.csv`);
if (!here) console.warn(`\n  not run: ${DATA} is not beside this checkout\n`);

describe.runIf(here)('eigenvector centrality on fi-erdf against NetworkX', () => {
  it('converges, and every one of the 10,201 values equals NetworkX’s within 1e-6', async () => {
    const reference = JSON.parse(readFileSync(`${ROOT}test/reference/fixtures/shared/fi-erdf-eigenvector.json`, 'utf8')) as {
      actors: number;
      eigenvector: number[];
    };
    const result = JSON.parse((await eco(['map', DATA, '--format', 'json', '--quiet'], { timeout: 120_000 })).stdout) as MapResult;
    expect(result.summary.eigenvectorConverged).toBe(true);
    expect(result.actors).toHaveLength(reference.actors);
    const worst = Math.max(...result.actors.map((a, i) => Math.abs((a.eigenvector ?? Number.NaN) - reference.eigenvector[i]!)));
    expect(worst).toBeLessThan(1e-6);
  }, 120_000);
});
