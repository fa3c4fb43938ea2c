#!/usr/bin/env node
// Benchmark of eco's start (issue target: every command starts within 1.2× a
// bare `node -e 0`). The commands are run in turn, round after round, so a
// burst of other work on the machine falls on all of them alike; each figure
// is the median wall time of its runs (RUNS, default 20). Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const runs = Number(process.env.RUNS ?? 20);

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'eco --help', args: [eco, '--help'] },
  { name: 'eco --version', args: [eco, '--version'] },
  { name: 'eco validate examples/kauko -q', args: [eco, 'validate', path.join(root, 'examples', 'kauko'), '-q'] },
];

function once(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const samples = cases.map(() => []);
for (const c of cases) once(c.args); // warm the file cache
for (let round = 0; round < runs; round++) {
  for (const [i, c] of cases.entries()) samples[i].push(once(c.args));
}
const medians = samples.map(median);

console.log(row(['what', `wall (median of ${runs})`, 'ratio to node -e 0']));
console.log(row(['---', '---:', '---:']));
for (const [i, c] of cases.entries()) console.log(row([c.name, `${medians[i].toFixed(1)} ms`, `${(medians[i] / medians[0]).toFixed(2)}×`]));
