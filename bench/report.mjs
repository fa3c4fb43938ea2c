#!/usr/bin/env node
// Benchmark of the baseline report (issue targets: HTML under 5 MB for 10k
// actors; layout under 5 s for 10k actors): time and size of `eco map
// --format html` on 1k and 10k synthetic networks and the real fi-erdf, and
// the ForceAtlas2 layout alone on every actor of the 10k network (the report
// itself draws communities above 1,500 actors). Prints a Markdown table.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');

function synthetic(actors, links) {
  const dir = path.join(tmpdir(), `eco-bench-${actors}-${links}`);
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors, links, seed: 1 });
  return dir;
}

const cases = [
  { name: 'synthetic 1k / 5k', dir: synthetic(1_000, 5_000) },
  { name: 'synthetic 10k / 50k', dir: synthetic(10_000, 50_000) },
];
if (existsSync(path.join(data, 'fi-erdf'))) cases.push({ name: 'fi-erdf 10.2k / 11.7k', dir: path.join(data, 'fi-erdf') });

console.log(row(['network', 'eco map --format html', 'peak memory', 'HTML size', 'picture']));
console.log(row(['---', '---:', '---:', '---:', '---']));
for (const c of cases) {
  const out = path.join(tmpdir(), `eco-bench-report-${path.basename(c.dir)}.html`);
  const r = measure(process.execPath, [eco, 'map', c.dir, '--format', 'html', '--quiet', '-o', out], { runs: 1 });
  const size = statSync(out).size;
  const picture = /data-id="c\d+"/.test(readFileSync(out, 'utf8')) ? 'communities' : 'actors';
  console.log(row([c.name, `${r.seconds.toFixed(1)} s`, `${r.mb.toFixed(0)} MB`, `${(size / 1e6).toFixed(2)} MB`, picture]));
}

// The layout alone, on every actor of the 10k network (the explorer lays out every actor; the static picture above 1,500 the groups).
const saved = path.join(tmpdir(), 'eco-bench-report-10k.json');
measure(process.execPath, [eco, 'map', cases[1].dir, '--format', 'json', '--quiet', '-o', saved], { runs: 1 });
const result = JSON.parse(readFileSync(saved, 'utf8'));
const { layoutNetwork } = await import(path.join(root, 'dist/reports/pictures/network-layout.js'));
const nodes = result.actors.filter((a) => a.degree > 0).map((a) => ({ id: a.id, size: 3 + 2.2 * Math.sqrt(a.degree) }));
const times = [];
for (let i = 0; i < 3; i++) {
  const started = process.hrtime.bigint();
  layoutNetwork(nodes, result.edges);
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
}
times.sort((a, b) => a - b);
console.log(`\nForceAtlas2 layout of all ${nodes.length} actors and ${result.edges.length} links of the 10k network: ${times[1].toFixed(2)} s (median of 3)`);
