// Builds the eco command line and is the one place that turns exceptions into
// messages and exit codes. Bad input never shows a stack trace; --debug shows
// one for eco's own bugs. Commands are imported when run, so --help starts fast;
// so are the error classes and the words of diagnostics (the Finnish ones set
// up a number format).
import { type Command, CommanderError, Option } from 'commander';
import { phaseTable } from './diagnostics/phases.js';
import { environmentLanguage, type Language } from './diagnostics/language.js';
import { fsReason, isSystemError } from './io/fs-errors.js';
import { displayRelative } from './io/display-path.js';
import { stdoutColumns, writeStdout } from './io/standard-output.js';
import { terminalSafe } from './model/text-safety.js';
import { DeferredCommand, subcommandTerm } from './commands/deferred-command.js';
import { EXIT, type Output } from './commands/exit-codes.js';
import { VERSION } from './commands/package-info.js';
import { EXPORT_FORMATS } from './exchange/formats.js';
import { REPORT_FORMATS } from './reports/formats.js';
import type { DiffCommandOptions } from './commands/diff.js';
import type { ExportCommandOptions } from './commands/export.js';
import type { MapCommandOptions } from './commands/map.js';
import type { ReportCommandOptions } from './commands/report.js';
import type { StatusCommandOptions } from './commands/status.js';
import type { SuggestCommandOptions } from './commands/suggest.js';
import type { TrendCommandOptions } from './commands/trend.js';
import type { ValidateOptions } from './commands/validate.js';

const stderrOutput: Output = { stderr: (text) => quietOnClosedPipe(process.stderr).write(text) };

type Run = (exitCode: Promise<number>) => void;

export function buildProgram(run: Run, out: Output = stderrOutput): Command {
  const program = new DeferredCommand('eco')
    .description('Map and report on innovation ecosystems: validate inventories, compute network figures, render reports.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show a stack trace for internal errors')
    .showHelpAfterError('(run eco --help for usage)')
    // Help and version go out without process.stdout unless it is a terminal (io/standard-output.ts); eco's help has no colours.
    .configureOutput({ writeErr: (text) => out.stderr(text), writeOut: writeStdout, getOutHelpWidth: stdoutColumns, getOutHasColors: () => false })
    .exitOverride()
    // Each command's options are added when it runs or shows its help (commands/deferred-command.ts).
    .configureHelp({ subcommandTerm })
    .hook('preSubcommand', (_, command) => {
      if (command instanceof DeferredCommand) command.complete();
    })
    // Problems are told in the --lang given, else in the environment's language (LC_ALL, LC_MESSAGES, LANG).
    .hook('preAction', (_, command) => {
      out.lang = command.getOptionValueSource('lang') === 'cli' ? (command.getOptionValue('lang') as Language) : environmentLanguage();
    });
  for (const add of [addValidate, addMap, addStatus, addDiff, addTrend, addSuggest, addExport, addReport, addImport, addInit]) add(program, run, out);
  return program;
}

const INPUT = 'ecosystem.yaml, a folder holding it, a workbook (.xlsx) or an actors CSV';
const SKIP_INVALID = 'leave out what is broken (a row, a link, a cell read as empty), say what, and go on with the rest';

function addValidate(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('validate')
    .description('check an ecosystem: syntax, schema, references, lints')
    .argument('<input>', INPUT)
    .later((command) =>
      command
        .addOption(
          new Option('-f, --format <format>', 'output format (github: workflow-command annotations for GitHub Actions)')
            .choices(['text', 'json', 'github'])
            .default('text'),
        )
        .addOption(
          new Option('-l, --lang <lang>', 'language of the messages (default: fi when LC_ALL, LC_MESSAGES or LANG is Finnish, else en)').choices(['fi', 'en']),
        )
        .option('--strict', 'treat warnings as errors (exit 1)', false)
        .option('--links <file>', 'a links table, when <input> is an actors CSV or workbook')
        .option('--as-of <date>', 'the date tasks are overdue against (YYYY-MM-DD; default SOURCE_DATE_EPOCH or today)')
        .option('-o, --output <file>', 'write the problems to a file instead of stdout')
        .option('-q, --quiet', 'no summary line on stderr', false)
        .action((input: string, options: ValidateOptions) => run(import('./commands/validate.js').then((m) => m.validateCommand(input, options, out)))),
    );
}

