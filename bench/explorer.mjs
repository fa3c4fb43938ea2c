#!/usr/bin/env node
// Benchmark of the network explorer in the HTML report, in headless Chromium
// with software rendering (issue targets at 10,000 actors / 50,000 links:
// the map drawn within 3 s and a searched actor's card within 10 s of
// opening; the report at most twice the size it has without the explorer).
// Each figure is the median of three openings. Prints a Markdown table.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeEcosystem } from './generate-ecosystem.mjs';
import { measure, row } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const eco = path.join(root, 'bin', 'eco.js');
const data = process.env.ECO_DATA ?? path.resolve(root, '..', 'shared', 'data');

/** A synthetic network, searched for one of its actors (they are named Toimija 0 … Toimija n−1). */
function synthetic(actors, links) {
  const dir = path.join(tmpdir(), `eco-bench-${actors}-${links}`);
  if (!existsSync(path.join(dir, 'ecosystem.yaml'))) writeEcosystem(dir, { actors, links, seed: 1 });
  return { dir, search: `Toimija ${Math.floor(actors * 0.4321)} ` };
}

const cases = [
  { name: 'Les Misérables 77 / 254', dir: path.join(root, 'test/fixtures/networks/les-miserables'), search: 'Valjean' },
  { name: 'synthetic 1k / 5k', ...synthetic(1_000, 5_000) },
  { name: 'synthetic 10k / 50k', ...synthetic(10_000, 50_000) },
];
if (existsSync(path.join(data, 'fi-erdf'))) cases.push({ name: 'fi-erdf', dir: path.join(data, 'fi-erdf'), search: 'Oulun' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

async function openOnce(file, search) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const started = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('eco-explorer-drawn').length > 0, null, { timeout: 60_000 });
  const drawn = await page.evaluate(() => performance.getEntriesByName('eco-explorer-drawn')[0].startTime);
  await page.locator('#explorer-search').fill(search);
  await page.keyboard.press('Enter');
  await page.locator('#explorer-card:not([hidden])').waitFor({ timeout: 60_000 });
  const card = Date.now() - started;
  await page.close();
  return { drawn, card };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(row(['network', 'eco map --format html', 'HTML size', 'without the explorer', 'map drawn', 'searched card']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:']));
for (const c of cases) {
  const out = path.join(tmpdir(), `eco-bench-explorer-${path.basename(c.dir)}.html`);
  const r = measure(process.execPath, [eco, 'map', c.dir, '--format', 'html', '--quiet', '-o', out], { runs: 1 });
  if (r.status !== 0) throw new Error(`eco map ${c.dir} failed: ${r.stderr}`);
  const html = readFileSync(out, 'utf8');
  const explorer = /<div id="explorer"[\s\S]*?<\/script>\n<\/div>/.exec(html)?.[0] ?? '';
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await openOnce(out, c.search));
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    row([
      c.name,
      `${r.seconds.toFixed(1)} s`,
      mb(statSync(out).size),
      mb(Buffer.byteLength(html) - Buffer.byteLength(explorer)),
      `${(median(runs.map((x) => x.drawn)) / 1000).toFixed(2)} s`,
      `${(median(runs.map((x) => x.card)) / 1000).toFixed(2)} s`,
    ]),
  );
}
await browser.close();
