// Options the reporting commands share: the date a report shows, how `--links`
// is read, and the checks that make a mistyped option a usage error (exit 2)
// instead of being ignored.
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { reportDate } from '../io/report-date.js';
import { isCsvInput, isWorkbookInput } from '../io/read-ecosystem.js';
import type { LinkSource } from '../model/build-graph.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { MapResult } from '../analysis/map-result.js';
import type { Sector } from '../model/schema-types.js';
import { canonicalWord, SECTOR_ALIASES, SECTORS } from '../model/vocabulary.js';
import type { ReportFormat } from '../reports/formats.js';
import type { Output } from './exit-codes.js';

/** A map report shows a date only when one is given: --as-of, or SOURCE_DATE_EPOCH. */
export function printedDate(asOf: string | undefined): string | null {
  return asOf !== undefined || process.env['SOURCE_DATE_EPOCH'] ? reportDate(asOf) : null;
}

const LINK_SOURCES: readonly string[] = ['explicit', 'derived', 'all'] satisfies LinkSource[];

/**
 * `--links` names which links count (explicit, derived, all), or else the
 * links CSV of an actors CSV input. A word that is neither, or a links file
 * given with a folder or manifest (which names its own links), is refused.
 */
export function readLinksOption(values: readonly string[], input: string): { source: LinkSource; file?: string } {
  const source = (values.filter((v) => LINK_SOURCES.includes(v)).pop() ?? 'all') as LinkSource;
  const files = values.filter((v) => !LINK_SOURCES.includes(v));
  for (const file of files) {
    const typo = didYouMean(file, LINK_SOURCES);
    if (typo !== undefined && !/[./\\]/.test(file)) throw new UsageError(`--links takes explicit, derived or all, not "${file}"; did you mean "${typo}"?`);
    checkLinksFile(file, input, ' (--links takes explicit, derived or all here)');
  }
  if (files.length > 1) throw new UsageError(`--links names one links file, not ${files.length} (${files.join(', ')})`);
  const file = files[0];
  return file === undefined ? { source } : { source, file };
}

/** A links file goes only with an actors table given as the input (a CSV or a workbook): a folder or manifest names its own links. */
export function checkLinksFile(file: string, input: string, more = ''): void {
  if (!isCsvInput(input) && !isWorkbookInput(input)) {
    throw new UsageError(
      `--links ${file}: a links file goes with an actors table given as the input (eco map toimijat.csv --links yhteydet.csv); ${input} names its own links${more}`,
    );
  }
}

/** Says on stderr when betweenness and closeness were sampled rather than exact. */
export function noteSampling(result: MapResult, out: Output, quiet: boolean): void {
  const method = result.summary.betweennessMethod;
  if (!quiet && method !== 'exact') out.stderr(`betweenness and closeness were sampled from ${method.sample} sources (--exact to compute them all)\n`);
}

/** 0, 1, 2, … */
export function wholeNumber(value: string, option: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new UsageError(`${option} must be a whole number, not "${value}"`);
  return Number(value);
}

/** 1, 2, 3, … */
export function positiveWholeNumber(value: string, option: string): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) throw new UsageError(`${option} must be a positive whole number, not "${value}"`);
  return Number(value);
}

/** Own templates lay out Markdown and HTML; JSON and the terminal summary have no template. */
export function checkTemplateFormat(template: string | undefined, format: string): void {
  if (template !== undefined && format !== 'md' && format !== 'html') {
    throw new UsageError(`--template lays out --format md or html, not ${format}`);
  }
}

/** The user's own template is an input too: no output may replace it. */
export function templateInputs(template: string | undefined): string[] {
  return template === undefined ? [] : [path.resolve(template)];
}

/** --sector, in eco's words or Finnish ones. */
export function sectorOption(value: string | undefined): Sector | undefined {
  if (value === undefined) return undefined;
  const sector = canonicalWord(value, SECTORS, SECTOR_ALIASES);
  if (sector === undefined) throw new UsageError(`--sector takes one of ${SECTORS.join(', ')} (or a Finnish word for one), not "${value}"`);
  return sector;
}

/** The formats an output file's name asks for, by its extension. */
const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.json': 'json', '.txt': 'text' };

/**
 * The format of a report: as given; else as the output file's extension asks
 * (`-o raportti.html` is HTML); else text on a terminal, and `piped` when the
 * output goes to another program or a file of another name.
 */
export function reportFormat(options: { format?: ReportFormat | undefined; output?: string | undefined }, piped: ReportFormat): ReportFormat {
  if (options.format !== undefined) return options.format;
  const byName = options.output === undefined || options.output === '-' ? undefined : FORMAT_OF_EXTENSION[path.extname(options.output).toLowerCase()];
  return byName ?? (process.stdout.isTTY ? 'text' : piped);
}
