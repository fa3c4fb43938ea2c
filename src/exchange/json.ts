// JSON for the web: graphology's serialisation (sigma.js, Gephi Lite) and
// Cytoscape.js elements.
import type { NetworkTable } from './network-table.js';

export function toGraphologyJson(table: NetworkTable): string {
  const document = {
    attributes: { name: table.name },
    options: { type: table.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false },
    nodes: table.nodes.map((n) => ({ key: n.id, attributes: { label: n.attributes['name'], color: n.attributes['colour'], ...n.attributes } })),
    edges: table.edges.map((e, i) => ({ key: `e${i}`, source: e.source, target: e.target, attributes: e.attributes, ...(table.directed ? {} : { undirected: true }) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function toCytoscapeJson(table: NetworkTable): string {
  const elements = {
    nodes: table.nodes.map((n) => ({ data: { id: n.id, label: n.attributes['name'], ...n.attributes } })),
    edges: table.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, ...e.attributes } })),
  };
  return `${JSON.stringify({ directed: table.directed, elements }, null, 2)}\n`;
}
