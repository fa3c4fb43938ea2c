#!/usr/bin/env node
// The whole pipeline on the largest real inventory, Horizon 2020 (35,871
// actors, 796,670 links, from ../shared/data or $ECO_DATA): every command's
// time and peak memory (target: within 2 GB), and what was sampled.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');
const input = path.join(data, 'eu-h2020');
if (!existsSync(input)) {
  console.log(`skipped: ${input} is not there`);
  process.exit(0);
}
const out = mkdtempSync(path.join(tmpdir(), 'eco-scale-'));
const steps = [
  ['validate', ['validate', input, '--quiet', '--format', 'json', '-o', '/dev/null']],
  ['map --format json', ['map', input, '--format', 'json', '-o', path.join(out, 'map.json')]],
  ['map --format html', ['map', input, '--format', 'html', '-o', path.join(out, 'report.html')]],
  ['status --format md', ['status', input, '--format', 'md', '--as-of', '2026-06-30', '-o', path.join(out, 'status.md')]],
  ['export --to gexf', ['export', input, '--to', 'gexf', '-o', path.join(out, 'network.gexf')]],
  ['export --to graphml', ['export', input, '--to', 'graphml', '-o', path.join(out, 'network.graphml')]],
  ['export --to cytoscape', ['export', input, '--to', 'cytoscape', '-o', path.join(out, 'network.json')]],
  ['export --to csv', ['export', input, '--to', 'csv', '-o', path.join(out, 'csv')]],
];
console.log(row(['eu-h2020 (35,871 / 796,670)', 'wall', 'peak memory', 'sampled']));
console.log(row(['---', '---:', '---:', '---']));
for (const [name, args] of steps) {
  const r = measure(process.execPath, [eco, ...args], { runs: 1 });
  const sampled = /sampled from (\d+)/.exec(r.stderr ?? '')?.[1];
  console.log(
    row([`eco ${name}`, r.status === 0 ? `${r.seconds.toFixed(1)} s` : 'failed', `${(r.mb / 1024).toFixed(2)} GB`, sampled ? `${sampled} sources` : '']),
  );
}
