// Local clustering, 2T/(k(k−1)) (Watts & Strogatz 1998), and its average over
// all actors, zeros included (NetworkX average_clustering), on graphs small
// enough to count triangles by hand.
import { describe, expect, it } from 'vitest';
import { clustering } from '../../../src/analysis/clustering.js';
import { inCsr, outCsr } from '../../../src/analysis/csr.js';
import { analyseEcosystem } from '../../../src/analysis/map-analysis.js';
import { seededRandom } from '../../../src/analysis/random.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import type { Link } from '../../../src/model/schema-types.js';
import { ecosystemOf } from './helpers.js';

type Links = [string, string, Partial<Link>?][];

const ecosystem = (ids: string[], links: Links) => ecosystemOf(Object.fromEntries(ids.map((id) => [id, undefined])), links);

/** Each actor's clustering coefficient, by id. */
function coefficients(ids: string[], links: Links, directed = false): Record<string, number> {
  const graph = buildGraph(ecosystem(ids, links), { directed, links: 'all' });
  const csr = outCsr(graph);
  const values = clustering(csr, directed ? inCsr(graph) : undefined);
  return Object.fromEntries(csr.nodes.map((id, i) => [id, values[i]!]));
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) expect(actual[key], key).toBeCloseTo(value, 12);
}

const cycle = (ids: string[]): Links => ids.map((id, i) => [id, ids[(i + 1) % ids.length]!]);
const complete = (ids: string[]): Links => ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));

describe('clustering (undirected)', () => {
  it('is 1 for every corner of a triangle', () => {
    // Each node's two partners are tied to each other.
    expect(coefficients(['a', 'b', 'c'], cycle(['a', 'b', 'c']))).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('is 0 around a square, which has no triangle', () => {
    // a's partners b and d are not tied.
    expect(coefficients(['a', 'b', 'c', 'd'], cycle(['a', 'b', 'c', 'd']))).toEqual({ a: 0, b: 0, c: 0, d: 0 });
  });

  it('is 0 at the centre of a star and at its leaves', () => {
    // No two leaves are tied; a leaf has one partner, too few for a pair.
    const star = coefficients(
      ['h', 'a', 'b', 'c'],
      [
        ['h', 'a'],
        ['h', 'b'],
        ['h', 'c'],
      ],
    );
    expect(star).toEqual({ h: 0, a: 0, b: 0, c: 0 });
  });

  it('is 1 everywhere in the complete graph K4', () => {
    // Every node has 3 partners, 3 pairs of them, all tied.
    expect(coefficients(['a', 'b', 'c', 'd'], complete(['a', 'b', 'c', 'd']))).toEqual({ a: 1, b: 1, c: 1, d: 1 });
  });

  it('counts a node in each triangle it closes: K4 without one edge', () => {
    // b and c: 3 partners, 2 triangles → 2·2/(3·2); a and d: 2 partners, 1 triangle.
    const diamond = coefficients(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'c'],
        ['b', 'd'],
        ['c', 'd'],
      ],
    );
    expectClose(diamond, { a: 1, b: 2 / 3, c: 2 / 3, d: 1 });
  });

  it('gives a node of degree 1 a coefficient of 0, and its partner 1/3', () => {
    // A triangle a–b–c with d hung on c: c has 3 partners, 1 of 3 pairs tied; d has a single partner.
    const pendant = coefficients(['a', 'b', 'c', 'd'], [...cycle(['a', 'b', 'c']), ['c', 'd']]);
    expectClose(pendant, { a: 1, b: 1, c: 1 / 3, d: 0 });
  });

  it('counts the triangles of a hub as well as those of the low-degree nodes (wheel of 5 spokes)', () => {
    // Hub: 5 partners, 5 triangles → 10/20; rim: 3 partners, 2 triangles → 4/6.
    const rim = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const wheel = coefficients(['hub', ...rim], [...rim.map((r): [string, string] => ['hub', r]), ...cycle(rim)]);
    expectClose(wheel, { hub: 0.5, r1: 2 / 3, r2: 2 / 3, r3: 2 / 3, r4: 2 / 3, r5: 2 / 3 });
  });

  it('counts merged parallel links once', () => {
    // Two links a–b make one tie: still a plain triangle.
    expect(coefficients(['a', 'b', 'c'], [...cycle(['a', 'b', 'c']), ['b', 'a', { type: 'funding' }]])).toEqual({ a: 1, b: 1, c: 1 });
  });
});

