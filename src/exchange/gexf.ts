// GEXF for Gephi (graphology-gexf): every attribute typed, sector colours as
// viz colours, sizes by degree. Version 1.3 by default; 1.2draft for readers
// that know no other (NetworkX up to 2.8).
import { write } from 'graphology-gexf/node/index.js';
import { createGraph } from '../model/graphology.js';
import type { NetworkTable } from './network-table.js';

export type GexfVersion = '1.3' | '1.2';

export function toGexf(table: NetworkTable, version: GexfVersion = '1.3'): string {
  const graph = createGraph<Record<string, unknown>, Record<string, unknown>>({ type: table.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('name', table.name);
  for (const node of table.nodes) graph.addNode(node.id, withoutNulls(node.attributes));
  for (const edge of table.edges) graph.addEdge(edge.source, edge.target, withoutNulls(edge.attributes));
  return write(graph as never, {
    version,
    pretty: true,
    formatNode: (_key: string, a: Record<string, unknown>) => {
      const { name, colour, ...attributes } = a;
      const size = Math.round((4 + 2 * Math.sqrt(Number(a['degree'] ?? 0))) * 100) / 100;
      return { label: String(name), attributes, viz: { color: rgb(String(colour)), size } };
    },
    formatEdge: (_key: string, a: Record<string, unknown>) => {
      const { weight, ...attributes } = a;
      return { weight: Number(weight), attributes };
    },
  } as never);
}

/** GEXF 1.2 knows only r, g, b colours (1.3 also hex); written as r, g, b, they serve every reader. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function withoutNulls(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null && !(typeof v === 'number' && Number.isNaN(v))));
}
