// Writes output atomically: a temporary file beside the target, renamed over it
// only when complete, so a failed run never leaves half a file behind.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';

export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const absolute = path.resolve(target);
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced.
  const existing = await stat(absolute).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(absolute, content);
    return;
  }
  await mkdir(path.dirname(absolute), { recursive: true });
  const temporary = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, absolute);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

/** Writes to `output`, or to stdout when it is absent or "-". */
export async function writeOutput(output: string | undefined, content: string): Promise<void> {
  if (output === undefined || output === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (e) => (e ? reject(e) : resolve())));
    return;
  }
  await writeFileAtomic(output, content);
}

/** Writes pieces of text as they come (a large export), atomically, to `output` or stdout. */
export async function writeOutputChunks(output: string | undefined, chunks: Iterable<string>): Promise<void> {
  const toStdout = output === undefined || output === '-';
  const absolute = toStdout ? '' : path.resolve(output);
  const existing = toStdout ? undefined : await stat(absolute).catch(() => undefined);
  const direct = toStdout || (existing !== undefined && !existing.isFile());
  if (!toStdout) await mkdir(path.dirname(absolute), { recursive: true });
  const temporary = direct ? absolute : path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.tmp`);
  const stream = toStdout ? process.stdout : createWriteStream(temporary);
  try {
    for (const chunk of chunks) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    if (!toStdout) {
      stream.end();
      await once(stream, 'finish');
      if (!direct) await rename(temporary, absolute);
    }
  } catch (e) {
    if (!toStdout) {
      stream.destroy();
      if (!direct) await rm(temporary, { force: true });
    }
    throw e;
  }
}
