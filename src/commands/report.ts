// `eco report <saved.json>`: lays a saved eco-map, eco-status, eco-diff, eco-trend or eco-suggest
// document out again — as Markdown, HTML, text or JSON, in either language —
// without recomputing anything: the same bytes as the command that made it.
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { readBounded, unreadableReason } from '../io/read-bounded.js';
import { checkOutputDocument, type OutputDocument } from '../model/output-documents.js';
import type { Lang } from '../reports/i18n/index.js';
import { DIFF_REPORTERS, MAP_REPORTERS, type ReportFormat, STATUS_REPORTERS, SUGGEST_REPORTERS, TREND_REPORTERS } from '../reports/registry.js';
import { EXIT, type Output } from './exit-codes.js';
import { renderAndWrite } from './render-document.js';
import { checkTemplateFormat, reportFormat } from './report-options.js';

export interface ReportCommandOptions {
  format?: ReportFormat;
  lang: Lang;
  template?: string;
  output?: string;
}

/** A saved document of a large network is large; past this it is no document eco wrote. */
const MAX_DOCUMENT_BYTES = 1024 * 1024 * 1024;

export async function reportCommand(file: string, options: ReportCommandOptions, _out: Output): Promise<number> {
  const format = reportFormat(options, 'md');
  checkTemplateFormat(options.template, format);
  const absolute = path.resolve(file);
  const read = await readBounded(absolute, MAX_DOCUMENT_BYTES);
  if (!read.ok) throw new UsageError(`cannot read ${file}: ${unreadableReason(read, MAX_DOCUMENT_BYTES)}`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch (e) {
    throw new UsageError(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const document = checkOutputDocument(value, file);
  await render(document, format, options, [absolute]);
  return EXIT.ok;
}

async function render(document: OutputDocument, format: ReportFormat, options: ReportCommandOptions, inputs: string[]): Promise<void> {
  switch (document.schema) {
    case 'eco-map/v1':
      return await renderAndWrite(MAP_REPORTERS[format], document, options, inputs, format);
    case 'eco-status/v1':
      return await renderAndWrite(STATUS_REPORTERS[format], document, options, inputs, format);
    case 'eco-diff/v1':
      return await renderAndWrite(DIFF_REPORTERS[format], document, options, inputs, format);
    case 'eco-trend/v1':
      return await renderAndWrite(TREND_REPORTERS[format], document, options, inputs, format);
    case 'eco-suggest/v1':
      return await renderAndWrite(SUGGEST_REPORTERS[format], document, options, inputs, format);
  }
}
