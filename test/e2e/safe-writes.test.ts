// Writes are atomic and safe in shared folders: no temporary file survives a
// signal or a full disk, a multi-file output is written as a set (every old
// file kept when any new one fails), and a link planted at the output's name
// is replaced, never written through.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ECO, ROOT, runEco } from '../helpers/run-eco.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-writes-'));

/** A network large enough that writing its GEXF takes a good part of a second. */
let large: string;
beforeAll(async () => {
  large = temp();
  const { writeEcosystem } = (await import(`${ROOT}bench/generate-ecosystem.mjs`)) as { writeEcosystem: (out: string, o: object) => void };
  writeEcosystem(large, { actors: 20000, links: 100000, seed: 3 });
});

/**
 * Starts an export, waits until its temporary file appears, sends the signal;
 * the exit code and what is left. On a busy machine a poll can miss a short
 * write: an export that finished before it was caught is started again.
 */
async function interruptExport(signal: NodeJS.Signals): Promise<{ code: number | null; left: string[] }> {
  for (let attempt = 1; ; attempt++) {
    const out = temp();
    // A workbook: the slowest writer, so its temporary file lives long enough to be caught.
    // Into a folder the export makes: it goes too.
    const folder = path.join(out, 'uusi');
    const child = spawn(process.execPath, [ECO, 'export', large, '--to', 'xlsx', '--pivots', '50', '-o', path.join(folder, 'network.xlsx'), '--quiet'], {
      stdio: 'ignore',
    });
    let finished = false;
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => {
        finished = true;
        resolve(code);
      }),
    );
    const writing = (): boolean => existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.tmp'));
    while (!finished && !writing()) await new Promise((r) => setTimeout(r, 2));
    if (finished && attempt < 3) continue;
    expect(writing(), 'the export was caught writing').toBe(true);
    child.kill(signal);
    return { code: await exited, left: readdirSync(out) };
  }
}

describe.concurrent('writes are atomic and safe in shared folders', () => {
  it('SIGTERM mid-write leaves no temporary file, and exits 143', async () => {
    const { code, left } = await interruptExport('SIGTERM');
    expect(code).toBe(143);
    expect(left).toEqual([]);
  }, 180_000);

  it('SIGINT (Ctrl-C) mid-write leaves no temporary file, and exits 130', async () => {
    const { code, left } = await interruptExport('SIGINT');
    expect(code).toBe(130);
    expect(left).toEqual([]);
  }, 180_000);

  it('a CSV export that runs out of room keeps every old file and leaves no temporary', () => {
    // 40 actors, every pair linked: actors.csv is small, links.csv is not. The
    // file-size limit (ulimit -f, in KiB) lets the first file through and stops
    // the second, as a full disk would part-way through the set.
    const dir = temp();
    const actors = Array.from({ length: 40 }, (_, i) => `a${i},Toimija ${i},company`);
    const links = actors.flatMap((_, i) => actors.slice(i + 1).map((__, j) => `a${i},a${i + j + 1},collaboration,1`));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/actors.csv'), `id,name,sector\n${actors.join('\n')}\n`);
    writeFileSync(path.join(dir, 'in/links.csv'), `source,target,type,weight\n${links.join('\n')}\n`);
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out/actors.csv'), 'old actors\n');
    writeFileSync(path.join(dir, 'out/links.csv'), 'old links\n');
    const script = `trap '' XFSZ; ulimit -f 12; exec "${process.execPath}" "${ECO}" export in --to csv -o out --quiet`;
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('eco: cannot write out/links.csv: the file would exceed the largest file size allowed here\n');
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['actors.csv', 'links.csv']);
    expect(readFileSync(path.join(dir, 'out/actors.csv'), 'utf8')).toBe('old actors\n');
    expect(readFileSync(path.join(dir, 'out/links.csv'), 'utf8')).toBe('old links\n');
    // A folder made for the set goes again when the set cannot be written whole.
    const again = spawnSync('bash', ['--norc', '--noprofile', '-c', script.replace('-o out', '-o uusi/kansio')], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    });
    expect(again.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
  });

  it('a full device is exit 2 with one line', () => {
    const run = runEco(['map', 'examples/kauko', '--format', 'json', '-o', '/dev/full', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('eco: cannot write /dev/full: no space left on the device\n');
  });

  it('a symbolic link planted at the output’s name is replaced, not written through', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'victim.txt'), 'precious\n');
    symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, 'report.json'));
    const run = runEco(['map', 'examples/kauko', '--format', 'json', '-o', path.join(dir, 'report.json'), '--quiet']);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(dir, 'report.json')).isFile()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'victim.txt']);
  });

  // Planting a link as another user needs root (lchown); CI runs as root.
  it.runIf(process.getuid?.() === 0)('a symbolic link or a pipe of another user’s at the output’s name is refused, not written through', () => {
    const dir = temp();
    const fifo = path.join(dir, 'victim.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [name, target] of [
      ['report.json', fifo],
      ['other.json', '/dev/null'],
    ] as const) {
      symlinkSync(target, path.join(dir, name));
      lchownSync(path.join(dir, name), 65534, 65534);
      const run = runEco(['map', 'examples/kauko', '--format', 'json', '-o', path.join(dir, name), '--quiet']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `eco: will not write ${path.join(dir, name)}: it is a symbolic link of another user's to a device or pipe; remove it or choose another -o\n`,
      );
    }
    // A pipe another user made at the output's name would hold eco until someone reads it: refused.
    const pipe = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [pipe]);
    chownSync(pipe, 65534, 65534);
    const run = runEco(['map', 'examples/kauko', '--format', 'json', '-o', pipe, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`eco: will not write ${pipe}: it is a pipe of another user's; remove it or choose another -o\n`);
    // One's own link to a device is written through, as /dev/stdout is.
    symlinkSync('/dev/null', path.join(dir, 'mine.json'));
    expect(runEco(['map', 'examples/kauko', '--format', 'json', '-o', path.join(dir, 'mine.json'), '--quiet']).code).toBe(0);
  });
});
