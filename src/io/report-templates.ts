// Reads the report templates shipped with eco (dist/reports/templates, copied
// there at build), or a user's own template (--template) with eco's partials.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../diagnostics/errors.js';

const FOLDER = fileURLToPath(new URL('../reports/templates/', import.meta.url));

/** A main template and the partials it may use (what src/reports/render.ts takes). */
export interface TemplateFiles {
  main: string;
  partials: Record<string, string>;
}

export async function loadTemplates(name: string, custom?: string): Promise<TemplateFiles> {
  const partialFolder = path.join(FOLDER, 'partials');
  const partials: Record<string, string> = {};
  for (const file of (await readdir(partialFolder)).sort()) {
    if (file.endsWith('.hbs')) partials[file.slice(0, -4)] = await readFile(path.join(partialFolder, file), 'utf8');
  }
  let main: string;
  if (custom !== undefined) {
    try {
      main = await readFile(custom, 'utf8');
    } catch {
      throw new UsageError(`cannot read the template ${custom}`);
    }
  } else {
    main = await readFile(path.join(FOLDER, `${name}.hbs`), 'utf8');
  }
  return { main, partials };
}