function addMap(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('map')
    .description('compute the network figures of an ecosystem (the baseline study)')
    .argument('<input>', INPUT)
    .later((command) =>
      reportOptions(command)
        .addOption(linksOption())
        .option('-o, --output <file>', 'write to a file instead of stdout (a Markdown report also writes its network picture beside it)')
        .option('--directed', 'compute the figures on the directed network', false)
        .option('--exact', 'never sample: exact betweenness and closeness however large the network', false)
        .option('--pivots <k>', 'sample betweenness and closeness from k sources')
        .option('--threads <n>', 'threads for betweenness and closeness (default: one per core; the output is the same)')
        .option('--seed <n>', 'seed for community detection and sampling', '42')
        .option('--as-of <date>', 'the date printed on the report (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else none)')
        .addOption(poolOption('add whom to invite from this wider network (a folder, manifest, workbook or CSV; repeat for more)'))
        .option('--skip-invalid', SKIP_INVALID, false)
        .option('-q, --quiet', 'no warnings count or progress on stderr', false)
        .action((input: string, options: MapCommandOptions) => run(import('./commands/map.js').then((m) => m.mapCommand(input, options, out)))),
    );
}

function addStatus(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('status')
    .description('the goals report: indicator progress, tasks, what is overdue (for CI)')
    .argument('<input>', INPUT)
    .later((command) =>
      reportOptions(command)
        .addOption(linksOption())
        .option('-o, --output <file>', 'write to a file instead of stdout')
        .option('--as-of <date>', 'the report date (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today)')
        .option('--fail-on <conditions>', 'exit 1 when any holds: overdue, off-track, invalid (comma-separated)')
        .option('--since <old>', 'add what changed since an earlier snapshot (a folder, a manifest or git:REV:path)')
        .option('--due-within <days>', 'list open tasks due within this many days of the report date', '90')
        .option('--summary <file>', 'also write the Markdown report there (without it and without -o: appended to $GITHUB_STEP_SUMMARY when set)')
        .option('--skip-invalid', SKIP_INVALID, false)
        .option('-q, --quiet', 'no warnings count on stderr', false)
        .action((input: string, options: StatusCommandOptions) => run(import('./commands/status.js').then((m) => m.statusCommand(input, options, out)))),
    );
}

function addDiff(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('diff')
    .description('what changed between two snapshots of an ecosystem')
    .argument('<old>', 'the earlier snapshot: a folder, a manifest or git:REV:path')
    .argument('<new>', 'the later snapshot')
    .later((command) =>
      reportOptions(command)
        .option('-o, --output <file>', 'write to a file instead of stdout (a Markdown report also writes its two pictures beside it)')
        .option('--as-of <date>', 'the date goals are scored on (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today)')
        .option('-q, --quiet', 'no warnings on stderr', false)
        .action((oldInput: string, newInput: string, options: DiffCommandOptions) =>
          run(import('./commands/diff.js').then((m) => m.diffCommand(oldInput, newInput, options, out))),
        ),
    );
}

function addTrend(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('trend')
    .description('the figures and indicators of an ecosystem over time, snapshot by snapshot')
    .argument('[snapshots...]', 'folders, manifests or git:REV:path, in any order: they are ordered by date')
    .later((command) =>
      reportOptions(command)
        .option('--git <path>', 'also every commit that changed the ecosystem at this folder or manifest (its own files), oldest first')
        .option('--monthly', 'with --git: only the last commit of each month', false)
        .option('-o, --output <file>', 'write to a file instead of stdout (a Markdown report also writes its charts beside it)')
        .option('-q, --quiet', 'no warnings on stderr', false)
        .action((snapshots: string[], options: TrendCommandOptions) => run(import('./commands/trend.js').then((m) => m.trendCommand(snapshots, options, out)))),
    );
}

