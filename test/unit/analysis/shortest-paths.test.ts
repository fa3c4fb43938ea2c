// Betweenness, closeness, diameter and average path length on graphs small
// enough to work out by hand. Normalisation as DESIGN.md §4 (NetworkX):
// betweenness over (n−1)(n−2)/2 unordered pairs undirected, (n−1)(n−2)
// ordered pairs directed; closeness Wasserman–Faust, (r−1)/Σd · (r−1)/(n−1).
import { describe, expect, it } from 'vitest';
import { components } from '../../../src/analysis/components.js';
import { inCsr, outCsr, undirectedSkeleton } from '../../../src/analysis/csr.js';
import { shortestPathFigures } from '../../../src/analysis/shortest-paths.js';
import type { Link } from '../../../src/model/schema-types.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import { ecosystemOf } from './helpers.js';

interface Run {
  directed?: boolean;
  /** Pivot sources, by id. */
  pivots?: string[];
  /** The nodes path lengths are measured on, by id; the largest component when absent. */
  mask?: string[];
  onProgress?: (done: number, total: number) => void;
}

/** The figures of a network whose actors are `ids` (in that order), keyed by id. */
function figures(ids: string[], links: [string, string, Partial<Link>?][], run: Run = {}) {
  const directed = run.directed ?? false;
  const graph = buildGraph(ecosystemOf(Object.fromEntries(ids.map((id) => [id, undefined])), links), { directed, links: 'all' });
  const out = outCsr(graph);
  const nodes = out.nodes;
  const mask = run.mask
    ? Uint8Array.from(nodes, (id) => (run.mask!.includes(id) ? 1 : 0))
    : components(graph.directed ? undirectedSkeleton(out, inCsr(graph)) : out, graph.directed ? out : undefined).pathMask;
  const paths = shortestPathFigures(out, {
    pathMask: mask,
    directed,
    ...(run.pivots && { pivots: Int32Array.from(run.pivots, (id) => nodes.indexOf(id)) }),
    ...(run.onProgress && { onProgress: run.onProgress }),
  });
  const byId = (values: Float64Array) => Object.fromEntries(nodes.map((id, i) => [id, values[i]!]));
  return { ...paths, nodes, betweenness: byId(paths.betweenness), closeness: byId(paths.closeness) };
}

/** Every value of `actual` close to the one of `expected` under the same key, and no other keys. */
function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) expect(actual[key], key).toBeCloseTo(value, 12);
}

const chain = (ids: string[]): [string, string][] => ids.slice(1).map((id, i) => [ids[i]!, id]);

