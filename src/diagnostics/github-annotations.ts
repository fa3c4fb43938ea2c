// Problems as GitHub Actions workflow commands, so a CI run shows each one on
// the changed line of the pull request:
//   ::error file=actors.csv,line=3,col=5,title=unknown-sector::…
// Values are escaped as the runner expects (% \r \n in the message; also : and
// , in a property), so no text from the input can start a command of its own.
import type { Diagnostic } from './diagnostic.js';
import { messageFor } from './messages.js';
import type { Language } from './language.js';
import { terminalSafe } from './terminal-safe.js';

export function githubAnnotation(d: Diagnostic, lang: Language = 'en'): string {
  const where = d.location;
  const properties = [
    ...(where ? [`file=${property(where.file)}`] : []),
    ...(where?.line !== undefined && where.sheet === undefined ? [`line=${where.line}`] : []),
    ...(where?.col !== undefined && where.sheet === undefined ? [`col=${where.col}`] : []),
    `title=${property(d.code)}`,
  ];
  const sheet = where?.sheet !== undefined ? `[${where.sheet}]${where.line !== undefined ? ` ${where.line}` : ''}: ` : '';
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${data(sheet + messageFor(d.code, d.args, lang))}`;
}

/** Line breaks as the runner's escapes; other control characters (in a folder's name, say) shown, never obeyed. */
function data(text: string): string {
  return terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