function addSuggest(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('suggest')
    .description('whom to invite: actors of a wider network that work with members, are near, and fill the gaps')
    .argument('<input>', INPUT)
    .later((command) =>
      reportOptions(command)
        .addOption(poolOption('a wider network to find candidates in: a folder, manifest, workbook or CSV (repeat for more)'))
        .option('--top <n>', 'how many candidates to list', '20')
        .option('--sector <sector>', 'only candidates of this sector (company, research, …, or a Finnish word: yritys, tutkimus, …)')
        .option('--tag <competence>', 'only candidates with this competence tag')
        .option('-o, --output <file>', 'write to a file instead of stdout')
        .option('--as-of <date>', 'the date printed on the report (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else none)')
        .option('-q, --quiet', 'no warnings count on stderr', false)
        .action((input: string, options: SuggestCommandOptions) => run(import('./commands/suggest.js').then((m) => m.suggestCommand(input, options, out)))),
    );
}

function addExport(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('export')
    .description('the network with every attribute and figure, for Gephi, yEd, NetworkX, Cytoscape and spreadsheets')
    .argument('<input>', INPUT)
    .later((command) =>
      command
        .addOption(
          new Option(
            '-t, --to <format>',
            'gexf (Gephi), graphml (yEd, igraph, NetworkX), json (graphology, sigma.js), cytoscape (Cytoscape.js), csv (a folder of actors.csv and links.csv) or xlsx (an Excel workbook)',
          )
            .choices(EXPORT_FORMATS)
            .makeOptionMandatory(),
        )
        .option('-o, --output <file|folder>', 'write to a file (a folder for csv) instead of stdout')
        .addOption(linksOption())
        .option('--directed', 'the directed network', false)
        .option('--excel', 'csv for Finnish Excel: ; between cells, decimal commas, UTF-8 with BOM', false)
        .addOption(
          new Option(
            '-l, --lang <lang>',
            'sheet and column names of an xlsx workbook; given, also the language of problems on stderr (else LC_ALL, LC_MESSAGES or LANG)',
          )
            .choices(['fi', 'en'])
            .default('fi'),
        )
        .addOption(new Option('--gexf-version <version>', 'GEXF 1.3, or 1.2 for older readers (NetworkX 2.8)').choices(['1.3', '1.2']).default('1.3'))
        .option('--include-contacts', 'include contact persons (personal data)', false)
        .option('--exact', 'never sample betweenness and closeness', false)
        .option('--pivots <k>', 'sample betweenness and closeness from k sources')
        .option('--seed <n>', 'seed for community detection and sampling', '42')
        .option('--skip-invalid', SKIP_INVALID, false)
        .option('-q, --quiet', 'no warnings on stderr', false)
        .action((input: string, options: ExportCommandOptions) => run(import('./commands/export.js').then((m) => m.exportCommand(input, options, out)))),
    );
}

function addReport(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('report')
    .description('lay a saved eco-map, eco-status, eco-diff, eco-trend or eco-suggest document out again, without recomputing')
    .argument('<saved.json>', 'a document eco map, eco status, eco diff, eco trend or eco suggest wrote with --format json')
    .later((command) =>
      reportOptions(command)
        .option('-o, --output <file>', 'write to a file instead of stdout (a Markdown report also writes its pictures beside it)')
        .action((file: string, options: ReportCommandOptions) => run(import('./commands/report.js').then((m) => m.reportCommand(file, options, out)))),
    );
}

function addImport(program: DeferredCommand, run: Run, out: Output): void {
  program
    .command('import')
    .description('an eco ecosystem folder from a GEXF or GraphML file (Gephi, yEd)')
    .argument('<file>', 'a .gexf or .graphml file')
    .later((command) =>
      command
        .option('-o, --output <folder>', 'the folder to write ecosystem.yaml, actors.csv and links.csv into')
        .option('--force', 'replace existing files', false)
        .option('-q, --quiet', 'no notes on stderr', false)
        .action((file: string, options: { output?: string; force: boolean; quiet: boolean }) =>
          run(import('./commands/import.js').then((m) => m.importCommand(file, options, out))),
        ),
    );
}

