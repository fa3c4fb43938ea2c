#!/usr/bin/env node
// How well sampled betweenness finds the top brokers of Horizon 2020
// (../shared/data/eu-h2020): eco map at its default settings (pivots taken
// until the two halves of the sample agree on the top 20, within the step
// budget) and with more pivots, each against the exact ranking in
// bench/fixtures/eu-h2020-exact-top.json (made once by `eco map --exact`,
// about 10 minutes on two cores: `node bench/sampling.mjs --write-fixture`).
// Prints the pivots, the halves' agreement and value bound eco reports,
// the overlap of its top 20 with the exact top 20, and the seconds of the
// shortest-path searches (ECO_PROFILE=1) and of the whole run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');
const fixture = path.join(root, 'bench', 'fixtures', 'eu-h2020-exact-top.json');
const { values: args } = parseArgs({ options: { 'write-fixture': { type: 'string' } } });
const TOP = 20;

function map(extra) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [eco, 'map', path.join(data, 'eu-h2020'), '--format', 'json', '--quiet', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, ECO_PROFILE: '1' },
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  // The shortest-path searches' own time, from the phase timings eco prints with ECO_PROFILE=1.
  const paths = run.stderr
    .split('\n')
    .map((line) => line.split('\t'))
    .find(([tag, phase]) => tag === 'phase' && phase === 'paths');
  return {
    document: JSON.parse(run.stdout),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    pathSeconds: paths ? Number(paths[2]) / 1000 : Number.NaN,
  };
}

const top = (document, k) => [...document.actors].sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1)).slice(0, k);

if (args['write-fixture']) {
  // From a saved `eco map eu-h2020 --exact --format json` document.
  const document = JSON.parse(readFileSync(args['write-fixture'], 'utf8'));
  if (document.summary.betweennessMethod !== 'exact') throw new Error('the document is not exact');
  const rows = top(document, 50).map((a) => ({ id: a.id, name: a.name, betweenness: a.betweenness }));
  writeFileSync(
    fixture,
    `${JSON.stringify({ source: 'eco map ../shared/data/eu-h2020 --exact (CORDIS data © European Union, CC BY 4.0)', top: rows }, null, 2)}\n`,
  );
  console.log(`wrote ${fixture}`);
  process.exit(0);
}
if (!existsSync(path.join(data, 'eu-h2020')) || !existsSync(fixture)) throw new Error('needs ../shared/data/eu-h2020 and the exact fixture');
const exact = new Set(
  JSON.parse(readFileSync(fixture, 'utf8'))
    .top.slice(0, TOP)
    .map((a) => a.id),
);

console.log(row(['settings', 'pivots', 'halves agree (top 20)', 'values within (95%)', 'overlap with exact top 20', 'paths seconds', 'whole run seconds']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const [name, extra] of [
  ['default', []],
  ['--pivots 1280', ['--pivots', '1280']],
]) {
  const { document, seconds, pathSeconds } = map(extra);
  const method = document.summary.betweennessMethod;
  const overlap = top(document, TOP).filter((a) => exact.has(a.id)).length / TOP;
  const pct = (x) => (x === undefined ? '–' : `±${Math.round(x * 100)} %`);
  console.log(row([name, method.sample, method.agreement ?? '–', pct(method.errorBound), overlap.toFixed(2), pathSeconds.toFixed(1), seconds.toFixed(1)]));
}