describe('shortestPathFigures on a path a–b–c–d', () => {
  const path = figures(['a', 'b', 'c', 'd'], chain(['a', 'b', 'c', 'd']));

  it('gives an inner node the share of pairs it lies between', () => {
    // b lies between (a,c) and (a,d): 2 of the 3·2/2 = 3 pairs.
    expectClose(path.betweenness, { a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
  });

  it('gives closeness as (n−1)/Σd in a connected network', () => {
    // a: 3/(1+2+3); b: 3/(1+1+2).
    expectClose(path.closeness, { a: 0.5, b: 0.75, c: 0.75, d: 0.5 });
  });

  it('measures the diameter and the mean distance over all pairs', () => {
    // Distances 1,2,3,1,2,1: longest 3, mean 10/6.
    expect(path.diameter).toBe(3);
    expect(path.averagePathLength).toBeCloseTo(5 / 3, 12);
    expect(path.sampled).toBe(false);
    expect(path.sources).toBe(4);
  });
});

describe('shortestPathFigures on a star', () => {
  const star = figures(
    ['h', 'a', 'b', 'c', 'd'],
    [
      ['h', 'a'],
      ['h', 'b'],
      ['h', 'c'],
      ['h', 'd'],
    ],
  );

  it('gives the centre betweenness 1, the most there is', () => {
    // h lies between all 4·3/2 = 6 pairs of leaves, and there are 6 pairs to normalise by.
    expectClose(star.betweenness, { h: 1, a: 0, b: 0, c: 0, d: 0 });
  });

  it('gives the centre closeness 1 and a leaf 4/7', () => {
    // A leaf: 1 to the centre, 2 to each of 3 other leaves = 7.
    expectClose(star.closeness, { h: 1, a: 4 / 7, b: 4 / 7, c: 4 / 7, d: 4 / 7 });
  });

  it('has diameter 2 and mean distance 1.6', () => {
    // 4 pairs at distance 1, 6 at distance 2: 16/10.
    expect(star.diameter).toBe(2);
    expect(star.averagePathLength).toBeCloseTo(1.6, 12);
  });
});

describe('shortestPathFigures on cycles', () => {
  it('gives every node of a 5-cycle the same figures', () => {
    const cycle = figures(['a', 'b', 'c', 'd', 'e'], [...chain(['a', 'b', 'c', 'd', 'e']), ['e', 'a']]);
    // Each node is the unique middle of one pair at distance 2: 1 of 4·3/2 = 6 pairs.
    expectClose(cycle.betweenness, { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6, e: 1 / 6 });
    // Distances 1,1,2,2: 4/6.
    expectClose(cycle.closeness, { a: 2 / 3, b: 2 / 3, c: 2 / 3, d: 2 / 3, e: 2 / 3 });
    // 5 pairs at distance 1, 5 at distance 2.
    expect(cycle.diameter).toBe(2);
    expect(cycle.averagePathLength).toBeCloseTo(1.5, 12);
  });

  it('splits a pair between two equally short paths (4-cycle)', () => {
    const square = figures(['a', 'b', 'c', 'd'], [...chain(['a', 'b', 'c', 'd']), ['d', 'a']]);
    // b is on one of the two shortest a–c paths: ½ of a pair, over 3 pairs.
    expectClose(square.betweenness, { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6 });
    expectClose(square.closeness, { a: 0.75, b: 0.75, c: 0.75, d: 0.75 });
  });
});

describe('shortestPathFigures with ties between equally short paths', () => {
  // A diamond a–{b,c}–d with a tail d–e.
  const kite = figures(
    ['a', 'b', 'c', 'd', 'e'],
    [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
      ['d', 'e'],
    ],
  );

  it('shares each pair among the shortest paths that join it', () => {
    // b: ½(a,d) + ½(a,e) = 1; a: ½(b,c); d: ½(b,c) + (a,e) + (b,e) + (c,e) = 3.5; all over 6 pairs.
    expectClose(kite.betweenness, { a: 1 / 12, b: 1 / 6, c: 1 / 6, d: 7 / 12, e: 0 });
  });

  it('counts each distance once, however many paths there are', () => {
    // a: 1+1+2+3 = 7; b: 1+2+1+2 = 6; d: 2+1+1+1 = 5; e: 3+2+2+1 = 8.
    expectClose(kite.closeness, { a: 4 / 7, b: 4 / 6, c: 4 / 6, d: 4 / 5, e: 4 / 8 });
    expect(kite.diameter).toBe(3);
    // Distances (10 pairs): five 1s, four 2s, one 3 → 16/10.
    expect(kite.averagePathLength).toBeCloseTo(1.6, 12);
  });
});

describe('shortestPathFigures on a network in pieces', () => {
  // a–b, c–d–e and f alone: n = 6.
  const pieces = figures(
    ['a', 'b', 'c', 'd', 'e', 'f'],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['d', 'e'],
    ],
  );

  it('normalises betweenness by all pairs of the network, not of the component', () => {
    // d lies between (c,e): 1 of 5·4/2 = 10 pairs.
    expectClose(pieces.betweenness, { a: 0, b: 0, c: 0, d: 0.1, e: 0, f: 0 });
  });

  it('scales closeness by the share of the network reached (Wasserman–Faust)', () => {
    // a: 1/1 · 1/5; c: 2/3 · 2/5; d: 2/2 · 2/5; f reaches no one: 0.
    expectClose(pieces.closeness, { a: 0.2, b: 0.2, c: 4 / 15, d: 0.4, e: 4 / 15, f: 0 });
  });

  it('measures path lengths on the largest component only', () => {
    // c–d–e: distances 1, 1, 2.
    expect(pieces.diameter).toBe(2);
    expect(pieces.averagePathLength).toBeCloseTo(4 / 3, 12);
  });

  it('measures path lengths on the nodes of the mask it is given', () => {
    const masked = figures(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        ['a', 'b'],
        ['c', 'd'],
        ['d', 'e'],
      ],
      { mask: ['a', 'b'] },
    );
    expect(masked.diameter).toBe(1);
    expect(masked.averagePathLength).toBe(1);
    // The mask is only about path lengths: the centralities are the same.
    expect(masked.betweenness).toEqual(pieces.betweenness);
    expect(masked.closeness).toEqual(pieces.closeness);
  });
});

