// A problem found in the input, as data: a code, a severity, where it is and
// the facts the message is made from. Prose is made in one place (messages.ts).
import type { Path, SourceLocation } from './locator.js';
import type { DiagnosticArgs, DiagnosticCode } from './messages.js';

export type { DiagnosticArgs, SourceLocation };

type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  location?: SourceLocation;
  args: DiagnosticArgs;
  /** Which value of the loaded document it is about, when it is about one (for --skip-invalid). */
  path?: Path;
}

/** The diagnostic, marked as being about the value at `path` of the document. */
export function about(diagnostic: Diagnostic, path: Path): Diagnostic {
  return { ...diagnostic, path };
}

export function error(code: DiagnosticCode, location: SourceLocation | undefined, args: DiagnosticArgs = {}): Diagnostic {
  return location ? { code, severity: 'error', location, args } : { code, severity: 'error', args };
}

export function warning(code: DiagnosticCode, location: SourceLocation | undefined, args: DiagnosticArgs = {}): Diagnostic {
  return location ? { code, severity: 'warning', location, args } : { code, severity: 'warning', args };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, line and column so output is stable and reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const la = a.d.location;
      const lb = b.d.location;
      const fa = la?.file ?? '';
      const fb = lb?.file ?? '';
      if (fa !== fb) return fa < fb ? -1 : 1;
      const line = (la?.line ?? 0) - (lb?.line ?? 0);
      if (line !== 0) return line;
      const col = (la?.col ?? 0) - (lb?.col ?? 0);
      return col !== 0 ? col : a.i - b.i;
    })
    .map(({ d }) => d);
}
