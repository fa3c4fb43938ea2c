// The HTML report in a real headless Chromium (Debian's chromium, driven by
// playwright-core): it opens with no console errors and no network requests,
// draws one node per actor and a legend of the sectors present, its script
// works, and hostile names stay text. Screenshots go to test/artifacts/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`\n  SKIPPED: the browser tests need Chromium at ${CHROMIUM} (apt-get install chromium)\n`);

const ARTIFACTS = `${ROOT}test/artifacts`;
const inputs = ['examples/pirkanmaa-security', 'examples/seutukaupungit', 'examples/kauko', 'test/fixtures/hostile'];

describe.runIf(available)('the HTML report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-browser-'));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(inputs)('%s', async (input) => {
    const name = path.basename(input);
    const file = path.join(dir, `${name}.html`);
    // The figures once: the report is laid out from the saved document, as eco report does.
    const saved = path.join(dir, `${name}.json`);
    expect((await eco(['map', input, '--format', 'json', '--quiet', '-o', saved])).code).toBe(0);
    expect((await eco(['report', saved, '--format', 'html', '-o', file])).code).toBe(0);
    const result = JSON.parse(readFileSync(saved, 'utf8')) as MapResult;

    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    const problems: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('svg.network circle.node').count()).toBe(result.actors.length);
    const legend = await page.locator('svg.network g.legend-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-sector')));
    const present = [...new Set(result.actors.map((a) => a.sector ?? 'unknown'))];
    expect([...legend].sort()).toEqual(present.sort());
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // The inline script: clicking the best-connected actor dims those not tied to it.
    const hub = [...result.actors].sort((a, b) => b.degree - a.degree)[0]!;
    await page.locator(`svg.network circle.node[data-id="${hub.id}"]`).dispatchEvent('click');
    expect(await page.locator('svg.network circle.node.dim').count()).toBe(result.actors.length - 1 - hub.degree);

    await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
    await page.close();
  });
});
