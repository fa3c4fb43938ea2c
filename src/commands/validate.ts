// `eco validate <input>`: load, check, print every problem; exit 0, 1 or 2.
import { diagnosticToJson, formatDiagnostic, plural, summarise } from '../diagnostics/format.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { reportDate } from '../io/report-date.js';
import { writeOutput } from '../io/write-output.js';
import { jsonChunks } from '../model/json-text.js';
import { checkEcosystem } from '../pipeline/check-ecosystem.js';
import { EXIT, type Output } from './exit-codes.js';

export interface ValidateOptions {
  format: 'text' | 'json';
  strict: boolean;
  links?: string;
  asOf?: string;
  output?: string;
  quiet: boolean;
}

export async function validateCommand(input: string, options: ValidateOptions, out: Output): Promise<number> {
  const asOf = reportDate(options.asOf);
  const checked = await checkEcosystem(input, { ...(options.links !== undefined && { links: options.links }), asOf });
  const diagnostics = sortDiagnostics(checked.diagnostics);
  if (!options.quiet) for (const note of checked.notes) out.stderr(`note: ${note}\n`);
  const ecosystem = checked.valid?.ecosystem;
  const text = options.format === 'json' ? jsonChunks(diagnostics.map(diagnosticToJson)) : diagnostics.map((d) => `${formatDiagnostic(d)}\n`);
  if (diagnostics.length > 0 || options.format === 'json' || options.output !== undefined) await writeOutput(options.output, text, checked.inputs);

  const failed = !ecosystem || (options.strict && diagnostics.length > 0);
  if (!options.quiet) {
    const counts = ecosystem ? ` (${plural(ecosystem.actors.length, 'actor')}, ${plural(ecosystem.links?.length ?? 0, 'link')})` : '';
    out.stderr(
      `${checked.origin}: ${failed ? 'invalid' : 'valid'}${counts}: ${summarise(diagnostics)}${options.strict && ecosystem && failed ? ' (--strict: warnings fail)' : ''}\n`,
    );
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
