#!/usr/bin/env node
// Benchmark of `eco validate` (issue targets: --help under 150 ms; 100k actors /
// 500k links validated in under 5 s and 1 GB). Synthetic inputs are generated
// once into the system's temp folder; the real Finnish ERDF network is read from
// ../shared/data (or $ECO_DATA). Prints a Markdown table.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');

const inputs = [];
for (const [actors, links] of [
  [10_000, 50_000],
  [100_000, 500_000],
]) {
  const dir = path.join(tmpdir(), `eco-bench-${actors}-${links}`);
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors, links, seed: 1 });
  inputs.push({ name: `synthetic ${actors / 1000}k / ${links / 1000}k`, dir });
}
if (existsSync(path.join(data, 'fi-erdf', 'actors.csv'))) inputs.push({ name: 'fi-erdf (10,201 / 11,677)', dir: path.join(data, 'fi-erdf') });

console.log(row(['what', 'wall (median of 3)', 'peak memory']));
console.log(row(['---', '---:', '---:']));
const help = measure(process.execPath, [eco, '--help'], { runs: 11 });
console.log(row(['eco --help', `${(help.seconds * 1000).toFixed(0)} ms`, `${help.mb.toFixed(0)} MB`]));
for (const input of inputs) {
  const r = measure(process.execPath, [eco, 'validate', input.dir, '--quiet', '--format', 'json', '-o', '/dev/null']);
  console.log(row([`eco validate ${input.name}`, `${r.seconds.toFixed(2)} s`, `${r.mb.toFixed(0)} MB`]));
}