describe('clustering (directed, Fagiolo 2007)', () => {
  it('gives a cycle of single arcs one half', () => {
    // (A+Aᵀ)³ᵢᵢ = 2 over 2·(k(k−1) − 2k↔) = 2·(2·1 − 0) = 4.
    const arcs = cycle(['a', 'b', 'c']).map(([s, t]): [string, string, Partial<Link>] => [s, t, { directed: true }]);
    expectClose(coefficients(['a', 'b', 'c'], arcs, true), { a: 0.5, b: 0.5, c: 0.5 });
  });

  it('gives a triangle tied both ways 1', () => {
    // Undirected links count both ways in a directed network: (A+Aᵀ)³ᵢᵢ = 16 over 2·(4·3 − 2·2) = 16.
    expectClose(coefficients(['a', 'b', 'c'], cycle(['a', 'b', 'c']), true), { a: 1, b: 1, c: 1 });
  });

  it('gives a node with no triangle 0', () => {
    const arcs: Links = [
      ['a', 'b', { directed: true }],
      ['b', 'c', { directed: true }],
    ];
    expect(coefficients(['a', 'b', 'c'], arcs, true)).toEqual({ a: 0, b: 0, c: 0 });
  });

  it("gives NetworkX's figures, list by list, on random networks of arcs and ties both ways", () => {
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
      const links: Links = Array.from({ length: 160 }, () => [
        ids[Math.floor(random() * (random() < 0.3 ? 4 : ids.length))]!,
        ids[Math.floor(random() * ids.length)]!,
        { directed: random() < 0.7 },
      ]);
      const graph = buildGraph(ecosystem(ids, links), { directed: true, links: 'all' });
      const out = outCsr(graph);
      const incoming = inCsr(graph);
      const set = (csr: typeof out, v: number) =>
        new Set(Array.from({ length: csr.starts[v + 1]! - csr.starts[v]! }, (_, j) => csr.neighbors[csr.starts[v]! + j]!));
      // networkx.algorithms.cluster._directed_triangles_and_degree_iter, as written there.
      const expected = ids.map((_, i) => {
        const ipreds = set(incoming, i);
        const isuccs = set(out, i);
        let triangles = 0;
        for (const j of [...ipreds, ...isuccs]) {
          const jpreds = set(incoming, j);
          const jsuccs = set(out, j);
          for (const k of ipreds) triangles += (jpreds.has(k) ? 1 : 0) + (jsuccs.has(k) ? 1 : 0);
          for (const k of isuccs) triangles += (jpreds.has(k) ? 1 : 0) + (jsuccs.has(k) ? 1 : 0);
        }
        const total = ipreds.size + isuccs.size;
        const both = [...ipreds].filter((k) => isuccs.has(k)).length;
        const denominator = (total * (total - 1) - 2 * both) * 2;
        return triangles > 0 && denominator > 0 ? triangles / denominator : 0;
      });
      expect(Array.from(clustering(out, incoming))).toEqual(expected);
    }
  });
});

describe('average clustering (summary)', () => {
  it('averages over every actor, those with fewer than two partners counted as 0', () => {
    // Triangle a–b–c, d hung on c, e alone: (1 + 1 + 1/3 + 0 + 0) / 5 = 7/15.
    const summary = analyseEcosystem(ecosystem(['a', 'b', 'c', 'd', 'e'], [...cycle(['a', 'b', 'c']), ['c', 'd']])).summary;
    expect(summary.averageClustering).toBeCloseTo(7 / 15, 11);
  });

  it('is 1 for K4 and 0 for a square', () => {
    expect(analyseEcosystem(ecosystem(['a', 'b', 'c', 'd'], complete(['a', 'b', 'c', 'd']))).summary.averageClustering).toBe(1);
    expect(analyseEcosystem(ecosystem(['a', 'b', 'c', 'd'], cycle(['a', 'b', 'c', 'd']))).summary.averageClustering).toBe(0);
  });

  it('is 0 for a network with no actors', () => {
    expect(analyseEcosystem(ecosystem([], [])).summary.averageClustering).toBe(0);
  });
});
