// Runs a command and reports its wall time and peak memory (GNU time's
// maximum resident set size), the median of a few runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TIME = '/usr/bin/time';

export function measure(command, args, { runs = 3, cwd } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const report = path.join(tmpdir(), `eco-bench-time-${process.pid}.txt`);
    const started = process.hrtime.bigint();
    const result = existsSync(TIME)
      ? spawnSync(TIME, ['-f', '%M', '-o', report, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const kb = existsSync(report) ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : NaN;
    rmSync(report, { force: true });
    samples.push({ seconds, mb: kb / 1024, status: result.status, stderr: result.stderr });
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  return samples[Math.floor(samples.length / 2)];
}

export function row(cells) {
  return `| ${cells.join(' | ')} |`;
}
