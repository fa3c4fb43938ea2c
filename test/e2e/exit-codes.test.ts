// Exit codes say whose mistake it is: the user's or the environment's is exit
// 2 with one clear line naming the path (never "a bug in eco", exit 3); a
// reader that goes away (`eco map … | head`) ends the run quietly with 0.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECO, STACK_LINE } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-exit-'));
const MAP = ['map', 'examples/kauko', '--quiet'];

/** Exit 2, exactly one line on stderr, no stack, nothing on stdout. */
async function expectOneLine(args: string[], line: string | RegExp, env?: Record<string, string>): Promise<void> {
  const run = await eco(args, env ? { env } : {});
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr.split('\n')).toHaveLength(2);
  if (typeof line === 'string') expect(run.stderr).toBe(`${line}\n`);
  else expect(run.stderr).toMatch(line);
}

describe('exit codes say whose mistake it is', () => {
  it('an output path that is a folder', async () => {
    const dir = temp();
    await expectOneLine([...MAP, '--format', 'json', '-o', dir], `eco: cannot write ${dir}: it is a folder`);
  });

  it('an output path whose parent is a file', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'file'), '');
    await expectOneLine(
      [...MAP, '--format', 'json', '-o', path.join(dir, 'file', 'report.json')],
      `eco: cannot write ${dir}/file/report.json: a part of the path is a file, not a folder`,
    );
  });

  it('an output folder that cannot be made, on a volume nobody writes to', async () => {
    await expectOneLine(
      [...MAP, '--format', 'json', '-o', '/proc/eco-no-such/report.json'],
      'eco: cannot write /proc/eco-no-such/report.json: no such file or folder',
    );
  });

  it('an output in a folder where files cannot be created', async () => {
    await expectOneLine(
      [...MAP, '--format', 'json', '-o', '/sys/kernel/eco-report.json'],
      /^eco: cannot write \/sys\/kernel\/eco-report.json: (permission denied|the file system is read-only|the operation is not permitted)\n$/,
    );
  });

  it('import over existing files without --force', async () => {
    const dir = temp();
    const gexf = path.join(dir, 'k.gexf');
    expect((await eco(['export', 'examples/kauko', '--to', 'gexf', '-o', gexf, '--quiet'])).code).toBe(0);
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'actors.csv'), 'mine\n');
    await expectOneLine(
      ['import', gexf, '-o', path.join(dir, 'out')],
      `eco: ${dir}/out/actors.csv exists; eco import writes nothing over existing files (--force to replace)`,
    );
  });

  it('a template with a syntax error names the template and its line', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'oma.hbs'), '# {{ecosystem.name}}\n\n{{#if summary}}\nkesken\n');
    await expectOneLine(
      [...MAP, '--format', 'md', '--template', path.join(dir, 'oma.hbs')],
      /^eco: .*oma\.hbs:5: the template has an error: Expecting .*got 'EOF'\n$/,
    );
  });

  it('a template calling an unknown helper names the template and its line', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'oma.hbs'), '# {{ecosystem.name}}\n\n{{lihavoi ecosystem.name}}\n');
    await expectOneLine(
      [...MAP, '--format', 'html', '--template', path.join(dir, 'oma.hbs')],
      /^eco: .*oma\.hbs:3: the template has an error: Missing helper: "lihavoi"\n$/,
    );
  });

  it('a template that cannot be read', async () => {
    await expectOneLine([...MAP, '--format', 'md', '--template', 'no/such.hbs'], 'eco: cannot read the template no/such.hbs: no such file');
  });

  it('--template with a format that has no template', async () => {
    await expectOneLine([...MAP, '--format', 'json', '--template', 'x.hbs'], 'eco: --template lays out --format md or html, not json');
    await expectOneLine(['status', 'examples/kauko', '--format', 'text', '--template', 'x.hbs'], 'eco: --template lays out --format md or html, not text');
  });

  it('a SOURCE_DATE_EPOCH past the year 9999', async () => {
    await expectOneLine([...MAP, '--format', 'json'], /^eco: SOURCE_DATE_EPOCH must be whole seconds since 1970 .*not "99999999999999"\n$/, {
      SOURCE_DATE_EPOCH: '99999999999999',
    });
  });

  it('--threads 0 and --pivots -5', async () => {
    await expectOneLine([...MAP, '--format', 'json', '--threads', '0'], 'eco: --threads must be a positive whole number, not "0"');
    await expectOneLine([...MAP, '--format', 'json', '--pivots', '-5'], 'eco: --pivots must be a positive whole number, not "-5"');
    await expectOneLine(['export', 'examples/kauko', '--to', 'gexf', '--pivots', '0'], 'eco: --pivots must be a positive whole number, not "0"');
  });

  it('a misspelt --links, and a links file with a folder input, are refused with did-you-mean', async () => {
    await expectOneLine(
      [...MAP, '--format', 'json', '--links', 'explicti'],
      'eco: --links takes explicit, derived or all, not "explicti"; did you mean "explicit"?',
    );
    await expectOneLine(
      [...MAP, '--format', 'json', '--links', 'suhteet.csv'],
      'eco: --links suhteet.csv: a links file goes with an actors table given as the input (eco map toimijat.csv --links yhteydet.csv); examples/kauko names its own links (--links takes explicit, derived or all here)',
    );
    await expectOneLine(
      ['status', 'examples/kauko', '--links', 'derivd'],
      'eco: --links takes explicit, derived or all, not "derivd"; did you mean "derived"?',
    );
  });

  it('a closed standard output ends the run quietly with exit 0', async () => {
    const child = spawn(process.execPath, [ECO, 'export', 'test/fixtures/networks/lattice', '--to', 'gexf', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
