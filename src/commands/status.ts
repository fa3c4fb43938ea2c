// `eco status <input>`: the goals report for CI. Exit 1 when a condition
// named in --fail-on holds, with one line per reason on stderr.
import { goalStatus, type StatusResult } from '../analysis/goal-status.js';
import { type MapOptions, mapEcosystemParallel } from '../analysis/map-analysis.js';
import { DEFAULT_SEED } from '../analysis/random.js';
import { UsageError } from '../diagnostics/errors.js';
import { reportDate } from '../io/report-date.js';
import { dataQuality } from '../model/data-quality.js';
import { addNetworkFigures } from '../pipeline/network-figures.js';
import { changeSince } from '../pipeline/since.js';
import type { Lang } from '../reports/i18n/index.js';
import { type ReportFormat, STATUS_REPORTERS } from '../reports/registry.js';
import { FAIL_CONDITIONS, type FailCondition, failReasons } from '../reports/status-text.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { renderAndWrite, renderMarkdown } from './render-document.js';
import { appendOutput } from '../io/write-output.js';
import { checkTemplateFormat, noteSampling, readLinksOption, wholeNumber, reportFormat } from './report-options.js';

export interface StatusCommandOptions {
  format?: ReportFormat;
  lang: Lang;
  template?: string;
  output?: string;
  links: string[];
  asOf?: string;
  failOn?: string;
  since?: string;
  dueWithin: string;
  /** Also write the Markdown report here (for a CI job's summary). */
  summary?: string;
  skipInvalid: boolean;
  quiet: boolean;
}

export async function statusCommand(input: string, options: StatusCommandOptions, out: Output): Promise<number> {
  const conditions = parseFailOn(options.failOn);
  const dueWithin = wholeNumber(options.dueWithin, '--due-within');
  const asOf = reportDate(options.asOf);
  const { source, file } = readLinksOption(options.links, input);
  const format = reportFormat(options, 'json');
  checkTemplateFormat(options.template, format);
  const valid = await loadValid(input, { ...(file !== undefined && { links: file }), asOf, skipInvalid: options.skipInvalid, quiet: options.quiet }, out);
  if (!valid) return EXIT.invalid;

  const mapOptions: MapOptions = { directed: false, links: source, exact: false, seed: DEFAULT_SEED, asOf };
  const analysis = await mapEcosystemParallel(valid.ecosystem, mapOptions);
  const network = addNetworkFigures(valid, analysis, asOf, mapOptions);
  noteSampling(analysis.result, out, options.quiet);
  const since =
    options.since === undefined
      ? undefined
      : await changeSince(
          options.since,
          { ecosystem: valid.ecosystem, analysis, own: valid.network?.own ?? null, members: valid.network?.members ?? [] },
          asOf,
          (input, display) => loadValid(input, { ...(display && { display }), asOf, quiet: options.quiet }, out),
          (message) => (options.quiet ? undefined : out.stderr(`${message}\n`)),
        );
  if (since === null) return EXIT.invalid;
  const known = new Set(valid.ecosystem.actors.map((a) => a.id));
  const gone = since ? since.before.ecosystem.actors.filter((a) => !known.has(a.id)) : [];
  const status: StatusResult = {
    ...goalStatus(valid.ecosystem, analysis.result, asOf, dueWithin),
    ...(network && { members: network.members }),
    dataQuality: dataQuality(valid.leftOut, valid.warnings, valid.folder),
    ...(since && { since: since.diff }),
    actors: [...valid.ecosystem.actors, ...gone].map((a) => ({ id: a.id, name: a.name })),
  };
  const inputs = [...valid.inputs, ...(since?.inputs ?? [])];
  // The job summary of GitHub Actions: --summary FILE is written with the report. Without it, a run that prints
  // its report (the CI gate, not one writing report files with -o) appends it to $GITHUB_STEP_SUMMARY.
  const summary = options.summary ?? (options.output === undefined ? process.env['GITHUB_STEP_SUMMARY'] : undefined);
  const markdown = summary ? await renderMarkdown(STATUS_REPORTERS.md, status, options.lang) : undefined;
  const more = options.summary && markdown !== undefined ? [{ path: options.summary, content: markdown, role: 'the summary' }] : [];
  await renderAndWrite(STATUS_REPORTERS[format], status, options, inputs, format, more);
  // The template is an input too: the summary is never appended to it.
  const read = options.template === undefined ? inputs : [...inputs, options.template];
  if (!options.summary && summary && markdown !== undefined) await appendOutput(summary, markdown, read);

  const reasons = failReasons(status, conditions, valid.warnings.length);
  for (const reason of reasons) out.stderr(`${reason}\n`);
  return reasons.length > 0 ? EXIT.invalid : EXIT.ok;
}

function parseFailOn(value: string | undefined): FailCondition[] {
  if (value === undefined) return [];
  const names = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  for (const name of names) {
    if (!(FAIL_CONDITIONS as readonly string[]).includes(name)) {
      throw new UsageError(`--fail-on takes ${FAIL_CONDITIONS.join(', ')} (comma-separated), not "${name}"`);
    }
  }
  return names as FailCondition[];
}
