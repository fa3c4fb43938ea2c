// The last step of every reporting command: lay a document out with the
// reporter of the chosen format (src/reports/registry.ts) and write it, with
// the pictures a Markdown report puts beside itself.
import path from 'node:path';
import { phase, phaseAsync } from '../diagnostics/phases.js';
import { loadTemplateSet } from '../io/report-templates.js';
import { type OutputFile, writeOutputs } from '../io/write-output.js';
import type { Lang } from '../reports/i18n/index.js';
import type { Reporter } from '../reports/registry.js';
import { VERSION } from './package-info.js';
import { templateInputs } from './report-options.js';

export interface RenderOptions {
  lang: Lang;
  template?: string | undefined;
  output?: string | undefined;
}

/**
 * @param inputs every file the run read: no output may replace one
 * @param more further outputs of the run, written in the same set (eco status --summary)
 */
export async function renderAndWrite<D>(
  reporter: Reporter<D>,
  document: D,
  options: RenderOptions,
  inputs: readonly string[],
  markup: string,
  more: readonly OutputFile[] = [],
): Promise<void> {
  const toFile = options.output !== undefined && options.output !== '-';
  const templates = await loadTemplateSet(reporter.templates, options.template);
  const rendered = phase('render', () =>
    reporter.render(document, {
      lang: options.lang,
      version: VERSION,
      templates,
      ...(markup === 'md' && toFile && { pictureBase: path.basename(options.output!, path.extname(options.output!)) }),
    }),
  );
  const folder = toFile ? path.dirname(options.output!) : '.';
  const pictures: OutputFile[] = rendered.pictures.map((p) => ({ path: path.join(folder, p.file), content: p.content, role: p.role }));
  const role = markup === 'md' ? 'the Markdown report' : 'the report';
  await phaseAsync('write', () =>
    writeOutputs([...pictures, ...more, { path: options.output, content: rendered.main, role }], [...inputs, ...templateInputs(options.template)]),
  );
}

/** A document laid out as Markdown with eco's own templates, whatever the run's format (a job summary). */
export async function renderMarkdown<D>(reporter: Reporter<D>, document: D, lang: Lang): Promise<string> {
  const rendered = reporter.render(document, { lang, version: VERSION, templates: await loadTemplateSet(reporter.templates) });
  return typeof rendered.main === 'string' ? rendered.main : [...rendered.main].join('');
}
