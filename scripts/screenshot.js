// Renders a report page to PNG in headless Chromium, for the README:
//   node scripts/screenshot.js tilannekuva.html docs/tilannekuva.png [height]
//   node scripts/screenshot.js tilannekuva.html docs/verkostokartta.png --explorer "Iisalmen kaupunki"
// With --explorer, the picture is of the network explorer with that actor's card open.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { explorer: { type: 'string' } } });
const [input, output, height = '1500'] = positionals;
if (!input || !output) {
  console.error('usage: node scripts/screenshot.js REPORT.html OUT.png [height] [--explorer "actor name"]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: Number(values.explorer ? '900' : height) } });
await page.goto(pathToFileURL(path.resolve(input)).href);
if (values.explorer) {
  const explorer = page.locator('#explorer');
  await page.locator('#explorer-search').fill(values.explorer);
  await page.keyboard.press('Enter');
  await page.locator('#explorer-card:not([hidden])').waitFor();
  await page.waitForTimeout(300);
  await explorer.screenshot({ path: output });
} else {
  await page.screenshot({ path: output });
}
await browser.close();
