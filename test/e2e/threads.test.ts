// Betweenness and closeness searched on several threads give byte-for-byte
// the figures of one thread (chunks of sources are summed in a fixed order).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEco } from '../helpers/run-eco.js';

// eco uses no more threads than cores: on one core both runs would be one thread.
describe.runIf(availableParallelism() >= 2)('eco map --threads', () => {
  it('gives the same output on one thread and on two', () => {
    // A ring of 4,000 actors, each tied to its next five: large enough for the search to go parallel.
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-threads-'));
    const n = 4000;
    const sectors = ['company', 'research', 'public', 'association'];
    writeFileSync(path.join(dir, 'actors.csv'), `id,name,sector\n${Array.from({ length: n }, (_, i) => `a${i},Actor ${i},${sectors[i % 4]}`).join('\n')}\n`);
    const links: string[] = [];
    for (let i = 0; i < n; i++) for (let d = 1; d <= 5; d++) links.push(`a${i},a${(i + d * (d + 1)) % n}`);
    writeFileSync(path.join(dir, 'links.csv'), `source,target\n${links.join('\n')}\n`);
    const one = runEco(['map', dir, '--exact', '--format', 'json', '--quiet', '--threads', '1']);
    const two = runEco(['map', dir, '--exact', '--format', 'json', '--quiet', '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).summary.betweennessMethod).toBe('exact');
    const many = runEco(['map', dir, '--exact', '--format', 'json', '--threads', '5000']);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toContain(`note: --threads 5000 is more than the ${availableParallelism()} cores here; ${availableParallelism()} are used`);
  }, 120_000);

  it('stops sampling at the same pivot on one thread and on two', () => {
    // 60 hubs of clearly different size, each with its fan of leaves, the hubs in a ring: 32k actors, sampled by default.
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-threads-adaptive-'));
    const actors: string[] = [];
    const links: string[] = [];
    for (let h = 0; h < 60; h++) {
      actors.push(`h${h},Hub ${h}`);
      links.push(`h${h},h${(h + 1) % 60}`, `h${h},h${(h + 9) % 60}`);
      for (let l = 0; l < 300 + 8 * h; l++) {
        actors.push(`h${h}l${l},Leaf ${h}.${l}`);
        links.push(`h${h},h${h}l${l}`);
      }
    }
    writeFileSync(path.join(dir, 'actors.csv'), `id,name\n${actors.join('\n')}\n`);
    writeFileSync(path.join(dir, 'links.csv'), `source,target\n${links.join('\n')}\n`);
    const one = runEco(['map', dir, '--format', 'json', '--quiet', '--threads', '1']);
    const two = runEco(['map', dir, '--format', 'json', '--quiet', '--threads', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const method = JSON.parse(one.stdout).summary.betweennessMethod;
    expect(method).toMatchObject({ topK: 20 });
    expect(method.agreement).toBeGreaterThanOrEqual(0.9);
    // Far fewer pivots than the budget (about 12,000 sources here) once the top settles.
    expect(method.sample).toBeLessThanOrEqual(2048);
  }, 120_000);
});
