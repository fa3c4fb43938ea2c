// GEXF for Gephi: every attribute typed, sector colours as viz colours, sizes
// by degree. Version 1.3 by default; 1.2draft for readers that know no other
// (NetworkX up to 2.8). Written here, in pieces, rather than with
// graphology-gexf's writer, which holds the whole document several times over
// in memory (4.4 GB for the 797,000 links of Horizon 2020); eco import still
// reads GEXF with graphology-gexf.
import type { Cell, Column, NetworkTable } from './network-table.js';
import { escapeXml } from '../model/text-safety.js';
import { escapedIds, PIECE } from './xml-pieces.js';

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
  const ids = escapedIds(table);
  const nodeNames = nodeColumns.map((c) => c.name);
  const edgeNames = edgeColumns.map((c) => c.name);
  let piece = '';
  for (const node of table.nodes) {
    const a = node.attributes;
    const { r, g, b } = rgb(String(a['colour'] ?? '#BBBBBB'));
    const size = Math.round((4 + 2 * Math.sqrt(Number(a['degree'] ?? 0))) * 100) / 100;
    piece += `      <node id="${ids.get(node.id)!}" label="${escapeXml(String(a['name'] ?? node.id))}">\n${attvalues(nodeNames, a)}        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${size}"/>\n      </node>\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  piece += '    </nodes>\n    <edges>\n';
  let i = 0;
  for (const edge of table.edges) {
    const weight = Number(edge.attributes['weight'] ?? 1);
    piece += `      <edge id="${i++}" source="${ids.get(edge.source) ?? escapeXml(edge.source)}" target="${ids.get(edge.target) ?? escapeXml(edge.target)}" weight="${weight}">\n${attvalues(edgeNames, edge.attributes)}      </edge>\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}    </edges>\n  </graph>\n</gexf>\n`;
}

function attvalues(names: readonly string[], attributes: Record<string, Cell>): string {
  let values = '';
  for (let i = 0; i < names.length; i++) {
    const v = attributes[names[i]!];
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) continue;
    values += `          <attvalue for="${i}" value="${typeof v === 'string' ? escapeXml(v) : String(v)}"/>\n`;
  }
  return values === '' ? '' : `        <attvalues>\n${values}        </attvalues>\n`;
}

/** r, g, b (not hex): every GEXF version and reader knows them. */
function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
