// Runs the checks of DESIGN section 3 in order (the syntax stage is the
// loader's): schema, references, lints. Every problem is reported; a later
// stage still runs on what an earlier one could read.
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locator } from '../diagnostics/locator.js';
import { deriveIds, resolveActorReferences, type KnownActor } from './name-keys.js';
import { lint } from './lints.js';
import { normalizeSpreadsheetHabits, normalizeWords } from './normalize.js';
import { checkReferences } from './references.js';
import { checkSchema } from './schema-check.js';
import type { Ecosystem } from './schema-types.js';

export interface ValidationInput {
  document: Record<string, unknown>;
  locator: Locator;
  incomplete: ReadonlySet<string>;
  /** Problems already found while reading the files. */
  diagnostics: readonly Diagnostic[];
  /** Whether the manifest itself could be read; if not, only reading problems are reported. */
  readable: boolean;
  asOf: string | null;
  /** Actors defined elsewhere (the members of a network of ecosystems): references to them are fine. */
  externalActors?: readonly KnownActor[];
}

export interface ValidationResult {
  /** The ecosystem, present only when there are no errors. */
  ecosystem?: Ecosystem;
  diagnostics: Diagnostic[];
}

export function validateDocument(input: ValidationInput): ValidationResult {
  // Concatenated, not push(...list): a million-row inventory can have a million warnings.
  let diagnostics = [...input.diagnostics];
  if (input.readable) {
    normalizeWords(input.document);
    normalizeSpreadsheetHabits(input.document);
    const derived = deriveIds(input.document);
    // A collection that is absent or not a list is reported by the schema; the later checks treat it as unknown.
    const incomplete = new Set(input.incomplete);
    if (!Array.isArray(input.document['actors'])) incomplete.add('actors');
    const external = input.externalActors ?? [];
    const context = { document: input.document, locator: input.locator, incomplete, asOf: input.asOf, externalActors: new Set(external.map((a) => a.id)) };
    const schema = checkSchema(input.document, input.locator, input.incomplete);
    const names = resolveActorReferences(input.document, input.locator, external, derived);
    // A reference already said to name several actors is not also said to name none.
    const ambiguous = new Set(names.filter((d) => d.code === 'ambiguous-actor').map((d) => JSON.stringify(d.path)));
    const references = checkReferences(context).filter((d) => !(d.code === 'unknown-actor' && ambiguous.has(JSON.stringify(d.path))));
    diagnostics = [...diagnostics, ...schema, ...names, ...references, ...lint(context)];
  }
  const sorted = sortDiagnostics(diagnostics);
  return hasErrors(sorted) ? { diagnostics: sorted } : { ecosystem: input.document as unknown as Ecosystem, diagnostics: sorted };
}
