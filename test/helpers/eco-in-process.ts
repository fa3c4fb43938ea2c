// Runs eco's command line in this process, through main(argv, out) of the
// built package, as a user's run would go — its own working folder and
// environment, stdout and stderr captured — without starting a process each time. Test files run in
// child processes (vitest's forks pool), so changing the folder is allowed.
// The few things only a separate process shows (signals, a closed pipe, exit
// codes of the binary, --help) keep runEco (test/helpers/run-eco.ts).
import { type EcoRun, ROOT } from './run-eco.js';

type Main = (argv: readonly string[], out: { stderr(text: string): void }) => Promise<number>;

/** The built eco (`npm test` builds first), the bundle the binary runs: its worker threads are files of dist/. */
const { main } = (await import(`${ROOT}dist/cli.cjs`)) as { main: Main };

/**
 * Variables a run of eco reads; each run starts without them unless given. The
 * locale ones choose the language of problems: without them, eco speaks English
 * whatever the machine's LANG, as the goldens expect.
 */
const ECO_ENV = ['SOURCE_DATE_EPOCH', 'TMPDIR', 'NO_COLOR', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'GITHUB_STEP_SUMMARY'];

/** The run in progress: runs take turns, as each takes over the process's stdout, folder and environment. */
let turn: Promise<unknown> = Promise.resolve();

export function eco(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Promise<EcoRun> {
  const run = turn.then(() => runInProcess(args, options));
  turn = run.catch(() => undefined);
  return run;
}

async function runInProcess(args: readonly string[], options: { cwd?: string; env?: Record<string, string> }): Promise<EcoRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const write = process.stdout.write;
  const cwd = process.cwd();
  const saved = new Map(ECO_ENV.map((k) => [k, process.env[k]]));
  for (const k of ECO_ENV) delete process.env[k];
  Object.assign(process.env, options.env ?? {});
  process.chdir(options.cwd ?? ROOT);
  process.stdout.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
    stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await main(['node', 'eco', ...args], { stderr: (text) => stderr.push(text) });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.stdout.write = write;
    process.chdir(cwd);
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    for (const k of Object.keys(options.env ?? {})) if (!saved.has(k)) delete process.env[k];
  }
}
