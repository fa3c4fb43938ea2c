// How eco names a path in its messages: relative to the working folder when
// inside it, else absolute.
import path from 'node:path';

export function displayRelative(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}
