// `eco map <input>`: validate, build the network, compute the figures, and
// write them as JSON (the eco-map/v1 document) or as a terminal summary.
import { availableParallelism } from 'node:os';
import { type MapOptions, mapEcosystemParallel } from '../analysis/map-analysis.js';
import { suggest } from '../analysis/suggest/suggest.js';
import { progressBar } from '../io/progress.js';
import { dataQuality } from '../model/data-quality.js';
import { addNetworkFigures } from '../pipeline/network-figures.js';
import type { Lang } from '../reports/i18n/index.js';
import { MAP_REPORTERS, type ReportFormat } from '../reports/registry.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { loadPools } from './pool-option.js';
import { renderAndWrite } from './render-document.js';
import { checkTemplateFormat, noteSampling, positiveWholeNumber, printedDate, readLinksOption, wholeNumber, reportFormat } from './report-options.js';

export interface MapCommandOptions {
  format?: ReportFormat;
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
  pool: string[];
  quiet: boolean;
}

/** Candidates a baseline study lists when given --pool. */
const STUDY_CANDIDATES = 10;

export async function mapCommand(input: string, options: MapCommandOptions, out: Output): Promise<number> {
  const { source: linkSource, file: linksFile } = readLinksOption(options.links, input);
  const seed = wholeNumber(options.seed, '--seed');
  const pivots = options.pivots === undefined ? undefined : positiveWholeNumber(options.pivots, '--pivots');
  const asked = options.threads === undefined ? undefined : positiveWholeNumber(options.threads, '--threads');
  // More threads than cores only adds workers that wait for one another.
  const threads = asked === undefined ? undefined : Math.min(asked, availableParallelism());
  if (asked !== undefined && threads !== asked && !options.quiet) {
    out.stderr(`note: --threads ${asked} is more than the ${threads} cores here; ${threads} are used\n`);
  }
  const format = reportFormat(options, 'json');
  checkTemplateFormat(options.template, format);
  const asOf = printedDate(options.asOf);

  const valid = await loadValid(
    input,
    // Overdue tasks are the goals report's business (eco status), not the baseline study's: a map made later warns of nothing new.
    { ...(linksFile !== undefined && { links: linksFile }), asOf: null, skipInvalid: options.skipInvalid, quiet: options.quiet },
    out,
  );
  if (!valid) return EXIT.invalid;
  const pools = options.pool.length > 0 ? await loadPools(options.pool, out) : null;
  if (pools === undefined) return EXIT.invalid;

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
  if (pools) analysis.result.suggestions = suggest(valid.ecosystem, analysis.result, pools.sources, { top: STUDY_CANDIDATES, asOf });
  noteSampling(analysis.result, out, options.quiet);
  await renderAndWrite(MAP_REPORTERS[format], analysis.result, options, [...valid.inputs, ...(pools?.read ?? [])], format);
  return EXIT.ok;
}