function addInit(program: Command, run: Run, out: Output): void {
  program
    .command('init')
    .description('write a small valid ecosystem to start from')
    .argument('[dir]', 'the folder to write into', '.')
    .action((dir: string) => run(import('./commands/init.js').then((m) => m.initCommand(dir, out))));
}

/** The options every report command takes: format, language, own template. */
function reportOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '-f, --format <format>',
        "output format (default: by the -o file's extension: .html, .md, .json, .txt; else text on a terminal, else json)",
      ).choices(REPORT_FORMATS),
    )
    .addOption(
      new Option('-l, --lang <lang>', 'report language; given, also the language of problems on stderr (else LC_ALL, LC_MESSAGES or LANG)')
        .choices(['fi', 'en'])
        .default('fi'),
    )
    .option('--template <file.hbs>', 'lay the md or html report out with your own Handlebars template');
}

function poolOption(description: string): Option {
  return new Option('--pool <input>', description).argParser((value: string, previous: string[]) => [...previous, value]).default([]);
}

function linksOption(): Option {
  return new Option(
    '--links <file|which>',
    'which links count: explicit, derived (from shared projects and events) or all (default); any other value is the links table of an actors CSV or workbook input',
  )
    .argParser((value: string, previous: string[]) => [...previous, value])
    .default([], 'all');
}

/** Runs eco with the given argv and returns the exit code. */
export async function main(argv: readonly string[], out: Output = stderrOutput): Promise<number> {
  const debug = argv.includes('--debug');
  // Names and paths come from the input: what reaches the terminal never carries its escape sequences.
  const safe: Output = { stderr: (text) => out.stderr(terminalSafe(text)) };
  let pending: Promise<number> | undefined;
  try {
    const program = buildProgram((command) => {
      for (const stream of [process.stdout, process.stderr]) quietOnClosedPipe(stream);
      pending = command;
    }, safe);
    await program.parseAsync([...argv]);
    return pending ? await pending : EXIT.ok;
  } catch (e) {
    return await report(e, debug, safe);
  } finally {
    if (process.env['ECO_PROFILE']) out.stderr(phaseTable());
  }
}

async function report(e: unknown, debug: boolean, out: Output): Promise<number> {
  if (e instanceof CommanderError) {
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  // The commands' own classes (one copy of each, in dist/), loaded only when something went wrong.
  const { EnvironmentError, UnreadableInputError, UsageError } = await import('./diagnostics/errors.js');
  if (e instanceof UsageError) {
    out.stderr(`eco: ${e.message}\n`);
    return EXIT.usage;
  }
  if (e instanceof UnreadableInputError) {
    const { formatDiagnostic } = await import('./diagnostics/format.js');
    for (const d of e.diagnostics) out.stderr(`${formatDiagnostic(d, out.lang)}\n`);
    return EXIT.usage;
  }
  if (e instanceof EnvironmentError) {
    out.stderr(`eco: ${e.message}\n`);
    return EXIT.usage;
  }
  const error = e instanceof Error ? e : new Error(String(e));
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
  // A file-system call that failed is the environment's doing (disk, permissions), not a bug.
  if (isSystemError(error)) {
    const where = error.path === undefined ? '' : ` ${displayRelative(error.path)}`;
    out.stderr(`eco: cannot ${error.syscall}${where}: ${fsReason(error)}\n`);
    return EXIT.usage;
  }
  out.stderr(`eco: internal error: ${error.message}\n`);
  out.stderr(debug ? `${error.stack ?? ''}\n` : 'this is a bug in eco; run again with --debug to see where it happened\n');
  return EXIT.internal;
}

/**
 * `eco map … | head`: the reader went away. That is no error of anyone's;
 * end quietly (exit 0) instead of with Node's unhandled 'error' event. Set up
 * on a stream when eco first writes to it, as making one costs (io/standard-output.ts).
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (stream.listenerCount('error') > 0) return stream;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    if (stream === process.stdout) process.stderr.write(`eco: cannot write to standard output: ${fsReason(e)}\n`);
    process.exit(EXIT.usage);
  });
  return stream;
}
