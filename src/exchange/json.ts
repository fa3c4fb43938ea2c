// JSON for the web: graphology's serialisation (sigma.js, Gephi Lite) and
// Cytoscape.js elements. Handed out in pieces of many nodes or edges, so a
// large network never becomes one huge string.
import type { NetworkTable } from './network-table.js';
import { PIECE } from './xml-pieces.js';

export function* graphologyJsonChunks(table: NetworkTable): Generator<string> {
  yield `{"attributes":${JSON.stringify({ name: table.name })},"options":${JSON.stringify({ type: table.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false })},"nodes":[\n`;
  yield* list(table.nodes, (n) => JSON.stringify({ key: n.id, attributes: { label: n.attributes['name'], color: n.attributes['colour'], ...n.attributes } }));
  yield '],"edges":[\n';
  const undirected = table.directed ? {} : { undirected: true };
  yield* list(table.edges, (e, i) => JSON.stringify({ key: `e${i}`, source: e.source, target: e.target, attributes: e.attributes, ...undirected }));
  yield ']}\n';
}

export function* cytoscapeJsonChunks(table: NetworkTable): Generator<string> {
  yield `{"directed":${table.directed},"elements":{"nodes":[\n`;
  yield* list(table.nodes, (n) => JSON.stringify({ data: { id: n.id, label: n.attributes['name'], ...n.attributes } }));
  yield '],"edges":[\n';
  yield* list(table.edges, (e, i) => JSON.stringify({ data: { id: `e${i}`, source: e.source, target: e.target, ...e.attributes } }));
  yield ']}}\n';
}

/** One item a line, comma-separated, gathered into pieces of about PIECE characters. */
function* list<T>(items: readonly T[], text: (item: T, i: number) => string): Generator<string> {
  let piece = '';
  const last = items.length - 1;
  for (let i = 0; i <= last; i++) {
    piece += i < last ? `${text(items[i]!, i)},\n` : `${text(items[i]!, i)}\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
