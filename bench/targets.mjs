#!/usr/bin/env node
// The performance targets, side by side in one run, each with what it is
// measured against on the same machine at the same time:
// - `eco map --exact` of a synthetic 10,000 actors / 50,000 links ≤ 0.5×
//   python-igraph computing the same figures (bench/reference-figures.py);
// - Horizon 2020 (../shared/data/eu-h2020): `eco map --format json` ≤ 3×
//   `eco validate` of the same files and under 2 GB; its sampled top 20
//   brokers ≥ 0.9 the exact ones (bench/fixtures/eu-h2020-exact-top.json);
//   the HTML report ≤ 20 s; every export ≤ 20 s;
// - `eco --help` ≤ 1.2× a bare `node -e 0` (medians of alternating runs);
// - `eco map` of a synthetic 100,000 actors / 500,000 links ≤ 20 s.
// Wall times are medians of RUNS runs (default 3; 1 for the runs over 10 s).
// Prints a Markdown table and exits 1 if a target does not hold.
//
//   node bench/targets.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');
const h2020 = path.join(data, 'eu-h2020');
const python = '/usr/bin/python3';
const runs = Number(process.env.RUNS ?? 3);
const scratch = mkdtempSync(path.join(tmpdir(), 'eco-targets-'));

function synthetic(actors, links) {
  const dir = path.join(tmpdir(), `eco-bench-${actors}-${links}`);
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors, links, seed: 1 });
  return dir;
}

function run(args, times = 1) {
  const result = measure(process.execPath, [eco, ...args], { runs: times });
  if (result.status !== 0) throw new Error(`eco ${args.join(' ')}: ${result.stderr}`);
  return result;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall times of a few commands run in turn, round after round, so a burst of other work falls on all alike. */
function alternating(commands, rounds = 30) {
  const samples = commands.map(() => []);
  for (let round = -1; round < rounds; round++) {
    for (const [i, args] of commands.entries()) {
      const started = process.hrtime.bigint();
      spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
      if (round >= 0) samples[i].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return samples.map(median);
}

const rows = [];
const target = (name, measured, limit, holds) => rows.push({ name, measured, limit, holds });
const s = (x) => `${x.toFixed(1)} s`;

// eco --help against node -e 0.
const [bare, help] = alternating([
  ['-e', '0'],
  [eco, '--help'],
]);
target('`eco --help` / `node -e 0`', `${help.toFixed(0)} ms / ${bare.toFixed(0)} ms = ${(help / bare).toFixed(2)}×`, '≤ 1.2×', help / bare <= 1.2);

// Exact figures against python-igraph.
const small = synthetic(10_000, 50_000);
if (existsSync(python)) {
  const mine = run(['map', small, '--exact', '--format', 'json', '--quiet', '-o', '/dev/null'], runs);
  const igraph = measure(python, [path.join(root, 'bench', 'reference-figures.py'), 'igraph', small], { runs: 1 });
  if (igraph.status === 0) {
    const ratio = mine.seconds / igraph.seconds;
    target('10k / 50k `map --exact` / python-igraph', `${s(mine.seconds)} / ${s(igraph.seconds)} = ${ratio.toFixed(2)}×`, '≤ 0.5×', ratio <= 0.5);
  }
}

// A large synthetic network, sampled.
const large = run(['map', synthetic(100_000, 500_000), '--format', 'json', '--quiet', '-o', '/dev/null']);
target('100k / 500k `map`', `${s(large.seconds)}, ${large.mb.toFixed(0)} MB`, '≤ 20 s', large.seconds <= 20);

if (existsSync(h2020)) {
  const validate = run(['validate', h2020, '--quiet'], runs);
  const documentPath = path.join(scratch, 'eu-h2020.json');
  const map = run(['map', h2020, '--format', 'json', '--quiet', '-o', documentPath]);
  const ratio = map.seconds / validate.seconds;
  target('eu-h2020 `map -f json` / `validate`', `${s(map.seconds)} / ${s(validate.seconds)} = ${ratio.toFixed(2)}×`, '≤ 3×', ratio <= 3);
  target('eu-h2020 `map -f json` peak memory', `${map.mb.toFixed(0)} MB`, '< 2048 MB', map.mb < 2048);

  const fixture = path.join(root, 'bench', 'fixtures', 'eu-h2020-exact-top.json');
  const exact = new Set(
    JSON.parse(readFileSync(fixture, 'utf8'))
      .top.slice(0, 20)
      .map((a) => a.id),
  );
  const document = JSON.parse(readFileSync(documentPath, 'utf8'));
  const top = [...document.actors].sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1)).slice(0, 20);
  const overlap = top.filter((a) => exact.has(a.id)).length / 20;
  const method = document.summary.betweennessMethod;
  target('eu-h2020 sampled top 20 ∩ exact top 20', `${overlap.toFixed(2)} (${method.sample} pivots)`, '≥ 0.9', overlap >= 0.9);
  rmSync(documentPath, { force: true });

  const html = run(['map', h2020, '--format', 'html', '--quiet', '-o', path.join(scratch, 'eu-h2020.html')]);
  target('eu-h2020 `map -f html`', s(html.seconds), '≤ 20 s', html.seconds <= 20);
  for (const format of ['gexf', 'graphml', 'json', 'cytoscape', 'csv', 'xlsx']) {
    const out = path.join(scratch, format === 'csv' ? 'csv' : `eu-h2020.${format}`);
    const exported = run(['export', h2020, '--to', format, '--quiet', '-o', out]);
    target(`eu-h2020 \`export --to ${format}\``, s(exported.seconds), '≤ 20 s', exported.seconds <= 20);
  }
}
rmSync(scratch, { recursive: true, force: true });

console.log(row(['target', 'measured', 'limit', 'holds']));
console.log(row(['---', '---:', '---:', '---']));
for (const r of rows) console.log(row([r.name, r.measured, r.limit, r.holds ? 'yes' : '**no**']));
process.exit(rows.every((r) => r.holds) ? 0 : 1);
