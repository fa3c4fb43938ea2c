import { describe, expect, it } from 'vitest';
import { cutVertices, piecesWithout } from '../../../src/analysis/articulation-points.js';
import { brokerFigures } from '../../../src/analysis/brokers.js';
import { outCsr } from '../../../src/analysis/csr.js';
import { seededRandom } from '../../../src/analysis/random.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import { ecosystemOf } from './helpers.js';

// A bow tie: triangle a–b–c, triangle c–d–e, and a tail e–f. Cut vertices: c and e.
const eco = ecosystemOf({ a: 'company', b: 'company', c: 'public', d: 'research', e: 'research', f: 'community' }, [
  ['a', 'b'],
  ['b', 'c'],
  ['a', 'c'],
  ['c', 'd'],
  ['d', 'e'],
  ['c', 'e'],
  ['e', 'f'],
]);
const graph = buildGraph(eco, { directed: false, links: 'all' });
const csr = outCsr(graph);
const index = (id: string) => csr.nodes.indexOf(id);

describe('articulationPoints', () => {
  it('finds the actors whose removal splits their component', () => {
    expect([...cutVertices(csr).points].map((i) => csr.nodes[i])).toEqual(['c', 'e']);
  });

  it('finds none in a cycle, and the centre of a star', () => {
    const cycle = outCsr(
      buildGraph(
        ecosystemOf({ a: undefined, b: undefined, c: undefined, d: undefined }, [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'a'],
        ]),
        { directed: false, links: 'all' },
      ),
    );
    expect([...cutVertices(cycle).points]).toEqual([]);
    const star = outCsr(
      buildGraph(
        ecosystemOf({ hub: undefined, x: undefined, y: undefined, z: undefined }, [
          ['hub', 'x'],
          ['hub', 'y'],
          ['hub', 'z'],
        ]),
        { directed: false, links: 'all' },
      ),
    );
    expect([...cutVertices(star).points].map((i) => star.nodes[i])).toEqual(['hub']);
  });

  it('measures the pieces left without given actors', () => {
    expect(piecesWithout(csr, new Set([index('c')])).sizes).toEqual([2, 3]);
  });
});

describe('brokerFigures', () => {
  it('says what each cut vertex cuts off: actors, sectors and communities', () => {
    const betweenness = new Float64Array([0, 0, 0.6, 0, 0.4, 0]);
    const community = new Int32Array([0, 0, 0, 1, 1, 1]);
    const sector = graph.actors.map((a) => a.sector);
    const figures = brokerFigures(csr, betweenness, sector, community);
    expect(figures.top.map((i) => csr.nodes[i])).toEqual(['c', 'e']);
    const [cutC, cutE] = figures.impacts;
    // Without c: {a, b} and {d, e, f}; the larger keeps research and community, a and b are cut off with company.
    expect(cutC).toMatchObject({ index: index('c'), cutOff: 2, pieces: 2, sectorsCutOff: ['company'], communitiesSplit: [] });
    // Without e: f alone is cut off, and with it the only community actor; community 1 is split.
    expect(cutE).toMatchObject({ index: index('e'), cutOff: 1, pieces: 2, sectorsCutOff: ['community'], communitiesSplit: [1] });
    expect(figures.fragmentation.before).toEqual({ components: 1, largestShare: 1 });
    // Removing c and e (the only brokers): {a, b}, {d}, {f} remain.
    expect(figures.fragmentation.removed.map((i) => csr.nodes[i])).toEqual(['c', 'e']);
    expect(figures.fragmentation.after).toEqual({ components: 3, largestShare: 2 / 6 });
  });
});

describe('what removing a cut vertex does, read from the search tree', () => {
  /** The same figures by searching the network again without v: the definition. */
  function searched(skeleton: ReturnType<typeof outCsr>, v: number, sector: readonly (string | null)[], community: Int32Array) {
    const { piece, sizes } = piecesWithout(skeleton, new Set([v]));
    const touching = new Set<number>();
    for (let j = skeleton.starts[v]!; j < skeleton.starts[v + 1]!; j++) touching.add(piece[skeleton.neighbors[j]!]!);
    const mine = [...touching].sort((a, b) => sizes[b]! - sizes[a]! || a - b);
    const largest = mine[0]!;
    const inLargest = new Set<string>();
    const outside = new Set<string>();
    const communityPieces = new Map<number, Set<number>>();
    let cutOff = 0;
    for (let u = 0; u < piece.length; u++) {
      const p = piece[u]!;
      if (!touching.has(p)) continue;
      const s = sector[u];
      if (p === largest) {
        if (s) inLargest.add(s);
      } else {
        cutOff++;
        if (s) outside.add(s);
      }
      if (!communityPieces.has(community[u]!)) communityPieces.set(community[u]!, new Set());
      communityPieces.get(community[u]!)!.add(p);
    }
    return {
      index: v,
      cutOff,
      pieces: mine.length,
      sectorsCutOff: [...outside].filter((s) => !inLargest.has(s)).sort(),
      communitiesSplit: [...communityPieces]
        .filter(([, pieces]) => pieces.size > 1)
        .map(([c]) => c)
        .sort((a, b) => a - b),
    };
  }

  it('gives what a new search gives, on random sparse networks with several components', () => {
    const sectors = ['company', 'research', 'public', 'community'] as const;
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const ids = Array.from({ length: 120 }, (_, i) => `a${i}`);
      const links: [string, string][] = [];
      for (let i = 1; i < ids.length; i++) if (random() < 0.9) links.push([ids[i]!, ids[Math.floor(random() * i)]!]);
      for (let i = 0; i < 25; i++) links.push([ids[Math.floor(random() * ids.length)]!, ids[Math.floor(random() * ids.length)]!]);
      const network = buildGraph(ecosystemOf(Object.fromEntries(ids.map((id) => [id, sectors[Math.floor(random() * sectors.length)]])), links), {
        directed: false,
        links: 'all',
      });
      const skeleton = outCsr(network);
      const sector = network.actors.map((a) => a.sector);
      const community = Int32Array.from(ids, () => Math.floor(random() * 6));
      const betweenness = Float64Array.from(ids, () => random());
      const figures = brokerFigures(skeleton, betweenness, sector, community);
      expect(figures.impacts.length).toBeGreaterThan(10);
      for (const impact of figures.impacts) expect(impact).toEqual(searched(skeleton, impact.index, sector, community));
    }
  });
});
