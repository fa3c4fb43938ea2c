// The HTML reports' layout in a real headless Chromium (Debian's chromium,
// driven by playwright-core), at 1280 and 800 px: no two table cells overlap
// and no cell's text runs out of its cell, nothing is wider than the page
// (a wide table scrolls inside its own box), and all visible text, the SVG
// pictures' included, is drawn at least 11 px high. In print, a long actor
// table stops after 500 rows with a note on the rest, and the footer has the
// report's date. Screenshots go to test/artifacts/.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eco } from '../helpers/eco-in-process.js';
import { ROOT } from '../helpers/run-eco.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`\n  SKIPPED: the layout tests need Chromium at ${CHROMIUM} (apt-get install chromium)\n`);

const ARTIFACTS = `${ROOT}test/artifacts`;
const NETWORK = 'examples/seutukaupungit';
const AS_OF = ['--as-of', '2026-06-30', '--quiet'];
const WIDTHS = [1280, 800];
const MIN_TEXT_PX = 11;

// The page's own globals that measure() uses there: the project compiles without the DOM library,
// so these are declared for this file only.
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageElement {
  tagName: string;
  namespaceURI: string | null;
  textContent: string | null;
  parentElement: PageElement | null;
  childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
  getBoundingClientRect(): Box;
  getScreenCTM?(): { a: number; b: number } | null;
}
declare const document: {
  documentElement: PageElement & { clientWidth: number; scrollWidth: number };
  body: PageElement;
  querySelectorAll(selector: string): Iterable<PageElement>;
  createRange(): { selectNodeContents(element: PageElement): void; getBoundingClientRect(): Box };
};
declare function getComputedStyle(element: PageElement): {
  visibility: string;
  overflowX: string;
  fontSize: string;
  display: string;
  getPropertyValue(name: string): string;
};

interface Layout {
  documentWidth: number;
  overlapping: string[];
  spilling: string[];
  tooWide: string[];
  tooSmall: string[];
}

