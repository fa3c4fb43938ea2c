// JSON for the web: graphology's serialisation (sigma.js, Gephi Lite) and
// Cytoscape.js elements. Written in pieces, a node or an edge each, so a large
// network never becomes one huge string.
import type { NetworkTable } from './network-table.js';

export function* graphologyJsonChunks(table: NetworkTable): Generator<string> {
  yield `{"attributes":${JSON.stringify({ name: table.name })},"options":${JSON.stringify({ type: table.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false })},"nodes":[\n`;
  yield* list(
    table.nodes.map((n) => () => JSON.stringify({ key: n.id, attributes: { label: n.attributes['name'], color: n.attributes['colour'], ...n.attributes } })),
  );
  yield '],"edges":[\n';
  yield* list(
    table.edges.map(
      (e, i) => () =>
        JSON.stringify({ key: `e${i}`, source: e.source, target: e.target, attributes: e.attributes, ...(table.directed ? {} : { undirected: true }) }),
    ),
  );
  yield ']}\n';
}

export function* cytoscapeJsonChunks(table: NetworkTable): Generator<string> {
  yield `{"directed":${table.directed},"elements":{"nodes":[\n`;
  yield* list(table.nodes.map((n) => () => JSON.stringify({ data: { id: n.id, label: n.attributes['name'], ...n.attributes } })));
  yield '],"edges":[\n';
  yield* list(table.edges.map((e, i) => () => JSON.stringify({ data: { id: `e${i}`, source: e.source, target: e.target, ...e.attributes } })));
  yield ']}}\n';
}

function* list(items: readonly (() => string)[]): Generator<string> {
  for (let i = 0; i < items.length; i++) yield `${items[i]!()}${i < items.length - 1 ? ',' : ''}\n`;
}
