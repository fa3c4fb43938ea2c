// `eco export <input> --to gexf|graphml|json|cytoscape|csv`: the network with
// every attribute and figure, for Gephi, yEd, NetworkX, sigma.js, Cytoscape
// and spreadsheets.
import path from 'node:path';
import { mapEcosystemParallel } from '../analysis/map-analysis.js';
import { UsageError } from '../diagnostics/errors.js';
import { toCsvFiles } from '../exchange/csv.js';
import { gexfChunks, type GexfVersion } from '../exchange/gexf.js';
import { graphmlChunks } from '../exchange/graphml.js';
import { cytoscapeJsonChunks, graphologyJsonChunks } from '../exchange/json.js';
import { networkTable, type NetworkTable } from '../exchange/network-table.js';
import { xlsxChunks, type XlsxLang } from '../exchange/xlsx.js';
import type { MapResult } from '../analysis/map-result.js';
import { reportDate } from '../io/report-date.js';
import { writeOutputs, type OutputFile } from '../io/write-output.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { noteSampling, positiveWholeNumber, readLinksOption, wholeNumber } from './report-options.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'cytoscape', 'csv', 'xlsx'] as const;

export interface ExportCommandOptions {
  to: (typeof EXPORT_FORMATS)[number];
  output?: string;
  links: string[];
  directed: boolean;
  excel: boolean;
  lang: XlsxLang;
  gexfVersion: GexfVersion;
  includeContacts: boolean;
  exact: boolean;
  pivots?: string;
  seed: string;
  skipInvalid: boolean;
  quiet: boolean;
}

export async function exportCommand(input: string, options: ExportCommandOptions, out: Output): Promise<number> {
  const { source, file } = readLinksOption(options.links, input);
  if (options.to === 'csv' && (options.output === undefined || options.output === '-')) {
    throw new UsageError('--to csv writes actors.csv and links.csv into a folder: give it with -o <folder>');
  }
  if (options.to === 'xlsx' && (options.output === undefined || options.output === '-') && process.stdout.isTTY) {
    throw new UsageError('--to xlsx writes a workbook, which is no text for a terminal: give its file with -o <file.xlsx>');
  }
  const seed = wholeNumber(options.seed, '--seed');
  const pivots = options.pivots === undefined ? undefined : positiveWholeNumber(options.pivots, '--pivots');
  const valid = await loadValid(
    input,
    { ...(file !== undefined && { links: file }), asOf: reportDate(undefined), skipInvalid: options.skipInvalid, quiet: options.quiet },
    out,
  );
  if (!valid) return EXIT.invalid;
  const analysis = await mapEcosystemParallel(valid.ecosystem, {
    directed: options.directed,
    links: source,
    exact: options.exact,
    seed,
    ...(pivots !== undefined && { pivots }),
  });
  const table = networkTable(valid.ecosystem, analysis, { includeContacts: options.includeContacts });
  await writeOutputs(exportFiles(table, analysis.result, options), valid.inputs);
  noteSampling(analysis.result, out, options.quiet);
  return EXIT.ok;
}

/** What one export writes: one file (or stdout), or the CSV folder's files as one set. */
function exportFiles(table: NetworkTable, result: MapResult, options: ExportCommandOptions): OutputFile[] {
  switch (options.to) {
    case 'gexf':
      return [{ path: options.output, content: gexfChunks(table, options.gexfVersion) }];
    case 'graphml':
      return [{ path: options.output, content: graphmlChunks(table) }];
    case 'json':
      return [{ path: options.output, content: graphologyJsonChunks(table) }];
    case 'cytoscape':
      return [{ path: options.output, content: cytoscapeJsonChunks(table) }];
    case 'xlsx':
      return [{ path: options.output, content: xlsxChunks(table, result, options.lang) }];
    case 'csv':
      return Object.entries(toCsvFiles(table, { excel: options.excel })).map(([name, content]) => ({ path: path.join(options.output!, name), content }));
  }
}
