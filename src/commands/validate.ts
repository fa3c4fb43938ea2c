// `eco validate <input>`: load, check, print every problem; exit 0, 1 or 2.
import { counted, diagnosticToJson, formatDiagnostic, summarise } from '../diagnostics/format.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { githubAnnotation } from '../diagnostics/github-annotations.js';
import type { Language } from '../diagnostics/language.js';
import { reportDate } from '../io/report-date.js';
import { writeOutput } from '../io/write-output.js';
import { jsonChunks } from '../model/json-text.js';
import { checkEcosystem } from '../pipeline/check-ecosystem.js';
import { EXIT, type Output } from './exit-codes.js';
import { checkLinksFile } from './report-options.js';

export interface ValidateOptions {
  format: 'text' | 'json' | 'github';
  /** Given, the language of the problems; else the CLI's choice from the environment (out.lang). */
  lang?: Language;
  strict: boolean;
  links?: string;
  asOf?: string;
  output?: string;
  quiet: boolean;
}

/** The words of the summary line. */
const SUMMARY = {
  en: { valid: 'valid', invalid: 'invalid', strict: ' (--strict: warnings fail)' },
  fi: { valid: 'kelpaa', invalid: 'ei kelpaa', strict: ' (--strict: varoitukset lasketaan virheiksi)' },
} as const;

export async function validateCommand(input: string, options: ValidateOptions, out: Output): Promise<number> {
  const lang = options.lang ?? out.lang ?? 'en';
  const asOf = reportDate(options.asOf);
  if (options.links !== undefined) checkLinksFile(options.links, input);
  const checked = await checkEcosystem(input, { ...(options.links !== undefined && { links: options.links }), asOf });
  const diagnostics = sortDiagnostics(checked.diagnostics);
  if (!options.quiet) for (const note of checked.notes) out.stderr(`note: ${note}\n`);
  const ecosystem = checked.valid?.ecosystem;
  const line = options.format === 'github' ? githubAnnotation : formatDiagnostic;
  const text = options.format === 'json' ? jsonChunks(diagnostics.map((d) => diagnosticToJson(d, lang))) : diagnostics.map((d) => `${line(d, lang)}\n`);
  if (diagnostics.length > 0 || options.format === 'json' || options.output !== undefined) await writeOutput(options.output, text, checked.inputs);

  const failed = !ecosystem || (options.strict && diagnostics.length > 0);
  if (!options.quiet) {
    const words = SUMMARY[lang];
    const counts = ecosystem ? ` (${counted(ecosystem.actors.length, 'actor', lang)}, ${counted(ecosystem.links?.length ?? 0, 'link', lang)})` : '';
    out.stderr(
      `${checked.origin}: ${failed ? words.invalid : words.valid}${counts}: ${summarise(diagnostics, lang)}${options.strict && ecosystem && failed ? words.strict : ''}\n`,
    );
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
