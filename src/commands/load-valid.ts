// For the commands that need a valid ecosystem: check it (src/pipeline/), say
// on stderr what the user should hear of (notes, what --skip-invalid left
// out, how many warnings), and on errors print them and give up (exit 1).
// The problems and these lines are in the language out.lang names.
import { counted, formatDiagnostic, placeOf } from '../diagnostics/format.js';
import { newReadBudget } from '../io/read-text-file.js';
import { describeLeftOut } from '../model/skip-invalid.js';
import { type CheckOptions, checkEcosystem, checkMapLimits, type ValidEcosystem } from '../pipeline/check-ecosystem.js';
import type { Output } from './exit-codes.js';

const LINES = {
  en: {
    invalid: 'not reported: the input has errors (eco validate shows them all)',
    warnings: (n: number) => `${counted(n, 'warning', 'en')} (eco validate shows ${n === 1 ? 'it' : 'them'})`,
  },
  fi: {
    invalid: 'aineistossa on virheitä, joten tulosta ei tehty (eco validate näyttää ne kaikki)',
    warnings: (n: number) => `${counted(n, 'warning', 'fi')} (eco validate näyttää ${n === 1 ? 'sen' : 'ne'})`,
  },
} as const;

/** The validated ecosystem, or undefined after printing its errors. */
export async function loadValid(input: string, options: CheckOptions & { quiet: boolean }, out: Output): Promise<ValidEcosystem | undefined> {
  const lang = out.lang ?? 'en';
  // What one run maps is refused while reading, before it fills the memory (README, "How far one machine goes").
  const checked = await checkEcosystem(input, { ...options, budget: options.budget ?? newReadBudget('map') });
  if (!options.quiet) for (const note of checked.notes) out.stderr(`note: ${note}\n`);
  if (!checked.valid) {
    for (const d of checked.diagnostics.filter((d) => d.severity === 'error')) out.stderr(`${formatDiagnostic(d, lang)}\n`);
    out.stderr(`${checked.origin}: ${LINES[lang].invalid}\n`);
    return undefined;
  }
  if (!options.quiet) for (const decision of checked.valid.leftOut) out.stderr(`${describeLeftOut(decision, placeOf(decision.location), lang)}\n`);
  const warnings = checked.diagnostics.length;
  if (warnings > 0 && !options.quiet) out.stderr(`${checked.origin}: ${LINES[lang].warnings(warnings)}\n`);
  checkMapLimits(checked.valid);
  return checked.valid;
}
