// `eco diff <old> <new>`: what changed between two snapshots (folders,
// manifests or git:REV:path), as JSON (eco-diff/v1), Markdown or HTML.
import path from 'node:path';
import { diffSnapshots } from '../analysis/snapshot-diff.js';
import { reportDate } from '../io/report-date.js';
import { loadTemplates } from '../io/report-templates.js';
import { writeOutput, writeOutputs, type OutputFile } from '../io/write-output.js';
import { diffHeadline, diffView } from '../reports/diff-view.js';
import type { Lang } from '../reports/i18n/index.js';
import { terminalSafe } from '../model/text-safety.js';
import { render } from '../reports/render.js';
import { EXIT, type Output } from './exit-codes.js';
import { checkTemplateFormat, templateInputs, VERSION } from './report-options.js';
import { loadSnapshot } from '../pipeline/snapshot.js';
import { loadValid } from './load-valid.js';

export interface DiffCommandOptions {
  format?: 'json' | 'text' | 'md' | 'html';
  lang: Lang;
  template?: string;
  output?: string;
  asOf?: string;
  quiet: boolean;
}

export async function diffCommand(oldInput: string, newInput: string, options: DiffCommandOptions, out: Output): Promise<number> {
  const asOf = reportDate(options.asOf);
  const format = options.format ?? (process.stdout.isTTY ? 'text' : 'json');
  checkTemplateFormat(options.template, format);
  const load = (input: string, display?: (absolute: string) => string) => loadValid(input, { ...(display && { display }), asOf, quiet: options.quiet }, out);
  const warn = (message: string): void => (options.quiet ? undefined : out.stderr(`${message}\n`));
  const old = await loadSnapshot(oldInput, asOf, load, warn);
  const latest = await loadSnapshot(newInput, asOf, load, warn);
  if (!old || !latest) return EXIT.invalid;
  const before = old.snapshot;
  const after = latest.snapshot;
  const inputs = [...old.inputs, ...latest.inputs, ...templateInputs(options.template)];
  const diff = diffSnapshots(before, after);
  const names = new Map([...before.ecosystem.actors, ...after.ecosystem.actors].map((a) => [a.id, a.name]));
  if (!options.quiet) {
    for (const r of diff.renames)
      out.stderr(
        `warning: ${r.from} left and ${r.to} joined; they look like one actor (same ${r.reason === 'business-id' ? 'business id' : 'name'}) under a new id\n`,
      );
  }

  if (format === 'json' || format === 'text') {
    const text =
      format === 'json'
        ? `${JSON.stringify(diff, null, 2)}\n`
        : terminalSafe(
            `${diff.before.label} → ${diff.after.label}\n${diffHeadline(diff, options.lang, names)
              .map((l) => `  ${l}\n`)
              .join('')}`,
          );
    await writeOutput(options.output, text, inputs);
    return EXIT.ok;
  }
  const base = options.output !== undefined && options.output !== '-' ? path.basename(options.output, path.extname(options.output)) : undefined;
  const pictureFiles = format === 'md' && base ? { before: `${base}.before.svg`, after: `${base}.after.svg` } : undefined;
  const view = diffView(diff, before.analysis, after.analysis, { lang: options.lang, version: VERSION, names, ...(pictureFiles && { pictureFiles }) });
  const pictures: OutputFile[] = [];
  if (pictureFiles && options.output) {
    const folder = path.dirname(options.output);
    pictures.push({
      path: path.join(folder, pictureFiles.before),
      content: render(await loadTemplates('network-before.svg'), view, 'svg'),
      role: 'the picture before',
    });
    pictures.push({
      path: path.join(folder, pictureFiles.after),
      content: render(await loadTemplates('network-after.svg'), view, 'svg'),
      role: 'the picture after',
    });
  }
  await writeOutputs(
    [...pictures, { path: options.output, content: render(await loadTemplates(`diff.${format}`, options.template), view, format), role: 'the report' }],
    inputs,
  );
  return EXIT.ok;
}
