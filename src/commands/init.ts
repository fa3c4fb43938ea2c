// `eco init [dir]`: writes a small valid ecosystem to start from, never over an existing file.
import { exists } from '../io/file-exists.js';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { displayRelative } from '../io/read-ecosystem.js';
import { writeOutputs } from '../io/write-output.js';
import { INIT_FILES } from './init-files.js';
import { EXIT, type Output } from './exit-codes.js';

export async function initCommand(dir: string, out: Output): Promise<number> {
  const folder = path.resolve(dir);
  const existing: string[] = [];
  for (const name of Object.keys(INIT_FILES)) if (await exists(path.join(folder, name))) existing.push(name);
  if (existing.length > 0) {
    throw new UsageError(`${displayRelative(folder)} already has ${existing.join(', ')}; eco init writes nothing over existing files`);
  }
  await writeOutputs(
    Object.entries(INIT_FILES).map(([name, content]) => ({ path: path.join(folder, name), content })),
    [],
  );
  const shown = displayRelative(folder);
  out.stderr(`wrote ${Object.keys(INIT_FILES).join(', ')} in ${shown}\nnext: eco validate ${shown}\n`);
  return EXIT.ok;
}
