// Bundles the network explorer (src/explorer) into one minified script that
// the HTML report carries inline: dist/reports/assets/explorer.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: [`${root}src/explorer/main.ts`],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
// The script sits inside a <script> element: it must not hold anything that would end it.
if (/<\/script|<!--/i.test(code)) throw new Error('the explorer bundle holds text that would end its <script> element');
mkdirSync(`${root}dist/reports/assets`, { recursive: true });
writeFileSync(`${root}dist/reports/assets/explorer.js`, code);
