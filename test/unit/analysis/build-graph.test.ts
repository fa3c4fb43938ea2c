import { describe, expect, it } from 'vitest';
import { buildGraph, type Network } from '../../../src/model/build-graph.js';
import { derivedLinks } from '../../../src/model/derived-links.js';
import { ecosystemOf } from './helpers.js';

/** What was merged into the edge between two actors. */
function tie(graph: Network, source: string, target: string) {
  const e = graph.edge(source, target)!;
  return { weight: graph.weight[e], types: graph.types[e], links: graph.links[e], listed: graph.listed[e] };
}

describe('buildGraph', () => {
  const eco = ecosystemOf(
    { a: 'company', b: 'research', c: 'public' },
    [
      ['a', 'b', { type: 'collaboration', weight: 2 }],
      ['b', 'a', { type: 'funding' }],
      ['a', 'a', { type: 'collaboration' }],
      ['b', 'c', { type: 'knowledge', directed: true }],
    ],
    {
      projects: [{ id: 'p', title: 'P', lead: 'a', partners: ['b', 'c'] }],
      events: [
        { id: 'e1', title: 'E1', participants: ['a', 'c'] },
        { id: 'e2', title: 'E2', participants: ['a', 'c', 'c'] },
      ],
    },
  );

  it('merges parallel links, summing weights and keeping types, and leaves out links to self', () => {
    const graph = buildGraph(eco, { directed: false, links: 'explicit' });
    expect(graph.size).toBe(2);
    expect(tie(graph, 'a', 'b')).toEqual({ weight: 3, types: ['collaboration', 'funding'], links: 2, listed: true });
  });

  it('derives co-project and co-event links weighted by what is shared', () => {
    expect(derivedLinks(eco.projects!, eco.events!)).toEqual([
      { source: 'a', target: 'b', type: 'co-project', weight: 1 },
      { source: 'a', target: 'c', type: 'co-project', weight: 1 },
      { source: 'b', target: 'c', type: 'co-project', weight: 1 },
      { source: 'a', target: 'c', type: 'co-event', weight: 2 },
    ]);
    const all = buildGraph(eco, { directed: false, links: 'all' });
    expect(tie(all, 'a', 'c')).toEqual({ weight: 3, types: ['co-event', 'co-project'], links: 2, listed: false });
    expect(buildGraph(eco, { directed: false, links: 'derived' }).size).toBe(3);
  });

  it('counts an undirected link both ways on a directed network, a directed one once', () => {
    const graph = buildGraph(eco, { directed: true, links: 'explicit' });
    expect(graph.edge('a', 'b') !== undefined && graph.edge('b', 'a') !== undefined).toBe(true);
    expect(graph.edge('b', 'c')).toBeDefined();
    expect(graph.edge('c', 'b')).toBeUndefined();
  });
});
