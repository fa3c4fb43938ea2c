// `eco map <input>`: validate, build the network, compute the figures, and
// write them as JSON (the eco-map/v1 document) or as a terminal summary.
import { createRequire } from 'node:module';
import path from 'node:path';
import { mapEcosystem, type MapOptions } from '../analysis/map-analysis.js';
import { UsageError } from '../diagnostics/errors.js';
import { formatDiagnostic, plural } from '../diagnostics/format.js';
import { loadEcosystem } from '../io/load-ecosystem.js';
import { progressBar } from '../io/progress.js';
import { reportDate } from '../io/report-date.js';
import { loadTemplates } from '../io/report-templates.js';
import { writeFileAtomic, writeOutput } from '../io/write-output.js';
import type { LinkSource } from '../model/build-graph.js';
import { validateDocument } from '../model/validate.js';
import { mapText } from '../reports/map-text.js';
import { renderMapReport } from '../reports/map-report.js';
import type { Lang } from '../reports/i18n/index.js';
import { EXIT, type Output } from './exit-codes.js';

export interface MapCommandOptions {
  format?: 'json' | 'text' | 'md' | 'html';
  lang: Lang;
  template?: string;
  output?: string;
  links: string[];
  directed: boolean;
  exact: boolean;
  pivots?: string;
  seed: string;
  asOf?: string;
  quiet: boolean;
}

const LINK_SOURCES: readonly LinkSource[] = ['explicit', 'derived', 'all'];

export async function mapCommand(input: string, options: MapCommandOptions, out: Output): Promise<number> {
  const linkSource = options.links.filter((v): v is LinkSource => (LINK_SOURCES as readonly string[]).includes(v)).pop() ?? 'all';
  const linksFile = options.links.filter((v) => !(LINK_SOURCES as readonly string[]).includes(v)).pop();
  const seed = integer(options.seed, '--seed');
  const pivots = options.pivots === undefined ? undefined : integer(options.pivots, '--pivots');
  const format = options.format ?? (process.stdout.isTTY ? 'text' : 'json');

  const loaded = await loadEcosystem(input, linksFile === undefined ? {} : { links: linksFile });
  const validation = validateDocument({
    document: loaded.document,
    locator: loaded.sources,
    incomplete: loaded.incomplete,
    diagnostics: loaded.diagnostics,
    readable: loaded.readable,
    asOf: reportDate(options.asOf),
  });
  if (!validation.ecosystem) {
    for (const d of validation.diagnostics.filter((d) => d.severity === 'error')) out.stderr(`${formatDiagnostic(d)}\n`);
    out.stderr(`${loaded.origin}: not mapped: the input has errors (eco validate shows them all)\n`);
    return EXIT.invalid;
  }
  const warnings = validation.diagnostics.length;
  if (warnings > 0 && !options.quiet) out.stderr(`${loaded.origin}: ${plural(warnings, 'warning')} (eco validate shows them)\n`);

  const mapOptions: MapOptions = {
    directed: options.directed,
    links: linkSource,
    exact: options.exact,
    seed,
    ...(pivots !== undefined && { pivots }),
    ...(!options.quiet && { onProgress: progressBar(process.stderr) }),
  };
  const analysis = mapEcosystem(validation.ecosystem, mapOptions);
  if (format === 'json' || format === 'text') {
    await writeOutput(options.output, format === 'json' ? `${JSON.stringify(analysis.result, null, 2)}\n` : mapText(analysis.result));
    return EXIT.ok;
  }
  // A Markdown report written to a file gets its network picture beside it (report.md → report.svg).
  const pictureFile = format === 'md' && options.output !== undefined && options.output !== '-' ? `${path.basename(options.output, path.extname(options.output))}.svg` : undefined;
  const report = renderMapReport(
    analysis,
    format,
    { lang: options.lang, version: VERSION, asOf: printedDate(options.asOf), ...(pictureFile && { pictureFile }) },
    {
      main: await loadTemplates(`map.${format}`, options.template),
      ...(pictureFile && { picture: await loadTemplates('network.svg') }),
    },
  );
  if (report.picture !== undefined && pictureFile && options.output) {
    await writeFileAtomic(path.join(path.dirname(options.output), pictureFile), report.picture);
  }
  await writeOutput(options.output, report.main);
  return EXIT.ok;
}

const { version: VERSION } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** A report shows a date only when one is given: --as-of, or SOURCE_DATE_EPOCH. */
function printedDate(asOf: string | undefined): string | null {
  return asOf !== undefined || process.env['SOURCE_DATE_EPOCH'] ? reportDate(asOf) : null;
}

function integer(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number, not "${value}"`);
  return Number(value);
}

