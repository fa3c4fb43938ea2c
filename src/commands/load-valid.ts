// Shared by the commands that need a valid ecosystem: load, validate, and on
// errors print them and give up (exit 1).
import { formatDiagnostic, plural } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadEcosystem, type LoadOptions } from '../io/load-ecosystem.js';
import { validateDocument } from '../model/validate.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { Output } from './exit-codes.js';

export interface ValidEcosystem {
  ecosystem: Ecosystem;
  origin: string;
  warnings: Diagnostic[];
}

/** The validated ecosystem, or undefined after printing its errors. */
export async function loadValid(input: string, options: LoadOptions & { asOf: string; quiet: boolean }, out: Output): Promise<ValidEcosystem | undefined> {
  const loaded = await loadEcosystem(input, options);
  const validation = validateDocument({
    document: loaded.document,
    locator: loaded.sources,
    incomplete: loaded.incomplete,
    diagnostics: loaded.diagnostics,
    readable: loaded.readable,
    asOf: options.asOf,
  });
  if (!validation.ecosystem) {
    for (const d of validation.diagnostics.filter((d) => d.severity === 'error')) out.stderr(`${formatDiagnostic(d)}\n`);
    out.stderr(`${loaded.origin}: not reported: the input has errors (eco validate shows them all)\n`);
    return undefined;
  }
  const warnings = validation.diagnostics;
  if (warnings.length > 0 && !options.quiet) out.stderr(`${loaded.origin}: ${plural(warnings.length, 'warning')} (eco validate shows them)\n`);
  return { ecosystem: validation.ecosystem, origin: loaded.origin, warnings };
}