/** Everything the layout rules look at, measured in the page. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate((minText) => {
    const visible = (el: PageElement): boolean => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: PageElement): string => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const documentWidth = document.documentElement.clientWidth;

    // Cells: no two boxes overlap (borders may touch), and each cell's text stays in its box.
    const cells = [...document.querySelectorAll('th, td')].filter(visible).map((el) => ({ el, box: el.getBoundingClientRect() }));
    cells.sort((a, b) => a.box.left - b.box.left);
    const overlapping: string[] = [];
    const slack = 1.5;
    for (let i = 0; i < cells.length; i++) {
      const a = cells[i]!;
      for (let j = i + 1; j < cells.length && cells[j]!.box.left < a.box.right - slack; j++) {
        const b = cells[j]!;
        if (b.box.top < a.box.bottom - slack && a.box.top < b.box.bottom - slack) overlapping.push(`${name(a.el)} and ${name(b.el)}`);
      }
    }
    const spilling: string[] = [];
    for (const { el, box } of cells) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      if (text.width > 0 && (text.left < box.left - 0.5 || text.right > box.right + 0.5)) spilling.push(name(el));
    }

    // Width: nothing reaches past the page's right edge, except inside a box that scrolls.
    const scrolls = (el: PageElement): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
      }
      return false;
    };
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((el) => visible(el) && el.getBoundingClientRect().right > documentWidth + 0.5 && !scrolls(el))
      .map((el) => `${name(el)} ends at ${Math.round(el.getBoundingClientRect().right)} px`);
    if (document.documentElement.scrollWidth > documentWidth) tooWide.push(`the page scrolls sideways to ${document.documentElement.scrollWidth} px`);

    // Text size as drawn: an SVG's text is scaled with its picture.
    const tooSmall: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!hasText || !visible(el)) continue;
      let size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (el.namespaceURI === 'http://www.w3.org/2000/svg' && el.getScreenCTM) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      if (size < minText - 0.01) tooSmall.push(`${name(el)} at ${size.toFixed(1)} px`);
    }
    return { documentWidth, overlapping, spilling, tooWide, tooSmall };
  }, MIN_TEXT_PX);
}

describe.runIf(available)('the reports laid out in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-layout-'));
  const reports: { name: string; file: string }[] = [];
  let large = '';

  beforeAll(async () => {
    const launching = chromium.launch({
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
    const make = async (name: string, args: string[]): Promise<void> => {
      const file = path.join(dir, `${name}.html`);
      const run = await eco([...args, '--format', 'html', '-o', file]);
      expect(run.code, run.stderr).toBe(0);
      reports.push({ name, file });
    };
    for (const lang of ['en', 'fi']) {
      await make(`map.${lang}`, ['map', NETWORK, '--lang', lang, ...AS_OF]);
      await make(`status.${lang}`, ['status', NETWORK, '--since', `${NETWORK}/snapshots/2025-06`, '--lang', lang, ...AS_OF]);
      await make(`diff.${lang}`, ['diff', `${NETWORK}/snapshots/2025-06`, `${NETWORK}/snapshots/2026-06`, '--lang', lang, ...AS_OF]);
      await make(`trend.${lang}`, ['trend', `${NETWORK}/snapshots/2025-06`, `${NETWORK}/snapshots/2026-06`, '--lang', lang]);
      await make(`suggest.${lang}`, ['suggest', `${NETWORK}/towns/iisalmi`, '--pool', 'examples/pohjois-savo', '--lang', lang, ...AS_OF]);
    }
    const { writeEcosystem } = (await import(`${ROOT}bench/generate-ecosystem.mjs`)) as { writeEcosystem: (out: string, o: object) => void };
    writeEcosystem(path.join(dir, 'eco600'), { actors: 600, links: 1500, seed: 1 });
    await make('map.600', ['map', path.join(dir, 'eco600'), '--lang', 'en', ...AS_OF]);
    large = reports.at(-1)!.file;
    browser = await launching;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('no cells overlap, nothing is wider than the page and no text is under 11 px, at 1280 and 800 px', async () => {
    const problems: string[] = [];
    // One page for all: a new page costs more than the measuring.
    const page = await browser.newPage({ viewport: { width: WIDTHS[0]!, height: 900 } });
    for (const { name, file } of reports) {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // Long sections are laid out only when scrolled to (content-visibility): measure every one as the reader sees it there.
      await page.addStyleTag({ content: 'section { content-visibility: visible !important; }' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const layout = await measure(page);
        expect(layout.documentWidth).toBe(width);
        const where = `${name} at ${width} px:`;
        problems.push(
          ...layout.overlapping.map((p) => `${where} cells overlap: ${p}`),
          ...layout.spilling.map((p) => `${where} text runs out of its cell: ${p}`),
          ...layout.tooWide.map((p) => `${where} wider than the page: ${p}`),
          ...layout.tooSmall.map((p) => `${where} text too small: ${p}`),
        );
        // The top of each page (a whole page's picture takes seconds): the header, the first section, the network picture.
        await page.screenshot({ path: `${ARTIFACTS}/layout-${name}-${width}.png` });
      }
    }
    await page.close();
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it('prints a long actor table up to row 500 with a note on the rest, and the report date in the footer', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(large).href, { waitUntil: 'load' });
    const row = (n: number): Promise<string> => page.locator(`#actor-table tbody tr:nth-child(${n})`).evaluate((tr) => getComputedStyle(tr).display);
    const note = page.locator('#actors p.print-only');

    // On screen: the whole table, no note.
    expect(await page.locator('#actor-table tbody tr').count()).toBe(600);
    expect(await row(600)).not.toBe('none');
    expect(await note.isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await row(500)).not.toBe('none');
    expect(await row(501)).toBe('none');
    expect(await row(600)).toBe('none');
    expect(await note.isVisible()).toBe(true);
    // How many are left out (100), and where to find them.
    expect(await note.textContent()).toMatch(/\b100\b.*JSON.*CSV/);
    // The footer's text (an @page margin box) is the report's "made with … on <date>" line.
    const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--report-footer').trim());
    expect(footer).toMatch(/^".*2026.*"$/);
    expect(footer).toBe(JSON.stringify(await page.locator('body > footer').textContent()));

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThan(30);
    await page.close();
  });
});
