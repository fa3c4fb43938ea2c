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
import { networkTable } from '../exchange/network-table.js';
import { reportDate } from '../io/report-date.js';
import { writeFileAtomic, writeOutputChunks } from '../io/write-output.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { noteSampling, readLinksOption, wholeNumber } from './report-options.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'cytoscape', 'csv'] as const;

export interface ExportCommandOptions {
  to: (typeof EXPORT_FORMATS)[number];
  output?: string;
  links: string[];
  directed: boolean;
  excel: boolean;
  gexfVersion: GexfVersion;
  includeContacts: boolean;
  exact: boolean;
  pivots?: string;
  seed: string;
  quiet: boolean;
}

export async function exportCommand(input: string, options: ExportCommandOptions, out: Output): Promise<number> {
  const { source, file } = readLinksOption(options.links);
  if (options.to === 'csv' && (options.output === undefined || options.output === '-')) {
    throw new UsageError('--to csv writes actors.csv and links.csv into a folder: give it with -o <folder>');
  }
  const valid = await loadValid(input, { ...(file !== undefined && { links: file }), asOf: reportDate(undefined), quiet: options.quiet }, out);
  if (!valid) return EXIT.invalid;
  const pivots = options.pivots === undefined ? undefined : wholeNumber(options.pivots, '--pivots');
  const analysis = await mapEcosystemParallel(valid.ecosystem, { directed: options.directed, links: source, exact: options.exact, seed: wholeNumber(options.seed, '--seed'), ...(pivots !== undefined && { pivots }) });
  const table = networkTable(valid.ecosystem, analysis, { includeContacts: options.includeContacts });
  switch (options.to) {
    case 'gexf':
      await writeOutputChunks(options.output, gexfChunks(table, options.gexfVersion));
      break;
    case 'graphml':
      await writeOutputChunks(options.output, graphmlChunks(table));
      break;
    case 'json':
      await writeOutputChunks(options.output, graphologyJsonChunks(table));
      break;
    case 'cytoscape':
      await writeOutputChunks(options.output, cytoscapeJsonChunks(table));
      break;
    case 'csv': {
      const files = toCsvFiles(table, { excel: options.excel });
      for (const [name, content] of Object.entries(files)) await writeFileAtomic(path.join(options.output!, name), content);
      break;
    }
  }
  noteSampling(analysis.result, out, options.quiet);
  return EXIT.ok;
}
