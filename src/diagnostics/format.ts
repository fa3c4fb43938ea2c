// Turns diagnostics into the text a person reads or the JSON a program reads.
import type { Diagnostic, SourceLocation } from './diagnostic.js';
import { messageFor } from './messages.js';

function place(location: SourceLocation | undefined): string {
  if (!location) return 'eco';
  if (location.line === undefined) return location.file;
  return `${location.file}:${location.line}:${location.col ?? 1}`;
}

/** `path:line:col: severity code: message` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${place(d.location)}: ${d.severity} ${d.code}: ${messageFor(d.code, d.args)}`;
}

export interface DiagnosticJson {
  file: string | null;
  line: number | null;
  col: number | null;
  severity: Diagnostic['severity'];
  code: Diagnostic['code'];
  message: string;
  args: Diagnostic['args'];
}

export function diagnosticToJson(d: Diagnostic): DiagnosticJson {
  return {
    file: d.location?.file ?? null,
    line: d.location?.line ?? null,
    col: d.location?.col ?? null,
    severity: d.severity,
    code: d.code,
    message: messageFor(d.code, d.args),
    args: d.args,
  };
}

export function summarise(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
