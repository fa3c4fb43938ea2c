import { describe, expect, it } from 'vitest';
import { outCsr } from '../../../src/analysis/csr.js';
import { seededRandom } from '../../../src/analysis/random.js';
import { structuralHoles } from '../../../src/analysis/structural-holes.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import { ecosystemOf } from './helpers.js';

const figures = (links: [string, string][], ids: string[]) => {
  const graph = buildGraph(ecosystemOf(Object.fromEntries(ids.map((id) => [id, undefined])), links), { directed: false, links: 'all' });
  const holes = structuralHoles(outCsr(graph));
  return Object.fromEntries(graph.nodes.map((id, i) => [id, { constraint: holes.constraint[i], effectiveSize: holes.effectiveSize[i] }]));
};

describe('structuralHoles (Burt 1992)', () => {
  it('a star centre spans holes: constraint 1/k, effective size k', () => {
    const star = figures(
      [
        ['h', 'a'],
        ['h', 'b'],
        ['h', 'c'],
      ],
      ['h', 'a', 'b', 'c'],
    );
    expect(star['h']!.constraint).toBeCloseTo(1 / 3, 12);
    expect(star['h']!.effectiveSize).toBe(3);
    // A leaf depends on its one tie entirely.
    expect(star['a']!.constraint).toBe(1);
    expect(star['a']!.effectiveSize).toBe(1);
  });

  it('in a triangle every tie is redundant in part: constraint (1/2 + 1/4)² · 2, effective size 1', () => {
    const triangle = figures(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
      ['a', 'b', 'c'],
    );
    expect(triangle['a']!.constraint).toBeCloseTo(2 * (0.5 + 0.25) ** 2, 12);
    expect(triangle['a']!.effectiveSize).toBe(1);
  });

  it('is undefined for an actor without ties', () => {
    const lone = figures([['a', 'b']], ['a', 'b', 'z']);
    expect(lone['z']!.constraint).toBeNaN();
    expect(lone['z']!.effectiveSize).toBeNaN();
  });

  it('from the triangles of an undirected network, the figures of the two-step walk', () => {
    // A random network with hubs, cliques and isolated actors.
    const random = seededRandom(7);
    const ids = Array.from({ length: 300 }, (_, i) => `a${i}`);
    const links: [string, string][] = [];
    for (let i = 0; i < 1200; i++) {
      const hub = random() < 0.3 ? `a${Math.floor(random() * 5)}` : `a${Math.floor(random() * 280)}`;
      links.push([hub, `a${Math.floor(random() * 280)}`]);
    }
    const graph = buildGraph(ecosystemOf(Object.fromEntries(ids.map((id) => [id, undefined])), links), { directed: false, links: 'all' });
    // Given the same neighbours as incoming, the general (directed) formula walks every tie; on its own, triangles are counted.
    const walked = structuralHoles(outCsr(graph), outCsr(graph));
    const counted = structuralHoles(outCsr(graph));
    for (let v = 0; v < ids.length; v++) {
      if (Number.isNaN(walked.constraint[v])) {
        expect(counted.constraint[v]).toBeNaN();
        expect(counted.effectiveSize[v]).toBeNaN();
        continue;
      }
      expect(counted.constraint[v]).toBeCloseTo(walked.constraint[v]!, 12);
      expect(counted.effectiveSize[v]).toBeCloseTo(walked.effectiveSize[v]!, 12);
    }
  });
});
