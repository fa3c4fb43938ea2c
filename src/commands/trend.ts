// `eco trend <snapshot>…` and `eco trend --git PATH [--monthly]`: the figures
// and indicators of an ecosystem over time, as JSON (eco-trend/v1), text,
// Markdown or HTML. Each snapshot is mapped with eco map's own defaults, so
// its figures are the ones `eco map` gives for it.
import path from 'node:path';
import { goalStatus, type StatusResult } from '../analysis/goal-status.js';
import { type MapOptions, mapEcosystemParallel } from '../analysis/map-analysis.js';
import { DEFAULT_SEED } from '../analysis/random.js';
import { byDate, distinctLabels, type SnapshotOrigin, type TrendResult, type TrendSnapshot, trendIndicators, trendSnapshot } from '../analysis/trend.js';
import { UsageError } from '../diagnostics/errors.js';
import { type Commit, commitOf, commitsChanging } from '../io/git-history.js';
import { isGitInput } from '../io/git-snapshot.js';
import { reportDate } from '../io/report-date.js';
import { loadSnapshotInput } from '../pipeline/snapshot.js';
import type { Lang } from '../reports/i18n/index.js';
import { type ReportFormat, TREND_REPORTERS } from '../reports/registry.js';
import { EXIT, type Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';
import { renderAndWrite } from './render-document.js';
import { checkTemplateFormat, reportFormat } from './report-options.js';

export interface TrendCommandOptions {
  format?: ReportFormat;
  lang: Lang;
  template?: string;
  output?: string;
  git?: string;
  monthly: boolean;
  quiet: boolean;
}

/** What `eco map` maps with when given no options. */
const MAP_DEFAULTS: MapOptions = { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED, asOf: null };

export async function trendCommand(inputs: readonly string[], options: TrendCommandOptions, out: Output): Promise<number> {
  const format = reportFormat(options, 'json');
  checkTemplateFormat(options.template, format);
  if (options.monthly && options.git === undefined) throw new UsageError('--monthly picks commits of --git PATH; give --git');
  const sources = await snapshotSources(inputs, options);
  if (sources.length === 0) {
    throw new UsageError(
      options.git === undefined
        ? 'no snapshots: name folders, manifests or git:REV:path, or give --git PATH'
        : `no snapshots: no commit changed ${options.git}`,
    );
  }
  // The checks' date (overdue tasks among the warnings); no figure of the document depends on it.
  const checkDate = reportDate(undefined);
  const load = (input: string, display?: (absolute: string) => string) =>
    loadValid(input, { ...(display && { display }), asOf: checkDate, quiet: options.quiet }, out);
  const warn = (message: string): void => (options.quiet ? undefined : out.stderr(`${message}\n`));
  const mapped: { row: TrendSnapshot; status: StatusResult; date: string | null }[] = [];
  const read: string[] = [];
  for (const source of sources) {
    const loaded = await loadSnapshotInput(source.input, load, warn);
    if (!loaded) return EXIT.invalid;
    const { ecosystem } = loaded.valid;
    const map = (await mapEcosystemParallel(ecosystem, MAP_DEFAULTS)).result;
    // Indicator values do not depend on the date goals are scored on; the snapshot's own date is the natural one.
    const status = goalStatus(ecosystem, map, ecosystem.ecosystem.collected ?? source.origin.revision?.date ?? checkDate);
    const row = trendSnapshot(ecosystem, map, status, source.origin);
    // Git knows which of two commits came later: a commit is placed by its own date, even when its manifest names another.
    mapped.push({ row, status, date: source.origin.revision?.date ?? row.date });
    read.push(...loaded.inputs);
  }
  const ordered = byDate(mapped);
  const trend: TrendResult = {
    schema: 'eco-trend/v1',
    indicators: trendIndicators(ordered.map((r) => r.status)),
    snapshots: distinctLabels(ordered.map((r) => r.row)),
  };
  await renderAndWrite(TREND_REPORTERS[format], trend, options, read, format);
  return EXIT.ok;
}

interface Source {
  input: string;
  origin: SnapshotOrigin;
}

async function snapshotSources(inputs: readonly string[], options: TrendCommandOptions): Promise<Source[]> {
  const sources: Source[] = [];
  for (const input of inputs) {
    if (isGitInput(input)) {
      const revision = /^git:([^:]+):/.exec(input)?.[1];
      if (revision === undefined) throw new UsageError(`a git input is written git:REV:path (e.g. git:v1.0:examples/seutukaupungit), not "${input}"`);
      sources.push({ input, origin: { folder: null, revision: await commitOf(revision, input) } });
    } else {
      sources.push({ input, origin: { folder: folderName(input), revision: null } });
    }
  }
  if (options.git !== undefined) {
    // git:REV:path reads the path from the current folder: an absolute one is made relative to it.
    const at = path.relative(process.cwd(), path.resolve(options.git)) || '.';
    const commits: Commit[] = await commitsChanging(at, options.monthly);
    for (const commit of commits) sources.push({ input: `git:${commit.hash}:${at}`, origin: { folder: null, revision: commit } });
  }
  return sources;
}

/** The folder a snapshot is in: the input itself, or the folder of a manifest, workbook or CSV. */
function folderName(input: string): string {
  const absolute = path.resolve(input);
  return path.basename(/\.(ya?ml|csv|xlsx|gz)$/i.test(absolute) ? path.dirname(absolute) : absolute);
}
