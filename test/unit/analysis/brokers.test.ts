import { describe, expect, it } from 'vitest';
import { articulationPoints, piecesWithout } from '../../../src/analysis/articulation-points.js';
import { brokerFigures } from '../../../src/analysis/brokers.js';
import { outCsr } from '../../../src/analysis/csr.js';
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
    expect([...articulationPoints(csr)].map((i) => csr.nodes[i])).toEqual(['c', 'e']);
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
    expect([...articulationPoints(cycle)]).toEqual([]);
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
    expect([...articulationPoints(star)].map((i) => star.nodes[i])).toEqual(['hub']);
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
