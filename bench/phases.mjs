#!/usr/bin/env node
// Where the time of `eco map` goes: every phase (read, check, graph build,
// derived links, CSR, components, shortest paths, clustering, eigenvector,
// PageRank, Louvain, articulation points, constraint, actor rows, render,
// layout, write) at 10k/50k (exact), 100k/500k and eu-h2020, from the timings eco
// prints with ECO_PROFILE=1. JSON output for all; the HTML report too where
// --html is given. Prints a Markdown table of seconds per phase.
//
//   node bench/phases.mjs [--html] [--only NAME]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');
const { values: args } = parseArgs({ options: { html: { type: 'boolean', default: false }, only: { type: 'string' } } });

function synthetic(actors, links) {
  const dir = path.join(tmpdir(), `eco-bench-${actors}-${links}`);
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors, links, seed: 1 });
  return dir;
}

const cases = [
  { name: '10k / 50k --exact', dir: synthetic(10_000, 50_000), extra: ['--exact'] },
  { name: '100k / 500k', dir: synthetic(100_000, 500_000), extra: [] },
];
if (existsSync(path.join(data, 'eu-h2020'))) cases.push({ name: 'eu-h2020', dir: path.join(data, 'eu-h2020'), extra: [] });

const runs = [];
for (const c of cases) {
  if (args.only && !c.name.startsWith(args.only)) continue;
  for (const format of args.html ? ['json', 'html'] : ['json']) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [eco, 'map', c.dir, '--format', format, '--quiet', '-o', '/dev/null', ...c.extra], {
      encoding: 'utf8',
      env: { ...process.env, ECO_PROFILE: '1' },
      maxBuffer: 1 << 30,
    });
    const total = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`${c.name}: ${result.stderr}`);
    const phases = new Map();
    for (const line of result.stderr.split('\n')) {
      const [tag, phase, ms] = line.split('\t');
      if (tag === 'phase') phases.set(phase, Number(ms) / 1000);
    }
    runs.push({ name: `${c.name} (${format})`, total, phases });
  }
}

const names = [...new Set(runs.flatMap((r) => [...r.phases.keys()]))];
console.log(row(['phase', ...runs.map((r) => r.name)]));
console.log(row(['---', ...runs.map(() => '---:')]));
for (const name of names) console.log(row([name, ...runs.map((r) => (r.phases.has(name) ? r.phases.get(name).toFixed(2) : '–'))]));
console.log(row(['**whole run**', ...runs.map((r) => `**${r.total.toFixed(2)}**`)]));
