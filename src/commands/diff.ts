// `eco diff <old> <new>`: what changed between two snapshots (folders,
// manifests or git:REV:path), as JSON (eco-diff/v1), Markdown or HTML.
import { type DiffResult, diffSnapshots } from '../analysis/snapshot-diff.js';
import { reportDate } from '../io/report-date.js';
import { loadSnapshot } from '../pipeline/snapshot.js';
import type { Lang } from '../reports/i18n/index.js';
import { DIFF_REPORTERS, type ReportFormat } from '../reports/registry.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { renderAndWrite } from './render-document.js';
import { checkTemplateFormat, reportFormat } from './report-options.js';

export interface DiffCommandOptions {
  format?: ReportFormat;
  lang: Lang;
  template?: string;
  output?: string;
  asOf?: string;
  quiet: boolean;
}

export async function diffCommand(oldInput: string, newInput: string, options: DiffCommandOptions, out: Output): Promise<number> {
  const asOf = reportDate(options.asOf);
  const format = reportFormat(options, 'json');
  checkTemplateFormat(options.template, format);
  const load = (input: string, display?: (absolute: string) => string) => loadValid(input, { ...(display && { display }), asOf, quiet: options.quiet }, out);
  const warn = (message: string): void => (options.quiet ? undefined : out.stderr(`${message}\n`));
  const old = await loadSnapshot(oldInput, asOf, load, warn);
  const latest = await loadSnapshot(newInput, asOf, load, warn);
  if (!old || !latest) return EXIT.invalid;
  // Like with like: a network of ecosystems against a single inventory is compared by the same member if the
  // inventory is one of its members, else by the network's own inventory.
  const side = (network: typeof old, single: typeof old) => (network.member(single.snapshot.ecosystem.ecosystem.id) ?? network.own)!();
  const before = old.own && !latest.own ? await side(old, latest) : old.snapshot;
  const after = latest.own && !old.own ? await side(latest, old) : latest.snapshot;
  const diff: DiffResult = { ...diffSnapshots(before, after), maps: { before: before.analysis.result, after: after.analysis.result } };
  if (!options.quiet) {
    for (const r of diff.renames) {
      out.stderr(
        `warning: ${r.from} left and ${r.to} joined; they look like one actor (same ${r.reason === 'business-id' ? 'business id' : 'name'}) under a new id\n`,
      );
    }
  }
  await renderAndWrite(DIFF_REPORTERS[format], diff, options, [...old.inputs, ...latest.inputs], format);
  return EXIT.ok;
}
