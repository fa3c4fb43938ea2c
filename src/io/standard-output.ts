// Standard output for the few lines commander prints itself (--help,
// --version). process.stdout is made when first touched, and making it loads
// Node's streams and its net module, which takes nearly as long as commander
// takes to build and print eco's help. A pipe or a file needs none of that,
// only a write; a terminal keeps process.stdout, which knows its width
// (commander wraps help to it).
import { fstatSync, writeSync } from 'node:fs';

const STDOUT = 1;

/** Whether standard output is a terminal, asking process.stdout only when it may be one (a character device, as is /dev/null). */
function stdoutIsTerminal(): boolean {
  let characterDevice: boolean;
  try {
    characterDevice = fstatSync(STDOUT).isCharacterDevice();
  } catch {
    return false;
  }
  return characterDevice && process.stdout.isTTY;
}

/** The width help is wrapped to: the terminal's, else 80 (commander's own when standard output is no terminal). */
export function stdoutColumns(): number {
  return stdoutIsTerminal() ? process.stdout.columns : 80;
}

/**
 * Writes text to standard output before returning, as process.stdout does to
 * files, terminals and (on Linux) pipes. A closed pipe throws EPIPE, on which
 * cli.ts ends the run quietly.
 */
export function writeStdout(text: string): void {
  if (stdoutIsTerminal()) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(STDOUT, bytes, written);
    } catch (e) {
      // A pipe another program set to non-blocking, full for the moment: try again.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}
