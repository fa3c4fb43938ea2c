// The network explorer of the HTML report, used in a real headless Chromium
// as a reader would: type a name, press Enter, read the card and follow a
// tie; filter; do it all by keyboard. axe-core checks the page (card open)
// against WCAG 2 A and AA. (The timed test at 10,000 actors is
// explorer-timing.test.ts.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eco } from '../helpers/eco-in-process.js';
import { ROOT } from '../helpers/run-eco.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARTIFACTS = `${ROOT}test/artifacts`;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
  /** Milliseconds from the start of navigation to the map's first picture. */
  drawnAt: number;
}

describe.runIf(available)('the network explorer in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-explorer-'));

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

  async function report(input: string, name: string, lang = 'fi'): Promise<string> {
    const file = path.join(dir, `${name}.html`);
    const run = await eco(['map', input, '--format', 'html', '--lang', lang, '--quiet', '-o', file]);
    expect(run.code, run.stderr).toBe(0);
    return file;
  }

  async function open(file: string, viewport = { width: 1200, height: 900 }): Promise<Opened> {
    const page = await browser.newPage({ viewport });
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
    // As a reader would: the explorer is used as soon as it is drawn, while the rest of a long page still loads.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('eco-explorer-drawn').length > 0, null, { timeout: 20_000 });
    const drawnAt = await page.evaluate(() => performance.getEntriesByName('eco-explorer-drawn')[0]!.startTime);
    await page.locator('#explorer').scrollIntoViewIfNeeded();
    return { page, problems, requests, drawnAt };
  }

  async function searchAndOpen(page: Page, text: string): Promise<void> {
    await page.getByRole('searchbox', { name: /^(Hae toimijaa kartalta|Find an actor on the map)$/ }).fill(text);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
  }

  const cardNeighbours = (page: Page): Promise<string[]> => page.locator('#explorer-card tbody button').allTextContents();
  /** The focused element's id and text (the page's own types are not this file's). */
  type Focused = { document: { activeElement: { id: string; textContent: string | null } | null } };
  const focusedId = (page: Page): Promise<string | undefined> => page.evaluate(() => (globalThis as unknown as Focused).document.activeElement?.id);
  const focusedText = (page: Page): Promise<string | null | undefined> =>
    page.evaluate(() => (globalThis as unknown as Focused).document.activeElement?.textContent);
  const pixels = (page: Page): Promise<string> => page.locator('#explorer-canvas').evaluate((c) => (c as unknown as { toDataURL(): string }).toDataURL());

  it('Les Misérables: a searched actor’s card lists its neighbours, and a neighbour opens its own', async () => {
    const file = await report('test/fixtures/networks/les-miserables', 'les-miserables', 'en');
    const { page, problems, requests } = await open(file);
    await searchAndOpen(page, 'valj');
    const card = page.getByRole('dialog', { name: 'Valjean' });
    await expect(card.isVisible()).resolves.toBe(true);
    const neighbours = await cardNeighbours(page);
    expect(neighbours).toHaveLength(36);
    expect(neighbours).toContain('Javert');
    await expect(card.getByText('Ties (36)').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Cosette', exact: true }).click();
    await page.getByRole('dialog', { name: 'Cosette' }).waitFor();
    expect(await cardNeighbours(page)).toContain('Valjean');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-les-miserables.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('filters change what the map shows, and the legend counts follow them', async () => {
    const file = await report('examples/pirkanmaa-security', 'pirkanmaa-security');
    const { page } = await open(file);
    const status = page.locator('#explorer-status');
    const all = await status.textContent();
    expect(all).toMatch(/^Kartalla näkyy (\d+)\/\1 toimijaa ja (\d+)\/\2 yhteyttä\.$/);
    const before = await pixels(page);

    await page.getByRole('checkbox', { name: /^Yritykset/ }).uncheck();
    const withoutCompanies = await status.textContent();
    expect(withoutCompanies).not.toBe(all);
    await page.waitForTimeout(100);
    expect(await pixels(page)).not.toBe(before);
    // A layer's count no longer counts the companies.
    const layerCounts = await page.locator('#explorer-layers .explorer-count').allTextContents();
    await page.getByRole('checkbox', { name: /^Yritykset/ }).check();
    expect(await page.locator('#explorer-layers .explorer-count').allTextContents()).not.toEqual(layerCounts);
    expect(await status.textContent()).toBe(all);

    await page.getByLabel('Yhteyksiä vähintään').fill('5');
    const [shown, total] = /Kartalla näkyy (\d+)\/(\d+)/
      .exec((await status.textContent())!)!
      .slice(1)
      .map(Number);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total!);
    await page.close();
  });

  it('works by keyboard alone: search, open, follow a tie, close', async () => {
    const file = await report('examples/pirkanmaa-security', 'pirkanmaa-security-keys');
    const { page, problems } = await open(file);
    await page.locator('#explorer-intro, .explorer-intro').first().click();
    for (let i = 0; i < 10 && !((await focusedId(page)) === 'explorer-search'); i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('explorer-search');
    await page.keyboard.type('pelastus');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('[role="option"][aria-selected="true"]').textContent();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: chosen! }).waitFor();
    expect(await focusedId(page)).toBe('explorer-card-name');
    // Tab past the close button to the first neighbour, and follow it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const neighbour = await focusedText(page);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: neighbour! }).waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(await focusedId(page)).toBe('explorer-search');

    // The map itself takes the keys: + zooms in, 0 shows the whole network again.
    await page.locator('#explorer-canvas').focus();
    await page.keyboard.press('0');
    await page.waitForTimeout(100);
    const whole = await pixels(page);
    await page.keyboard.press('+');
    await page.waitForTimeout(100);
    expect(await pixels(page)).not.toBe(whole);
    await page.keyboard.press('0');
    await page.waitForTimeout(100);
    expect(await pixels(page)).toBe(whole);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no WCAG 2 A or AA violation with the card open (axe-core)', async () => {
    const file = await report('examples/pirkanmaa-security', 'pirkanmaa-security-axe');
    const { page } = await open(file);
    await searchAndOpen(page, 'Tampereen kaupunki');
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const page = globalThis as unknown as {
        document: unknown;
        axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      };
      const result = await page.axe.run(page.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('gives way to the static picture in print and without script', async () => {
    const file = await report('examples/seutukaupungit', 'seutukaupungit-print');
    const { page } = await open(file);
    await expect(page.locator('#explorer').isVisible()).resolves.toBe(true);
    await expect(page.locator('.network-figure svg.network').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#explorer').isVisible()).resolves.toBe(false);
    await expect(page.locator('.network-figure svg.network').isVisible()).resolves.toBe(true);
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const still = await context.newPage();
    await still.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await expect(still.locator('#explorer').isVisible()).resolves.toBe(false);
    await expect(still.locator('.network-figure svg.network').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('keeps hostile names as text in the suggestions and the card', async () => {
    const file = await report('test/fixtures/hostile', 'hostile');
    const { page, problems } = await open(file);
    await page.locator('#explorer-search').fill('<img');
    await expect(page.locator('#explorer-suggestions [role="option"]').first().textContent()).resolves.toBe('<img src=x onerror="window.__pwned = 5">');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.locator('#explorer-card-name').textContent()).toBe('<img src=x onerror="window.__pwned = 5">');
    expect(await page.locator('#explorer img, #explorer script:not([id]):not([type])').count()).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });
});
