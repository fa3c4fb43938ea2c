// `eco import <file.gexf|file.graphml> -o <folder>`: an eco ecosystem folder
// from a network made in Gephi, yEd or another tool.
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { importGraph, type GraphFormat } from '../exchange/import-graph.js';
import { exists } from '../io/file-exists.js';
import { displayRelative } from '../io/read-ecosystem.js';
import { slugify } from '../model/values.js';
import { readBounded, unreadableReason } from '../io/read-bounded.js';
import { writeOutputs } from '../io/write-output.js';
import { EXIT, type Output } from './exit-codes.js';

/** GEXF and GraphML are verbose: a network near eco's limits is a few hundred megabytes. */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export async function importCommand(file: string, options: { output?: string; force: boolean; quiet: boolean }, out: Output): Promise<number> {
  const format: GraphFormat | undefined = /\.gexf$/i.test(file) ? 'gexf' : /\.graphml$/i.test(file) ? 'graphml' : undefined;
  if (!format) throw new UsageError(`import reads .gexf and .graphml files, not ${file}`);
  if (options.output === undefined) throw new UsageError('give the folder to write with -o <folder>');
  const read = await readBounded(path.resolve(file), MAX_IMPORT_BYTES);
  if (!read.ok) throw new UsageError(`cannot read ${file}: ${unreadableReason(read, MAX_IMPORT_BYTES)}`);
  const source = new TextDecoder().decode(read.bytes);
  const base = path.basename(file, path.extname(file));
  const id = slugify(base, 'imported');
  let imported: ReturnType<typeof importGraph>;
  try {
    imported = importGraph(source, format, id, base);
  } catch (e) {
    throw new UsageError(`${file} is not a readable ${format.toUpperCase()} file: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const name of Object.keys(imported.files)) {
    const target = path.join(options.output, name);
    if (!options.force && (await exists(target)))
      throw new UsageError(`${displayRelative(path.resolve(target))} exists; eco import writes nothing over existing files (--force to replace)`);
  }
  await writeOutputs(
    Object.entries(imported.files).map(([name, content]) => ({ path: path.join(options.output!, name), content })),
    [path.resolve(file)],
  );
  if (!options.quiet) {
    for (const [from, to] of imported.renamedIds)
      out.stderr(
        `note: the id ${JSON.stringify(from)} became ${JSON.stringify(to)} (eco ids have no control characters, no space at either end, and no name every JavaScript object has)\n`,
      );
    out.stderr(`wrote ${imported.actors} actors and ${imported.links} links to ${options.output}; next: eco validate ${options.output}\n`);
  }
  return EXIT.ok;
}
