// `eco status <input>`: the goals report for CI. Exit 1 when a condition
// named in --fail-on holds, with one line per reason on stderr.
import { mapEcosystemParallel, type MapOptions } from '../analysis/map-analysis.js';
import { DEFAULT_SEED } from '../analysis/random.js';
import { goalStatus } from '../analysis/goal-status.js';
import { UsageError } from '../diagnostics/errors.js';
import { reportDate } from '../io/report-date.js';
import { loadTemplates } from '../io/report-templates.js';
import { writeOutput } from '../io/write-output.js';
import type { Lang } from '../reports/i18n/index.js';
import { dataQuality } from '../model/data-quality.js';
import { terminalSafe } from '../model/text-safety.js';
import { render } from '../reports/render.js';
import { statusView } from '../reports/status-view.js';
import { FAIL_CONDITIONS, failReasons, statusText, type FailCondition } from '../reports/status-text.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { addNetworkFigures } from '../pipeline/network-figures.js';
import { checkTemplateFormat, noteSampling, readLinksOption, templateInputs, VERSION } from './report-options.js';
import { changeSince } from '../pipeline/since.js';
import { diffHeadline } from '../reports/diff-view.js';

export interface StatusCommandOptions {
  format?: 'json' | 'text' | 'md' | 'html';
  lang: Lang;
  template?: string;
  output?: string;
  links: string[];
  asOf?: string;
  failOn?: string;
  since?: string;
  skipInvalid: boolean;
  quiet: boolean;
}

export async function statusCommand(input: string, options: StatusCommandOptions, out: Output): Promise<number> {
  const conditions = parseFailOn(options.failOn);
  const asOf = reportDate(options.asOf);
  const { source, file } = readLinksOption(options.links, input);
  const format = options.format ?? (process.stdout.isTTY ? 'text' : 'json');
  checkTemplateFormat(options.template, format);
  const valid = await loadValid(input, { ...(file !== undefined && { links: file }), asOf, skipInvalid: options.skipInvalid, quiet: options.quiet }, out);
  if (!valid) return EXIT.invalid;

  const mapOptions: MapOptions = { directed: false, links: source, exact: false, seed: DEFAULT_SEED, asOf };
  const analysis = await mapEcosystemParallel(valid.ecosystem, mapOptions);
  const network = addNetworkFigures(valid, analysis, asOf, mapOptions);
  noteSampling(analysis.result, out, options.quiet);
  const status = {
    ...goalStatus(valid.ecosystem, analysis.result, asOf),
    ...(network && { members: network.members }),
    dataQuality: dataQuality(valid.leftOut, valid.warnings, valid.folder),
  };
  const since =
    options.since === undefined
      ? undefined
      : await changeSince(
          options.since,
          valid.ecosystem,
          analysis,
          asOf,
          (input, display) => loadValid(input, { ...(display && { display }), asOf, quiet: options.quiet }, out),
          (message) => (options.quiet ? undefined : out.stderr(`${message}\n`)),
        );
  if (since === null) return EXIT.invalid;
  const sinceLines = since
    ? diffHeadline(since.diff, options.lang, new Map([...since.before.ecosystem.actors, ...valid.ecosystem.actors].map((a) => [a.id, a.name])))
    : [];

  let text: string;
  if (format === 'json') {
    text = `${JSON.stringify(since ? { ...status, since: since.diff } : status, null, 2)}\n`;
  } else if (format === 'text') {
    text = terminalSafe(statusText(status) + (since ? `\nSince ${since.label}:\n${sinceLines.map((l) => `  ${l}\n`).join('')}` : ''));
  } else {
    const names = new Map(valid.ecosystem.actors.map((a) => [a.id, a.name]));
    const view = statusView(status, { lang: options.lang, version: VERSION, names, ...(since && { since: { date: since.label, lines: sinceLines } }) });
    text = render(await loadTemplates(`status.${format}`, options.template), view, format);
  }
  await writeOutput(options.output, text, [...valid.inputs, ...(since?.inputs ?? []), ...templateInputs(options.template)]);

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
