// The writer of each export format: the network table (and, for a workbook,
// the map's tables) → the files it makes. The keys are `--to`'s choices.
import type { MapResult } from '../analysis/map-result.js';
import { toCsvFiles } from './csv.js';
import type { ExportFormat } from './formats.js';
import { type GexfVersion, gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { cytoscapeJsonChunks, graphologyJsonChunks } from './json.js';
import type { NetworkTable } from './network-table.js';
import { type XlsxLang, xlsxChunks } from './xlsx.js';

interface ExportSettings {
  excel: boolean;
  gexfVersion: GexfVersion;
  lang: XlsxLang;
}

export interface ExportedFile {
  /** A file of the folder `-o` names (csv); absent for the one file `-o` names (or standard output). */
  name?: string;
  content: string | Iterable<string> | AsyncIterable<Uint8Array>;
}

export interface Exporter {
  /** Whether it writes a folder of files rather than one file. */
  folder: boolean;
  /** Whether it is bytes no terminal shows. */
  binary: boolean;
  write(table: NetworkTable, result: MapResult, settings: ExportSettings): ExportedFile[];
}

const file = (content: ExportedFile['content']): ExportedFile[] => [{ content }];

export const EXPORTERS = {
  gexf: { folder: false, binary: false, write: (table, _result, settings) => file(gexfChunks(table, settings.gexfVersion)) },
  graphml: { folder: false, binary: false, write: (table) => file(graphmlChunks(table)) },
  json: { folder: false, binary: false, write: (table) => file(graphologyJsonChunks(table)) },
  cytoscape: { folder: false, binary: false, write: (table) => file(cytoscapeJsonChunks(table)) },
  csv: {
    folder: true,
    binary: false,
    write: (table, _result, settings) => Object.entries(toCsvFiles(table, { excel: settings.excel })).map(([name, content]) => ({ name, content })),
  },
  xlsx: { folder: false, binary: true, write: (table, result, settings) => file(xlsxChunks(table, result, settings.lang)) },
} satisfies Record<ExportFormat, Exporter>;
