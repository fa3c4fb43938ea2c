// eco computes PageRank, modularity and Louvain over its own flat network
// (build-graph.ts), not over a graphology graph; these are graphology's
// algorithms step for step, so on the same graph they must give the same
// figures, to the last bit, as graphology-metrics and
// graphology-communities-louvain given a graphology graph.
import { describe, expect, it } from 'vitest';
import { weightedPagerank } from '../../../src/analysis/centrality.js';
import { communities } from '../../../src/analysis/communities.js';
import { outCsr } from '../../../src/analysis/csr.js';
import { seededRandom } from '../../../src/analysis/random.js';
import { buildGraph } from '../../../src/model/build-graph.js';
import { createGraph, louvain } from '../../../src/model/graphology.js';
import type { Link } from '../../../src/model/schema-types.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import modularityModule from 'graphology-metrics/graph/modularity.js';
import { ecosystemOf } from './helpers.js';

const pagerank = pagerankModule as unknown as (graph: unknown, options: object) => Record<string, number>;
const modularity = modularityModule as unknown as (graph: unknown, options: object) => number;

/** A random network with hubs, parallel links and links to self, as eco and as a graphology graph (merged the same way). */
function randomNetwork(seed: number, directed: boolean) {
  const random = seededRandom(seed);
  const ids = Array.from({ length: 60 }, (_, i) => `a${i}`);
  const links: [string, string, Partial<Link>][] = [];
  for (let i = 0; i < 220; i++) {
    const source = random() < 0.3 ? ids[Math.floor(random() * 4)]! : ids[Math.floor(random() * ids.length)]!;
    links.push([source, ids[Math.floor(random() * ids.length)]!, { weight: 1 + Math.floor(random() * 3), directed: random() < 0.5 }]);
  }
  const network = buildGraph(ecosystemOf(Object.fromEntries(ids.map((id) => [id, undefined])), links), { directed, links: 'all' });
  const graph = createGraph<object, { weight: number }>({ type: directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  const add = (s: string, t: string, weight: number) => {
    if (s === t) return;
    const edge = graph.edge(s, t);
    if (edge === undefined) graph.addEdge(s, t, { weight });
    else graph.updateEdgeAttribute(edge, 'weight', (w) => (w ?? 0) + weight);
  };
  for (const [s, t, more] of links) {
    add(s, t, more.weight!);
    if (directed && more.directed !== true) add(t, s, more.weight!);
  }
  return { network, graph };
}

describe.each([false, true])('over the flat network (directed: %s), as graphology computes', (directed) => {
  for (const seed of [1, 2, 3]) {
    const { network, graph } = randomNetwork(seed, directed);

    it(`PageRank (seed ${seed})`, () => {
      const expected = pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 100, tolerance: 1e-6 });
      expect(Array.from(weightedPagerank(network, outCsr(network)).values!)).toEqual(network.nodes.map((id) => expected[id]));
    });

    it(`Louvain's partition and its modularity (seed ${seed})`, () => {
      const ours = communities(network, 7);
      const theirs = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(7), resolution: 1 });
      const groupOf = new Map<number, number>();
      // The same partition: each of graphology's groups is exactly one of ours.
      network.nodes.forEach((id, i) => {
        const group = groupOf.get(theirs[id]!) ?? ours.community[i]!;
        groupOf.set(theirs[id]!, group);
        expect(ours.community[i]).toBe(group);
      });
      expect(ours.count).toBe(new Set(Object.values(theirs)).size);
      const position = new Map(network.nodes.map((id, i) => [id, i]));
      expect(ours.modularity).toBe(modularity(graph, { getNodeCommunity: (id: string) => ours.community[position.get(id)!], getEdgeWeight: 'weight' }));
    });
  }
});
