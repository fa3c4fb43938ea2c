// Renders a report page to PNG in headless Chromium, for the README:
//   node scripts/screenshot.js tilannekuva.html docs/tilannekuva.png [height]
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [input, output, height = '1500'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot.js REPORT.html OUT.png [height]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: Number(height) } });
await page.goto(pathToFileURL(path.resolve(input)).href);
await page.screenshot({ path: output });
await browser.close();
