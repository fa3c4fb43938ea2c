#!/usr/bin/env node
// Benchmark of `eco map --format json` against python-igraph and NetworkX
// computing the same figures (bench/reference-figures.py, Debian packages
// python3-igraph, python3-networkx). Comparisons are made where eco computes
// everything exactly (--exact); on the large networks eco samples
// betweenness and closeness, which the others cannot, so only eco is timed.
// NetworkX is slow: it runs only with BENCH_NETWORKX=1. Prints a Markdown table.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');
const python = '/usr/bin/python3';
const withNetworkx = process.env.BENCH_NETWORKX === '1';

function synthetic(actors, links) {
  const dir = path.join(tmpdir(), `eco-bench-${actors}-${links}`);
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors, links, seed: 1 });
  return dir;
}

const cases = [
  { name: 'synthetic 1k / 5k', dir: synthetic(1_000, 5_000), exact: true },
  { name: 'synthetic 10k / 50k', dir: synthetic(10_000, 50_000), exact: true },
  { name: 'synthetic 100k / 500k', dir: synthetic(100_000, 500_000), exact: false },
];
if (existsSync(path.join(data, 'fi-erdf'))) cases.push({ name: 'fi-erdf 10.2k / 11.7k', dir: path.join(data, 'fi-erdf'), exact: true });
if (existsSync(path.join(data, 'eu-h2020'))) cases.push({ name: 'eu-h2020 35.9k / 797k', dir: path.join(data, 'eu-h2020'), exact: false });

const seconds = (r) => (r.status === 0 ? `${r.seconds.toFixed(1)} s` : 'failed');
console.log(row(['network', 'eco map', 'eco peak memory', 'python-igraph', 'eco / igraph', 'NetworkX', 'NetworkX / eco']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const c of cases) {
  const args = [eco, 'map', c.dir, '--format', 'json', '--quiet', '-o', '/dev/null', ...(c.exact ? ['--exact'] : [])];
  const mine = measure(process.execPath, args, { runs: c.exact ? 3 : 1 });
  let igraph = '–';
  let ratio = '–';
  let nx = '–';
  let nxRatio = '–';
  if (c.exact && existsSync(python)) {
    const r = measure(python, [path.join(root, 'bench', 'reference-figures.py'), 'igraph', c.dir], { runs: 1 });
    igraph = seconds(r);
    if (r.status === 0) ratio = (mine.seconds / r.seconds).toFixed(2);
    if (withNetworkx) {
      const x = measure(python, [path.join(root, 'bench', 'reference-figures.py'), 'networkx', c.dir], { runs: 1 });
      nx = seconds(x);
      if (x.status === 0) nxRatio = `${(x.seconds / mine.seconds).toFixed(1)}×`;
    }
  }
  const label = c.exact ? c.name : `${c.name} (sampled)`;
  console.log(row([label, seconds(mine), `${mine.mb.toFixed(0)} MB`, igraph, ratio, nx, nxRatio]));
}
