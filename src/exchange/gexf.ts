// GEXF for Gephi: every attribute typed, sector colours as viz colours, sizes
// by degree. Version 1.3 by default; 1.2draft for readers that know no other
// (NetworkX up to 2.8). Written here, in pieces, rather than with
// graphology-gexf's writer, which holds the whole document several times over
// in memory (4.4 GB for the 797,000 links of Horizon 2020); eco import still
// reads GEXF with graphology-gexf.
import type { Cell, Column, NetworkTable } from './network-table.js';
import { escapeXml } from '../model/text-safety.js';

export type GexfVersion = '1.3' | '1.2';

const TYPE: Record<Column['type'], string> = { string: 'string', integer: 'integer', number: 'double', boolean: 'boolean' };

export function* gexfChunks(table: NetworkTable, version: GexfVersion = '1.3'): Generator<string> {
  const ns = version === '1.3' ? 'http://gexf.net/1.3' : 'http://www.gexf.net/1.2draft';
  const nodeColumns = table.nodeColumns.filter((c) => c.name !== 'name' && c.name !== 'colour');
  const edgeColumns = table.edgeColumns.filter((c) => c.name !== 'weight');
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns}" xmlns:viz="${ns}/viz" version="${version === '1.3' ? '1.3' : '1.2'}">`,
    `  <meta>`,
    `    <creator>eco</creator>`,
    `    <description>${escapeXml(table.name)}</description>`,
    `  </meta>`,
    `  <graph mode="static" defaultedgetype="${table.directed ? 'directed' : 'undirected'}">`,
    '    <attributes class="node">',
    ...nodeColumns.map((c, i) => `      <attribute id="${i}" title="${escapeXml(c.name)}" type="${TYPE[c.type]}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeColumns.map((c, i) => `      <attribute id="${i}" title="${escapeXml(c.name)}" type="${TYPE[c.type]}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  yield `${head.join('\n')}\n`;
  for (const node of table.nodes) {
    const a = node.attributes;
    const { r, g, b } = rgb(String(a['colour'] ?? '#BBBBBB'));
    const size = Math.round((4 + 2 * Math.sqrt(Number(a['degree'] ?? 0))) * 100) / 100;
    yield `      <node id="${escapeXml(node.id)}" label="${escapeXml(String(a['name'] ?? node.id))}">\n${attvalues(nodeColumns, a)}        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${size}"/>\n      </node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let i = 0;
  for (const edge of table.edges) {
    const weight = Number(edge.attributes['weight'] ?? 1);
    yield `      <edge id="${i++}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${weight}">\n${attvalues(edgeColumns, edge.attributes)}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function attvalues(columns: readonly Column[], attributes: Record<string, Cell>): string {
  const values = columns
    .map((c, i) => [i, attributes[c.name]] as const)
    .filter(([, v]) => v !== null && v !== undefined && !(typeof v === 'number' && !Number.isFinite(v)))
    .map(([i, v]) => `          <attvalue for="${i}" value="${escapeXml(String(v))}"/>\n`);
  return values.length > 0 ? `        <attvalues>\n${values.join('')}        </attvalues>\n` : '';
}

/** r, g, b (not hex): every GEXF version and reader knows them. */
function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
