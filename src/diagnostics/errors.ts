// The few error classes that cross layers. Anything else thrown is a bug and
// is shown as one (with a stack only under --debug).
import type { Diagnostic } from './diagnostic.js';

/** Bad command-line use: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The environment refused (a full disk, a read-only folder, a broken template): exit code 2. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/** The input could not be read at all (missing path, permissions): exit code 2. */
export class UnreadableInputError extends Error {
  override readonly name = 'UnreadableInputError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.code).join(', '));
  }
}