describe('shortestPathFigures counts steps, not weights', () => {
  it('ignores link weights: a heavy direct tie is still the shortest path', () => {
    // Weighted, a–b–c (2) would beat a–c (10) and give b betweenness 1; unweighted every pair is adjacent.
    const triangle = figures(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { weight: 1 }],
        ['b', 'c', { weight: 1 }],
        ['a', 'c', { weight: 10 }],
      ],
    );
    expectClose(triangle.betweenness, { a: 0, b: 0, c: 0 });
    expectClose(triangle.closeness, { a: 1, b: 1, c: 1 });
  });

  it('is not thrown off by parallel links or a link to self on the last node', () => {
    // DESIGN.md: such edges corrupt the last node's figures unless the graph is simple; build-graph merges and drops them.
    const messy = figures(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'b', { type: 'funding' }],
        ['c', 'c'],
      ],
    );
    expectClose(messy.betweenness, { a: 0, b: 1, c: 0 });
    expectClose(messy.closeness, { a: 2 / 3, b: 1, c: 2 / 3 });
  });
});

describe('shortestPathFigures on a directed network', () => {
  const arcs: [string, string, Partial<Link>][] = [
    ['a', 'b', { directed: true }],
    ['b', 'c', { directed: true }],
  ];

  it('normalises by the (n−1)(n−2) ordered pairs', () => {
    // b lies on a→c only: 1 of 2·1 = 2 ordered pairs.
    const chainArcs = figures(['a', 'b', 'c'], arcs, { directed: true });
    expectClose(chainArcs.betweenness, { a: 0, b: 0.5, c: 0 });
  });

  it('measures closeness by distances to the node (NetworkX: incoming)', () => {
    // c is reached from b (1) and a (2): 2/3 · 2/2; b from a only: 1/1 · 1/2; nothing reaches a.
    const chainArcs = figures(['a', 'b', 'c'], arcs, { directed: true });
    expectClose(chainArcs.closeness, { a: 0, b: 0.5, c: 2 / 3 });
    // Path lengths are on the largest strongly connected component: here a single node.
    expect(chainArcs.diameter).toBe(0);
    expect(chainArcs.averagePathLength).toBe(0);
  });

  it('gives an undirected link both ways the figures of the undirected network', () => {
    // b lies on a→c and c→a: 2 of 2 ordered pairs, as 1 of 1 unordered pair.
    const both = figures(['a', 'b', 'c'], chain(['a', 'b', 'c']), { directed: true });
    expectClose(both.betweenness, { a: 0, b: 1, c: 0 });
    expectClose(both.closeness, { a: 2 / 3, b: 1, c: 2 / 3 });
    expect(both.diameter).toBe(2);
    expect(both.averagePathLength).toBeCloseTo(4 / 3, 12);
  });
});

