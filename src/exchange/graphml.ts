// GraphML (yEd, igraph, NetworkX, Gephi), written here because
// graphology-graphml only reads it: one typed <key> per attribute, the data
// of each node and edge.
import type { Cell, NetworkTable } from './network-table.js';
import { escapeXml } from '../model/text-safety.js';
import { escapedIds, PIECE } from './xml-pieces.js';

const TYPE = { string: 'string', integer: 'long', number: 'double', boolean: 'boolean' } as const;

/** The document in pieces (a node or an edge each), so a large network can be written without one huge string. */
export function* graphmlChunks(table: NetworkTable): Generator<string> {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const nodeKeys = table.nodeColumns.map((c, i) => ({ ...c, id: `n${i}` }));
  const edgeKeys = table.edgeColumns.map((c, i) => ({ ...c, id: `e${i}` }));
  for (const k of nodeKeys) lines.push(`  <key id="${k.id}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${TYPE[k.type]}"/>`);
  for (const k of edgeKeys) lines.push(`  <key id="${k.id}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${TYPE[k.type]}"/>`);
  lines.push(`  <graph id="${escapeXml(table.name)}" edgedefault="${table.directed ? 'directed' : 'undirected'}">`);
  yield `${lines.join('\n')}\n`;
  const ids = escapedIds(table);
  let piece = '';
  for (const node of table.nodes) {
    piece += `    <node id="${ids.get(node.id)!}">\n${data(nodeKeys, node.attributes)}    </node>\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  let i = 0;
  for (const edge of table.edges) {
    const source = ids.get(edge.source) ?? escapeXml(edge.source);
    const target = ids.get(edge.target) ?? escapeXml(edge.target);
    piece += `    <edge id="e${i++}" source="${source}" target="${target}">\n${data(edgeKeys, edge.attributes)}    </edge>\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}  </graph>\n</graphml>\n`;
}

function data(keys: readonly { id: string; name: string }[], attributes: Record<string, Cell>): string {
  let lines = '';
  for (const k of keys) {
    const value = attributes[k.name];
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) continue;
    lines += `      <data key="${k.id}">${typeof value === 'string' ? escapeXml(value) : String(value)}</data>\n`;
  }
  return lines;
}
