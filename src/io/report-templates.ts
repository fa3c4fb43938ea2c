// Reads the report templates shipped with eco (dist/reports/templates, copied
// there at build), or a user's own template (--template) with eco's partials,
// and the scripts a page may carry (dist/reports/assets, bundled at build).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../diagnostics/errors.js';
import { displayRelative } from './display-path.js';
import { readBounded, unreadableReason } from './read-bounded.js';

const FOLDER = fileURLToPath(new URL('../reports/templates/', import.meta.url));
const ASSETS = fileURLToPath(new URL('../reports/assets/', import.meta.url));

/** A template is a page of markup; anything larger is no template. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

/** A main template and the partials it may use (what src/reports/render.ts takes). */
export interface TemplateFiles {
  main: string;
  partials: Record<string, string>;
  /** Scripts by name (explorer.js → `explorer`), for the HTML reports to carry inline. */
  assets: Record<string, string>;
  /** The user's own template file, as shown in messages; absent for eco's own. */
  file?: string;
}

async function loadTemplates(name: string, custom?: string): Promise<TemplateFiles> {
  const partialFolder = path.join(FOLDER, 'partials');
  const partials: Record<string, string> = {};
  for (const file of (await readdir(partialFolder)).sort()) {
    if (file.endsWith('.hbs')) partials[file.slice(0, -4)] = await readFile(path.join(partialFolder, file), 'utf8');
  }
  const assets = name.endsWith('.html') ? await loadAssets() : {};
  if (custom === undefined) return { main: await readFile(path.join(FOLDER, `${name}.hbs`), 'utf8'), partials, assets };
  const shown = displayRelative(path.resolve(custom));
  const read = await readBounded(path.resolve(custom), MAX_TEMPLATE_BYTES);
  if (!read.ok) throw new EnvironmentError(`cannot read the template ${shown}: ${unreadableReason(read, MAX_TEMPLATE_BYTES)}`);
  return { main: new TextDecoder().decode(read.bytes), partials, assets, file: shown };
}

/** The bundled scripts; none when eco runs from its sources unbuilt (the tests of the templates do), and the page goes without them. */
async function loadAssets(): Promise<Record<string, string>> {
  const assets: Record<string, string> = {};
  const files = await readdir(ASSETS).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  for (const file of files.sort()) {
    if (file.endsWith('.js')) assets[file.slice(0, -3)] = await readFile(path.join(ASSETS, file), 'utf8');
  }
  return assets;
}

/** Every template a reporter names, the first (its main one) replaced by the user's own when given. */
export async function loadTemplateSet(names: readonly string[], custom?: string): Promise<Record<string, TemplateFiles>> {
  const set: Record<string, TemplateFiles> = {};
  for (const [i, name] of names.entries()) set[name] = await loadTemplates(name, i === 0 ? custom : undefined);
  return set;
}
