#!/usr/bin/env node
// Benchmark of the baseline report (issue targets: HTML under 5 MB for 10k
// actors; layout under 5 s for 10k actors): time and size of `eco map
// --format html` on 1k and 10k synthetic networks and the real fi-erdf, and
// the ForceAtlas2 layout alone on every actor of the 10k network (the report
// itself draws communities above 1,500 actors). Prints a Markdown table.
import { existsSync, statSync } from 'node:fs';
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
  const picture = /data-id="c\d+"/.test(await import('node:fs').then((fs) => fs.readFileSync(out, 'utf8'))) ? 'communities' : 'actors';
  console.log(row([c.name, `${r.seconds.toFixed(1)} s`, `${r.mb.toFixed(0)} MB`, `${(size / 1e6).toFixed(2)} MB`, picture]));
}

// The layout alone, on every actor of the 10k network.
const { loadEcosystem } = await import(path.join(root, 'dist/io/load-ecosystem.js'));
const { buildGraph } = await import(path.join(root, 'dist/model/build-graph.js'));
const { layoutNetwork } = await import(path.join(root, 'dist/reports/pictures/network-layout.js'));
const loaded = await loadEcosystem(cases[1].dir);
const graph = buildGraph(loaded.document, { directed: false, links: 'all' });
const nodes = graph.mapNodes((id) => ({ id, size: 3 + 2.2 * Math.sqrt(graph.degree(id)) }));
const edges = graph.mapEdges((_e, a, source, target) => ({ source, target, weight: a.weight }));
const started = process.hrtime.bigint();
layoutNetwork(nodes, edges);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`\nForceAtlas2 layout of all ${nodes.length} actors and ${edges.length} links of the 10k network: ${seconds.toFixed(1)} s`);
