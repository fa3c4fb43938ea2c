// The linearly scaled betweenness of a sample of pivots (Geisberger, Sanders
// & Schultes 2008; shortest-paths.ts): exact with every node a pivot,
// unbiased over the choice of pivots, and the plain estimator (Brandes &
// Pich 2007) on a directed network.
import { describe, expect, it } from 'vitest';
import { components } from '../../../src/analysis/components.js';
import { inCsr, outCsr, undirectedSkeleton } from '../../../src/analysis/csr.js';
import { seededRandom } from '../../../src/analysis/random.js';
import { allSources, searchChunk, searchCsr, shortestPathFigures } from '../../../src/analysis/shortest-paths.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import { ecosystemOf } from './helpers.js';

type Links = [string, string][];

function network(ids: string[], links: Links, directed = false) {
  const graph = buildGraph(ecosystemOf(Object.fromEntries(ids.map((id) => [id, undefined])), links), { directed, links: 'all' });
  const out = outCsr(graph);
  return {
    graph,
    out,
    incoming: inCsr(graph),
    mask: components(directed ? undirectedSkeleton(out, inCsr(graph)) : out, directed ? out : undefined).pathMask,
    directed,
  };
}

/** A seeded random network of `n` nodes and about `m` ties, in pieces, with many equally short paths. */
function randomNetwork(n: number, m: number, seed: number) {
  const random = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const seen = new Set<string>();
  const links: Links = [];
  // The last three nodes stay apart from the rest: a second piece and a lone node.
  links.push([ids[n - 3]!, ids[n - 2]!]);
  while (links.length < m) {
    const a = Math.floor(random() * (n - 3));
    const b = Math.floor(random() * (n - 3));
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    links.push([ids[a]!, ids[b]!]);
  }
  return network(ids, links);
}

/** Betweenness (NetworkX-normalised) from the given pivots, by node index. */
function betweenness(net: ReturnType<typeof network>, pivots?: number[]): Float64Array {
  return shortestPathFigures(net.out, {
    pathMask: net.mask,
    directed: net.directed,
    ...(pivots && { pivots: Int32Array.from(pivots) }),
  }).betweenness;
}

function expectAllClose(actual: Float64Array, expected: Float64Array, digits = 12): void {
  expect(actual.length).toBe(expected.length);
  for (let v = 0; v < expected.length; v++) expect(actual[v], `node ${v}`).toBeCloseTo(expected[v]!, digits);
}

const chain = (ids: string[]): Links => ids.slice(1).map((id, i) => [ids[i]!, id]);

describe('linear scaling of sampled betweenness', () => {
  it('gives a pivot’s share by distance on a path a–b–c–d', () => {
    // From a: b lies on (a,c) and (a,d), weighted 2·1/2 + 2·1/3 = 5/3; c on (a,d), 2·2/3 = 4/3. Scaled by n/k = 4 over 3·2.
    const path = network(['a', 'b', 'c', 'd'], chain(['a', 'b', 'c', 'd']));
    expectAllClose(betweenness(path, [0]), Float64Array.from([0, 10 / 9, 8 / 9, 0]));
  });

  it('is exact when every node is a pivot', () => {
    for (const seed of [1, 2, 3]) {
      const net = randomNetwork(40, 90, seed);
      const csr = searchCsr(net.out);
      const sources = allSources(net.out.nodes.length);
      const plain = searchChunk(csr, sources, net.mask, { sampled: true, directed: false, linear: false, symmetric: false }).betweenness;
      const linear = searchChunk(csr, sources, net.mask, { sampled: true, directed: false, linear: true, symmetric: false }).betweenness;
      for (let v = 0; v < plain.length; v++) expect(Math.abs(linear[v]! - plain[v]!), `seed ${seed}, node ${v}`).toBeLessThan(1e-12 * Math.max(1, plain[v]!));
    }
  });

  it('is unbiased: the mean of the one-pivot estimates is the exact betweenness', () => {
    const net = randomNetwork(30, 60, 7);
    const n = net.out.nodes.length;
    const mean = new Float64Array(n);
    for (let s = 0; s < n; s++) {
      const one = betweenness(net, [s]);
      for (let v = 0; v < n; v++) mean[v] = mean[v]! + one[v]! / n;
    }
    expectAllClose(mean, betweenness(net));
  });

  it('keeps the plain estimator on a directed network', () => {
    // a→b→c→d from a: b lies on (a,c) and (a,d), c on (a,d): 2 and 1, scaled by n/k = 4 over 3·2.
    const path = network(['a', 'b', 'c', 'd'], chain(['a', 'b', 'c', 'd']), true);
    expectAllClose(betweenness(path, [0]), Float64Array.from([0, 4 / 3, 2 / 3, 0]));
  });
});
