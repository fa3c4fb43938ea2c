// How far sampled betweenness holds: the 95% bound of the top estimates from
// the pivots' spread, the halves of a sample agreeing on the top, and
// sampling that stops once they agree (test/e2e/threads.test.ts: at the
// same pivot whatever the number of threads).
import { describe, expect, it } from 'vitest';
import { outCsr } from '../../../src/analysis/csr.js';
import { components } from '../../../src/analysis/components.js';
import { pivotOrder } from '../../../src/analysis/random.js';
import { samplingBound, topAgreement } from '../../../src/analysis/sampling-bound.js';
import { shortestPathFigures } from '../../../src/analysis/shortest-paths.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import type { Ecosystem } from '../../../src/model/schema-types.js';

describe('samplingBound', () => {
  it('is the widest relative 95% half-width among the top estimates', () => {
    // Node 0: every pivot gave 10 (no spread); node 1: half gave 0, half 20 (mean 10, sd ≈ 10.05 over 100 pivots).
    const sums = Float64Array.from([1000, 1000, 1]);
    const squares = Float64Array.from([100 * 100, 50 * 400, 1]);
    const bound = samplingBound(sums, squares, 100, 2);
    expect(bound).toBeCloseTo((1.959964 * Math.sqrt(((100 - 100) * (100 / 99)) / 100 + ((20000 / 100 - 100) * (100 / 99)) / 100)) / 10, 6);
    expect(samplingBound(sums, Float64Array.from([10000, 10000, 1]), 100, 2)).toBe(0);
    expect(samplingBound(sums, squares, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('topAgreement', () => {
  it('is the share of one top k that is in the other', () => {
    expect(topAgreement(Float64Array.from([5, 4, 3, 2, 1]), Float64Array.from([1, 4, 3, 2, 5]), 2)).toBe(0.5);
    expect(topAgreement(Float64Array.from([5, 4, 3]), Float64Array.from([50, 40, 30]), 2)).toBe(1);
  });
});

/** A ring of hubs tied across, hub h with a fan of leaves + 4h leaves: brokers of clearly different weight, and many leaves. */
function hubsAndLeaves(hubs: number, leaves: number): Ecosystem {
  const actors = [];
  const links = [];
  for (let h = 0; h < hubs; h++) {
    actors.push({ id: `h${h}`, name: `Hub ${h}` });
    links.push({ source: `h${h}`, target: `h${(h + 1) % hubs}` }, { source: `h${h}`, target: `h${(h + 7) % hubs}` });
    for (let l = 0; l < leaves + 4 * h; l++) {
      actors.push({ id: `h${h}l${l}`, name: `Leaf ${h}.${l}` });
      links.push({ source: `h${h}`, target: `h${h}l${l}` });
    }
  }
  return { schema: 'eco/v1', ecosystem: { id: 'x', name: 'x' }, actors, links };
}

describe('adaptive sampling', () => {
  const graph = buildGraph(hubsAndLeaves(40, 20), { directed: false, links: 'all' });
  const out = outCsr(graph);
  const n = out.nodes.length;
  const options = { pivots: pivotOrder(n, 1024, 42), adaptive: true, pathMask: components(out).pathMask, directed: false };

  it('stops once the halves agree on the top 20, and says how far the top holds', () => {
    const figures = shortestPathFigures(out, options);
    expect(figures.sources).toBeLessThan(1024);
    expect(figures.sources % 128).toBe(0);
    expect(figures.agreement).toBeGreaterThanOrEqual(0.9);
    expect(figures.errorBound).toBeGreaterThan(0);
    // The hubs are the brokers, every one of them.
    const top = [...figures.betweenness.keys()].sort((a, b) => figures.betweenness[b]! - figures.betweenness[a]!).slice(0, 20);
    for (const v of top) expect(out.nodes[v]).toMatch(/^h\d+$/);
  });
});