describe('shortestPathFigures with sampled pivots (Brandes & Pich 2007)', () => {
  it('scales what the pivots see by n/k', () => {
    // 4-cycle from a and c: b and d each get ½ + ½ = 1, times 1/(3·2) · 4/2 = 1/3; a and c lie on no path from a pivot.
    const sampled = figures(['a', 'b', 'c', 'd'], [...chain(['a', 'b', 'c', 'd']), ['d', 'a']], { pivots: ['a', 'c'] });
    expect(sampled.sampled).toBe(true);
    expect(sampled.sources).toBe(2);
    expectClose(sampled.betweenness, { a: 0, b: 1 / 3, c: 0, d: 1 / 3 });
  });

  it('estimates closeness from the pivots’ distances (Eppstein & Wang 2004)', () => {
    // Star from leaves a and b (n/k = 5/2): every node is reached by 2 of them (a pivot by itself), so r − 1 = 2 · 5/2 − 1 = 4;
    // Σd is 5/2 × the distances from a and b: h 5/2 · 2, a and b 5/2 · 2, c and d 5/2 · 4.
    const star = figures(
      ['h', 'a', 'b', 'c', 'd'],
      [
        ['h', 'a'],
        ['h', 'b'],
        ['h', 'c'],
        ['h', 'd'],
      ],
      { pivots: ['a', 'b'] },
    );
    expectClose(star.closeness, { h: 0.8, a: 0.8, b: 0.8, c: 0.4, d: 0.4 });
  });

  it('is exact when every node is a pivot', () => {
    const all = figures(['a', 'b', 'c', 'd'], chain(['a', 'b', 'c', 'd']), { pivots: ['d', 'c', 'b', 'a'] });
    expect(all.sampled).toBe(false);
    expectClose(all.betweenness, { a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
    expectClose(all.closeness, { a: 0.5, b: 0.75, c: 0.75, d: 0.5 });
  });
});

describe('shortestPathFigures at the edges', () => {
  it('gives two linked actors closeness 1 and betweenness 0 (nothing to normalise by)', () => {
    const pair = figures(['a', 'b'], [['a', 'b']]);
    expectClose(pair.betweenness, { a: 0, b: 0 });
    expectClose(pair.closeness, { a: 1, b: 1 });
    expect(pair.diameter).toBe(1);
  });

  it('gives a lone actor zeros', () => {
    const lone = figures(['a'], []);
    expectClose(lone.betweenness, { a: 0 });
    expectClose(lone.closeness, { a: 0 });
    expect([lone.diameter, lone.averagePathLength]).toEqual([0, 0]);
  });

  it('handles an empty network', () => {
    const empty = figures([], []);
    expect(empty.nodes).toEqual([]);
    expect([empty.diameter, empty.averagePathLength, empty.sources, empty.sampled]).toEqual([0, 0, 0, false]);
  });
});

describe('shortestPathFigures over many chunks of sources', () => {
  const n = 130;
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);

  it('reports progress after each chunk of 64 sources', () => {
    const calls: [number, number][] = [];
    figures(ids, chain(ids), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [64, 130],
      [128, 130],
      [130, 130],
    ]);
  });

  it('sums the chunks into the exact figures of a long path', () => {
    const long = figures(ids, chain(ids));
    for (const i of [0, 1, 63, 64, 65, 100, 129]) {
      // Node i of a path lies between the i nodes before it and the n−1−i after it.
      expect(long.betweenness[`n${i}`]).toBeCloseTo((i * (n - 1 - i)) / (((n - 1) * (n - 2)) / 2), 12);
      // Σd = 1+…+i + 1+…+(n−1−i).
      expect(long.closeness[`n${i}`]).toBeCloseTo((n - 1) / ((i * (i + 1)) / 2 + ((n - 1 - i) * (n - i)) / 2), 12);
    }
    expect(long.diameter).toBe(n - 1);
    // Mean distance on a path of n nodes: (n+1)/3.
    expect(long.averagePathLength).toBeCloseTo((n + 1) / 3, 9);
  });
});
