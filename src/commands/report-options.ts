// Options the reporting commands share: the version printed on reports, the
// date a report shows, and how `--links` is read.
import { createRequire } from 'node:module';
import { UsageError } from '../diagnostics/errors.js';
import { reportDate } from '../io/report-date.js';
import type { LinkSource } from '../model/build-graph.js';
import type { MapResult } from '../analysis/map-result.js';
import type { Output } from './exit-codes.js';

export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** A map report shows a date only when one is given: --as-of, or SOURCE_DATE_EPOCH. */
export function printedDate(asOf: string | undefined): string | null {
  return asOf !== undefined || process.env['SOURCE_DATE_EPOCH'] ? reportDate(asOf) : null;
}

const LINK_SOURCES: readonly string[] = ['explicit', 'derived', 'all'] satisfies LinkSource[];

/** `--links` names which links count, or else the links CSV of an actors CSV input. */
export function readLinksOption(values: readonly string[]): { source: LinkSource; file?: string } {
  const source = (values.filter((v) => LINK_SOURCES.includes(v)).pop() ?? 'all') as LinkSource;
  const file = values.filter((v) => !LINK_SOURCES.includes(v)).pop();
  return file === undefined ? { source } : { source, file };
}

/** Says on stderr when betweenness and closeness were sampled rather than exact. */
export function noteSampling(result: MapResult, out: Output, quiet: boolean): void {
  const method = result.summary.betweennessMethod;
  if (!quiet && method !== 'exact') out.stderr(`betweenness and closeness were sampled from ${method.sample} sources (--exact to compute them all)\n`);
}

export function wholeNumber(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number, not "${value}"`);
  return Number(value);
}
