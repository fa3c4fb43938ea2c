// `eco suggest <ecosystem> --pool <input>…`: whom to invite, as JSON
// (eco-suggest/v1), text, Markdown or HTML. The ecosystem is mapped with
// eco map's defaults, for its parts and communities; the pools are read as
// any eco input.
import { mapEcosystemParallel } from '../analysis/map-analysis.js';
import { DEFAULT_SEED } from '../analysis/random.js';
import { suggest } from '../analysis/suggest/suggest.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Lang } from '../reports/i18n/index.js';
import { type ReportFormat, SUGGEST_REPORTERS } from '../reports/registry.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { loadPools } from './pool-option.js';
import { renderAndWrite } from './render-document.js';
import { checkTemplateFormat, positiveWholeNumber, printedDate, sectorOption, reportFormat } from './report-options.js';

export interface SuggestCommandOptions {
  format?: ReportFormat;
  lang: Lang;
  template?: string;
  output?: string;
  pool?: string[];
  top: string;
  sector?: string;
  tag?: string;
  asOf?: string;
  quiet: boolean;
}

/** Said on stderr, in the language of the run's problems, when the pool holds none of the ecosystem's actors. */
const NONE_MATCHED = {
  en: 'note: none of the ecosystem’s actors is in the pool (by id, business id or name), so no candidate’s ties to members can be seen',
  fi: 'huomautus: yksikään ekosysteemin toimija ei ole laajemmassa verkostossa (tunnuksen, Y-tunnuksen tai nimen mukaan), joten ehdokkaiden yhteyksiä jäseniin ei näy',
} as const;

export async function suggestCommand(input: string, options: SuggestCommandOptions, out: Output): Promise<number> {
  const format = reportFormat(options, 'json');
  checkTemplateFormat(options.template, format);
  if (!options.pool || options.pool.length === 0)
    throw new UsageError('give the wider network to find candidates in with --pool <input> (a folder, manifest, CSV or workbook)');
  const top = positiveWholeNumber(options.top, '--top');
  const sector = sectorOption(options.sector);
  if (options.tag !== undefined && options.tag.trim() === '') throw new UsageError('--tag needs a competence, e.g. --tag tekoäly');
  const asOf = printedDate(options.asOf);

  const valid = await loadValid(input, { asOf: null, quiet: options.quiet }, out);
  if (!valid) return EXIT.invalid;
  const pools = await loadPools(options.pool, out);
  if (!pools) return EXIT.invalid;
  const map = await mapEcosystemParallel(valid.ecosystem, { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED, asOf: null });
  const result = suggest(valid.ecosystem, map.result, pools.sources, {
    top,
    asOf,
    ...(sector !== undefined && { sector }),
    ...(options.tag !== undefined && { tag: options.tag.trim() }),
  });
  if (result.pool.matched === 0 && !options.quiet) out.stderr(`${NONE_MATCHED[out.lang ?? 'en']}\n`);
  await renderAndWrite(SUGGEST_REPORTERS[format], result, options, [...valid.inputs, ...pools.read], format);
  return EXIT.ok;
}
