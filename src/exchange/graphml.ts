// GraphML (yEd, igraph, NetworkX, Gephi), written here because
// graphology-graphml only reads it: one typed <key> per attribute, the data
// of each node and edge.
import type { Cell, NetworkTable } from './network-table.js';
import { escapeXml } from '../model/text-safety.js';

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
  for (const node of table.nodes) {
    const element = [`    <node id="${escapeXml(node.id)}">`];
    for (const k of nodeKeys) pushData(element, k.id, node.attributes[k.name]);
    element.push('    </node>');
    yield `${element.join('\n')}\n`;
  }
  let i = 0;
  for (const edge of table.edges) {
    const element = [`    <edge id="e${i++}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`];
    for (const k of edgeKeys) pushData(element, k.id, edge.attributes[k.name]);
    element.push('    </edge>');
    yield `${element.join('\n')}\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function pushData(lines: string[], key: string, value: Cell | undefined): void {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return;
  lines.push(`      <data key="${key}">${escapeXml(String(value))}</data>`);
}
