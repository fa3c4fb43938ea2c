#!/usr/bin/env node
// Where the time of an export or an HTML report goes once the figures are
// computed: loads a network once in-process from the built dist/, maps it
// once, then times each export writer (the network table, then the file
// written) and the HTML report's steps (the static picture, the explorer's
// data with its layout, the whole view model, the template, the writing)
// separately, the median of a few runs each. With --commands, also times the
// whole `eco export --to …` and `eco map --format html` commands. Prints
// Markdown tables.
//
//   node bench/outputs.mjs [--data DIR] [--runs N] [--only gexf,html,…] [--commands]
// DIR defaults to ../shared/data/eu-h2020.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mapEcosystemParallel } from '../dist/analysis/map-analysis.js';
import { VERSION } from '../dist/commands/package-info.js';
import { EXPORTERS } from '../dist/exchange/exporters.js';
import { networkTable } from '../dist/exchange/network-table.js';
import { loadTemplateSet } from '../dist/io/report-templates.js';
import { writeOutputs } from '../dist/io/write-output.js';
import { dataQuality } from '../dist/model/data-quality.js';
import { checkEcosystem } from '../dist/pipeline/check-ecosystem.js';
import { addNetworkFigures } from '../dist/pipeline/network-figures.js';
import { explorerData } from '../dist/reports/explorer-view.js';
import { labelsFor } from '../dist/reports/i18n/index.js';
import { mapView } from '../dist/reports/map-view.js';
import { networkPicture } from '../dist/reports/pictures/network-picture.js';
import { MAP_REPORTERS } from '../dist/reports/registry.js';
import { render } from '../dist/reports/render.js';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    commands: { type: 'boolean', default: false },
  },
});
const folder = path.resolve(args.data ?? path.join(process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data'), 'eu-h2020'));
const runs = Number(args.runs);
const only = args.only ? new Set(args.only.split(',')) : null;
const wanted = (name) => only === null || only.has(name);
const out = mkdtempSync(path.join(tmpdir(), 'eco-bench-outputs-'));

async function timed(fn) {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, value };
}

/** The median time of `runs` runs, and the last run's value. */
async function median(fn) {
  const samples = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t = await timed(fn);
    samples.push(t.seconds);
    value = t.value;
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)], value };
}

const s = (seconds) => `${seconds.toFixed(2)} s`;
const mb = (file) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

const loaded = await timed(() => checkEcosystem(folder, { asOf: null }));
const valid = loaded.value.valid;
if (!valid) throw new Error(`${folder} is not valid`);
const mapped = await timed(() => mapEcosystemParallel(valid.ecosystem, { directed: false, links: 'all', exact: false, seed: 42 }));
const analysis = mapped.value;
console.log(
  `${path.basename(folder)}: ${valid.ecosystem.actors.length} actors, ${analysis.edges.length} ties; loaded in ${s(loaded.seconds)}, mapped in ${s(mapped.seconds)}\n`,
);

console.log(row(['export step', 'time (median)', 'size']));
console.log(row(['---', '---:', '---:']));
const table = await median(() => networkTable(valid.ecosystem, analysis, {}));
console.log(row(['network table', s(table.seconds), '']));
const settings = { excel: false, gexfVersion: '1.3', lang: 'en' };
for (const [format, exporter] of Object.entries(EXPORTERS)) {
  if (!wanted(format)) continue;
  const target = path.join(out, exporter.folder ? format : `network.${format}`);
  const t = await median(() =>
    writeOutputs(
      exporter
        .write(table.value, analysis.result, settings)
        .map((f) => ({ path: f.name === undefined ? target : path.join(target, f.name), content: f.content })),
      [],
    ),
  );
  console.log(row([`write ${format}`, s(t.seconds), exporter.folder ? '' : mb(target)]));
}

if (wanted('html')) {
  addNetworkFigures(valid, analysis, null, { directed: false, links: 'all', exact: false, seed: 42 });
  analysis.result.dataQuality = dataQuality(valid.leftOut, valid.warnings, valid.folder);
  const result = analysis.result;
  const labels = labelsFor('en');
  const templates = await loadTemplateSet(MAP_REPORTERS.html.templates);
  const script = templates['map.html'].assets.explorer ?? '';
  console.log(`\n${row(['HTML report step', 'time (median)', 'size'])}`);
  console.log(row(['---', '---:', '---:']));
  const picture = await median(() => networkPicture(result, result.edges, labels));
  console.log(row([`static picture (${picture.value.mode})`, s(picture.seconds), '']));
  const explorer = await median(() => explorerData(result, picture.value, labels));
  console.log(row([`explorer data and layout (${explorer.value.nodes.name.length} actors)`, s(explorer.seconds), '']));
  const view = await median(() => mapView(result, result.edges, { lang: 'en', version: VERSION, asOf: result.asOf, explorerScript: script }));
  console.log(row(['view model (all of the above and the tables)', s(view.seconds), '']));
  const page = await median(() => render(templates['map.html'], view.value, 'html'));
  console.log(row(['template', s(page.seconds), '']));
  const target = path.join(out, 'map.html');
  const written = await median(() => writeOutputs([{ path: target, content: page.value }], []));
  console.log(row(['write', s(written.seconds), mb(target)]));
  const whole = await median(async () => {
    const rendered = MAP_REPORTERS.html.render(result, { lang: 'en', version: VERSION, templates });
    await writeOutputs([{ path: target, content: rendered.main }], []);
  });
  console.log(row(['**render and write, in all**', `**${s(whole.seconds)}**`, '']));
}

if (args.commands) {
  const eco = path.join(root, 'bin', 'eco.js');
  const commands = [
    ...Object.keys(EXPORTERS)
      .filter(wanted)
      .map((f) => ['export', folder, '--to', f, '--quiet', '-o', path.join(out, `command-${f}${EXPORTERS[f].folder ? '' : `.${f}`}`)]),
    ...(wanted('html') ? [['map', folder, '--format', 'html', '--quiet', '-o', path.join(out, 'command.html')]] : []),
    ...(wanted('json-map') ? [['map', folder, '--format', 'json', '--quiet', '-o', path.join(out, 'command.json')]] : []),
  ];
  console.log(`\n${row(['command', `time (median of ${runs})`, 'peak memory'])}`);
  console.log(row(['---', '---:', '---:']));
  for (const command of commands) {
    const r = measure(process.execPath, [eco, ...command], { runs });
    if (r.status !== 0) throw new Error(`eco ${command.join(' ')} failed:\n${r.stderr}`);
    console.log(row([`\`eco ${command.slice(0, 4).join(' ').replace(folder, path.basename(folder))}\``, s(r.seconds), `${(r.mb / 1024).toFixed(2)} GB`]));
  }
}
rmSync(out, { recursive: true, force: true });
