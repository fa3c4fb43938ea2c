// Exit codes every command keeps to, for CI jobs to rely on.
import type { Language } from '../diagnostics/language.js';

export const EXIT = {
  /** Valid input; the command did what was asked. */
  ok: 0,
  /** The input has errors (or, with --strict, warnings), or a --fail-on condition holds. */
  invalid: 1,
  /** Bad command-line use, or an input that cannot be read at all. */
  usage: 2,
  /** A bug in eco itself. */
  internal: 3,
} as const;

/** Where a command's messages go; the CLI passes the process's streams, tests their own. */
export interface Output {
  stderr(text: string): void;
  /** The language of the problems and summaries told (the CLI sets it from --lang or the environment); English when unset. */
  lang?: Language;
}
