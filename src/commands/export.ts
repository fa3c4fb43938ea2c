// `eco export <input> --to <format>`: the network with every attribute and
// figure, for Gephi, yEd, NetworkX, sigma.js, Cytoscape and spreadsheets.
// The writers are src/exchange/exporters.ts; their keys are --to's choices.
import path from 'node:path';
import { mapEcosystemParallel } from '../analysis/map-analysis.js';
import { UsageError } from '../diagnostics/errors.js';
import { EXPORTERS } from '../exchange/exporters.js';
import { dataQuality } from '../model/data-quality.js';
import type { ExportFormat } from '../exchange/formats.js';
import type { GexfVersion } from '../exchange/gexf.js';
import { networkTable } from '../exchange/network-table.js';
import type { XlsxLang } from '../exchange/xlsx.js';
import { reportDate } from '../io/report-date.js';
import { writeOutputs } from '../io/write-output.js';
import { phase, phaseAsync } from '../diagnostics/phases.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { noteSampling, positiveWholeNumber, readLinksOption, wholeNumber } from './report-options.js';

export interface ExportCommandOptions {
  to: ExportFormat;
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
  const exporter = EXPORTERS[options.to];
  const toStdout = options.output === undefined || options.output === '-';
  if (exporter.folder && toStdout) throw new UsageError(`--to ${options.to} writes several files into a folder: give it with -o <folder>`);
  if (exporter.binary && toStdout && process.stdout.isTTY)
    throw new UsageError(`--to ${options.to} writes bytes, no text for a terminal: give its file with -o <file>`);
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
  // A workbook says what --skip-invalid left out and which actors look entered twice, as a report does.
  analysis.result.dataQuality = dataQuality(valid.leftOut, valid.warnings, valid.folder);
  const table = phase('table', () => networkTable(valid.ecosystem, analysis, { includeContacts: options.includeContacts }));
  const files = exporter.write(table, analysis.result, options);
  await phaseAsync('write', () =>
    writeOutputs(
      files.map((f) => ({ path: f.name === undefined ? options.output : path.join(options.output!, f.name), content: f.content })),
      valid.inputs,
    ),
  );
  noteSampling(analysis.result, out, options.quiet);
  return EXIT.ok;
}
