// The network explorer at 10,000 actors and 50,000 ties in headless Chromium
// with software rendering: the map drawn within 3 s and a searched actor's
// card open within 10 s of opening the report, with no console errors and no
// requests outside the file. The report is made first, untimed; this file runs
// last (test/helpers/slow-first.ts), when the other worker is quiet, since it
// measures time on a machine of two cores.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eco } from '../helpers/eco-in-process.js';
import { ROOT } from '../helpers/run-eco.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARTIFACTS = `${ROOT}test/artifacts`;

describe.runIf(available)('the network explorer at 10,000 actors', () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-explorer-timing-'));
  const file = path.join(dir, 'synthetic-10k.html');

  beforeAll(async () => {
    const input = path.join(dir, 'synthetic-10k');
    const { writeEcosystem } = (await import(`${ROOT}bench/generate-ecosystem.mjs`)) as { writeEcosystem: (out: string, o: object) => void };
    writeEcosystem(input, { actors: 10_000, links: 50_000, seed: 1 });
    const run = await eco(['map', input, '--format', 'html', '--lang', 'fi', '--quiet', '-o', file]);
    expect(run.code, run.stderr).toBe(0);
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
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the map within 3 s and opens a searched actor’s card within 10 s', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    const start = Date.now();
    // As a reader would: the explorer is used as soon as it is drawn, while the rest of a long page still loads.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('eco-explorer-drawn').length > 0, null, { timeout: 20_000 });
    const drawnAt = await page.evaluate(() => performance.getEntriesByName('eco-explorer-drawn')[0]!.startTime);
    expect(drawnAt).toBeLessThan(3000);
    await page.getByRole('searchbox', { name: 'Hae toimijaa kartalta' }).fill('Toimija 4321');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    const cardAt = Date.now() - start;
    expect(cardAt).toBeLessThan(10_000);
    expect(await page.locator('#explorer-card tbody button').count()).toBeGreaterThan(0);
    expect((await page.locator('#explorer-status').textContent())?.replace(/\u00a0/g, ' ')).toBe(
      'Kartalla näkyy 10 000/10 000 toimijaa ja 50 000/50 000 yhteyttä.',
    );
    await page.screenshot({ path: `${ARTIFACTS}/explorer-10k.png` });
    console.log(`explorer at 10,000 actors / 50,000 ties: map drawn ${Math.round(drawnAt)} ms, card ${cardAt} ms after opening`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
