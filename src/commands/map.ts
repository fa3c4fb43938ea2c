// `eco map <input>`: validate, build the network, compute the figures, and
// write them as JSON (the eco-map/v1 document) or as a terminal summary.
import path from 'node:path';
import { mapEcosystemParallel, type MapOptions } from '../analysis/map-analysis.js';
import { progressBar } from '../io/progress.js';
import { reportDate } from '../io/report-date.js';
import { loadTemplates } from '../io/report-templates.js';
import { writeOutput, writeOutputs } from '../io/write-output.js';
import { dataQuality } from '../model/data-quality.js';
import { jsonChunks } from '../model/json-text.js';
import { terminalSafe } from '../model/text-safety.js';
import { mapText } from '../reports/map-text.js';
import { renderMapReport } from '../reports/map-report.js';
import type { Lang } from '../reports/i18n/index.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { addNetworkFigures } from '../pipeline/network-figures.js';
import {
  checkTemplateFormat,
  noteSampling,
  positiveWholeNumber,
  printedDate,
  readLinksOption,
  templateInputs,
  VERSION,
  wholeNumber,
} from './report-options.js';

export interface MapCommandOptions {
  format?: 'json' | 'text' | 'md' | 'html';
  lang: Lang;
  template?: string;
  output?: string;
  links: string[];
  directed: boolean;
  exact: boolean;
  pivots?: string;
  threads?: string;
  seed: string;
  asOf?: string;
  skipInvalid: boolean;
  quiet: boolean;
}

export async function mapCommand(input: string, options: MapCommandOptions, out: Output): Promise<number> {
  const { source: linkSource, file: linksFile } = readLinksOption(options.links, input);
  const seed = wholeNumber(options.seed, '--seed');
  const pivots = options.pivots === undefined ? undefined : positiveWholeNumber(options.pivots, '--pivots');
  const threads = options.threads === undefined ? undefined : positiveWholeNumber(options.threads, '--threads');
  const format = options.format ?? (process.stdout.isTTY ? 'text' : 'json');
  checkTemplateFormat(options.template, format);
  const asOf = printedDate(options.asOf);

  const valid = await loadValid(
    input,
    { ...(linksFile !== undefined && { links: linksFile }), asOf: reportDate(options.asOf), skipInvalid: options.skipInvalid, quiet: options.quiet },
    out,
  );
  if (!valid) return EXIT.invalid;

  const mapOptions: MapOptions = {
    directed: options.directed,
    links: linkSource,
    exact: options.exact,
    seed,
    asOf,
    ...(pivots !== undefined && { pivots }),
    ...(threads !== undefined && { threads }),
    ...(!options.quiet && { onProgress: progressBar(process.stderr) }),
  };
  const analysis = await mapEcosystemParallel(valid.ecosystem, mapOptions);
  addNetworkFigures(valid, analysis, asOf, mapOptions);
  analysis.result.dataQuality = dataQuality(valid.leftOut, valid.warnings, valid.folder);
  noteSampling(analysis.result, out, options.quiet);
  if (format === 'json' || format === 'text') {
    await writeOutput(options.output, format === 'json' ? jsonChunks(analysis.result) : terminalSafe(mapText(analysis.result)), valid.inputs);
    return EXIT.ok;
  }
  // A Markdown report written to a file gets its network picture beside it (report.md → report.svg).
  const pictureFile =
    format === 'md' && options.output !== undefined && options.output !== '-'
      ? `${path.basename(options.output, path.extname(options.output))}.svg`
      : undefined;
  const report = renderMapReport(
    analysis,
    format,
    { lang: options.lang, version: VERSION, asOf, ...(pictureFile && { pictureFile }) },
    {
      main: await loadTemplates(`map.${format}`, options.template),
      ...(pictureFile && { picture: await loadTemplates('network.svg') }),
    },
  );
  const picture =
    report.picture !== undefined && pictureFile && options.output
      ? [{ path: path.join(path.dirname(options.output), pictureFile), content: report.picture, role: 'the network picture' }]
      : [];
  await writeOutputs(
    [...picture, { path: options.output, content: report.main, role: 'the Markdown report' }],
    [...valid.inputs, ...templateInputs(options.template)],
  );
  return EXIT.ok;
}
