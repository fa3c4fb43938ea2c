// Writes a run's outputs as one set, safely:
// - never over a file the run read (its inputs), nor one file twice;
// - each file through a temporary beside it, made with a random name and
//   O_EXCL|O_NOFOLLOW (a link planted in a shared folder is never followed),
//   synced, and renamed over the target only when every file of the set is
//   complete: a full disk or a signal leaves every old file as it was and no
//   temporary behind;
// - a device or pipe (/dev/null, /dev/stdout, a FIFO) is written to, not replaced.
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../diagnostics/errors.js';
import { displayRelative } from './display-path.js';
import { environmentError } from './fs-errors.js';
import { trackTemporary, untrackTemporary } from './temporaries.js';

/** Text, bytes, or pieces produced as they are written (a large export; a workbook being zipped). */
export type OutputContent = string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array | string>;

export interface OutputFile {
  /** A file; standard output when undefined or "-". */
  path: string | undefined;
  content: OutputContent;
  /** What it is, for a message: "the report", "its picture". */
  role?: string;
}

/** Random names tried before giving up on a folder where every one is taken. */
const TEMPORARY_ATTEMPTS = 8;

/** Pieces are gathered into writes of about this many characters. */
const BATCH = 1 << 20;

/**
 * Writes every output, or (on any failure) none of the regular files.
 * @param inputs every file the run read; an output that is one of them is refused
 */
export async function writeOutputs(outputs: readonly OutputFile[], inputs: readonly string[]): Promise<void> {
  const targets = await planTargets(outputs);
  await refuseInputs(targets, inputs);
  const replaced = targets.filter((t): t is FileTarget => t.kind === 'replace');
  const temporaries: string[] = [];
  // Folders made for the outputs go again if the set is not written whole (an error, a signal).
  const made = await makeFolders(replaced);
  let done = false;
  try {
    for (const target of replaced) temporaries.push(await writeTemporary(target));
    // Devices and standard output before any rename: a set is replaced only once everything else is written.
    for (const target of targets) {
      if (target.kind === 'device') await writeDevice(target);
      if (target.kind === 'stdout') await writeStdout(target.content);
    }
    for (const [i, target] of replaced.entries()) {
      await rename(temporaries[i]!, target.absolute).catch((e: unknown) => {
        throw environmentError('write', target.shown, e);
      });
      untrackTemporary(temporaries[i]!);
    }
    done = true;
  } finally {
    for (const temporary of temporaries) {
      await rm(temporary, { force: true });
      untrackTemporary(temporary);
    }
    for (const folder of made) {
      if (!done) await rm(folder, { recursive: true, force: true });
      untrackTemporary(folder);
    }
  }
}

/** Makes the outputs' folders that are missing; the first folder each made, registered for removal until the set is written. */
async function makeFolders(targets: readonly FileTarget[]): Promise<string[]> {
  const made: string[] = [];
  for (const target of targets) {
    const folder = path.dirname(target.absolute);
    const first = await mkdir(folder, { recursive: true }).catch((e: unknown) => {
      throw environmentError('write', target.shown, e);
    });
    if (first !== undefined) {
      trackTemporary(first);
      made.push(first);
    }
  }
  return made;
}

/** Writes one output: a file, or standard output when `file` is undefined or "-". */
export async function writeOutput(file: string | undefined, content: OutputContent, inputs: readonly string[]): Promise<void> {
  await writeOutputs([{ path: file, content }], inputs);
}

interface FileTarget {
  kind: 'replace' | 'device';
  /** A device reached through a symbolic link of the user's own, or of the system's (/dev/stdout). */
  follow?: boolean;
  absolute: string;
  shown: string;
  content: OutputContent;
  identity: string;
}

type Target = { kind: 'stdout'; content: OutputContent } | FileTarget;

async function planTargets(outputs: readonly OutputFile[]): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Map<string, OutputFile>();
  for (const output of outputs) {
    if (output.path === undefined || output.path === '-') {
      targets.push({ kind: 'stdout', content: output.content });
      continue;
    }
    const absolute = path.resolve(output.path);
    const shown = displayRelative(absolute);
    const existing = await stat(absolute).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw environmentError('write', shown, e);
    });
    const kind = isDevicePath(absolute) ? 'device' : existing ? kindOf(existing, shown) : 'replace';
    const follow = kind === 'device' && (await deviceLinkFollowed(absolute, shown));
    if (kind === 'device' && existing && !isDevicePath(absolute)) refuseOthersPipe(existing, shown);
    const identity = existing ? `${existing.dev}:${existing.ino}` : await futureIdentity(absolute);
    if (kind === 'replace') {
      const earlier = seen.get(identity);
      if (earlier !== undefined) {
        throw new UsageError(
          `this run would write ${shown} twice (${earlier.role ?? 'one output'} and ${output.role ?? 'another'}); choose another name with -o`,
        );
      }
      seen.set(identity, output);
    }
    targets.push({ kind, ...(follow && { follow }), absolute, shown, content: output.content, identity });
  }
  return targets;
}

/** A file of the user running eco, or of the system's (root's). */
function ownOrSystem(uid: number): boolean {
  return uid === 0 || uid === process.getuid?.();
}

/**
 * A pipe or socket someone else made at an output's name in a shared folder
 * would hold eco, waiting for a reader, for as long as they like: it is
 * written only when it is the user's own (or the system's).
 */
function refuseOthersPipe(existing: Stats, shown: string): void {
  if (!existing.isFIFO() && !existing.isSocket()) return;
  if (ownOrSystem(existing.uid)) return;
  throw new EnvironmentError(`will not write ${shown}: it is a pipe of another user's; remove it or choose another -o`);
}

/**
 * Whether a device or pipe named through a symbolic link may be written
 * through it: only a link of the system's own (/dev/stdout) or of the user
 * running eco. A link someone else planted in a shared folder, pointing at a
 * FIFO or a device of their choice, is refused; a link to a file is replaced,
 * never followed.
 */
async function deviceLinkFollowed(absolute: string, shown: string): Promise<boolean> {
  const link = await lstat(absolute).catch(() => undefined);
  if (!link?.isSymbolicLink()) return false;
  if (isDevicePath(absolute) || ownOrSystem(link.uid)) return true;
  throw new EnvironmentError(`will not write ${shown}: it is a symbolic link of another user's to a device or pipe; remove it or choose another -o`);
}

/** /dev/stdout, /dev/fd/3, /proc/self/fd/1: whatever they stand for, they are written to. */
function isDevicePath(absolute: string): boolean {
  return /^\/(dev|proc)\//.test(absolute);
}

function kindOf(existing: Stats, shown: string): 'replace' | 'device' {
  if (existing.isFile()) return 'replace';
  if (existing.isDirectory()) throw new EnvironmentError(`cannot write ${shown}: it is a folder`);
  if (existing.isCharacterDevice() || existing.isFIFO() || existing.isSocket()) return 'device';
  throw new EnvironmentError(`cannot write ${shown}: it is a block device, not a file`);
}

/** Where a file that does not exist yet will be: its folder's real path and its name. */
async function futureIdentity(absolute: string): Promise<string> {
  const folder = await realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
  return path.join(folder, path.basename(absolute));
}

async function refuseInputs(targets: readonly Target[], inputs: readonly string[]): Promise<void> {
  const written = new Map<string, string>();
  for (const t of targets) if (t.kind === 'replace') written.set(t.identity, t.shown);
  if (written.size === 0) return;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) continue;
    const output = written.get(`${info.dev}:${info.ino}`);
    if (output !== undefined) {
      throw new UsageError(`will not write ${output}: it is ${displayRelative(path.resolve(input))}, an input of this run; choose another -o`);
    }
  }
}

async function writeTemporary(target: FileTarget): Promise<string> {
  const folder = path.dirname(target.absolute);
  const { temporary, handle } = await createTemporary(folder, path.basename(target.absolute), target.shown);
  try {
    await writeContent(handle, target.content);
    await handle.sync();
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    untrackTemporary(temporary);
    throw environmentError('write', target.shown, e);
  }
  return temporary;
}

/**
 * A new file that nobody else can have prepared: a random name, created only
 * if nothing (not even a dangling symbolic link) has that name. A name that is
 * taken — by chance, or planted — is passed over for another.
 */
async function createTemporary(folder: string, base: string, shown: string): Promise<{ temporary: string; handle: FileHandle }> {
  for (let attempt = 1; ; attempt++) {
    const temporary = path.join(folder, `.${base}.${randomBytes(8).toString('hex')}.tmp`);
    // Registered before it exists: a signal that comes as it is made still finds it to remove.
    trackTemporary(temporary);
    try {
      const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
      return { temporary, handle };
    } catch (e) {
      untrackTemporary(temporary);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === TEMPORARY_ATTEMPTS) throw environmentError('write', shown, e);
    }
  }
}

async function writeDevice(target: FileTarget): Promise<void> {
  let handle: FileHandle;
  try {
    // Not through a symbolic link unless one was found and judged safe: a link planted since then is not followed.
    const nofollow = target.follow ? 0 : constants.O_NOFOLLOW;
    handle = await open(target.absolute, constants.O_WRONLY | constants.O_APPEND | nofollow);
  } catch (e) {
    throw environmentError('write', target.shown, e);
  }
  try {
    await writeContent(handle, target.content);
  } catch (e) {
    throw environmentError('write', target.shown, e);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The content in writes of a useful size. */
async function* batches(content: OutputContent): AsyncGenerator<string | Uint8Array> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    yield content;
    return;
  }
  if (Symbol.asyncIterator in content) {
    yield* content;
    return;
  }
  let batch = '';
  for (const piece of content) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}

async function writeContent(handle: FileHandle, content: OutputContent): Promise<void> {
  // Each writeFile on a handle continues where the last one ended.
  for await (const batch of batches(content)) await handle.writeFile(batch);
}

async function writeStdout(content: OutputContent): Promise<void> {
  for await (const batch of batches(content)) {
    if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
  }
  await new Promise<void>((resolve, reject) => process.stdout.write('', (e) => (e ? reject(e) : resolve())));
}

/**
 * Adds `text` to the end of `file` (made if missing), as GitHub Actions wants
 * its job summary ($GITHUB_STEP_SUMMARY, which every step appends to). Never
 * to an input of the run, never through a symbolic link.
 */
export async function appendOutput(file: string, text: string, inputs: readonly string[]): Promise<void> {
  const absolute = path.resolve(file);
  const shown = displayRelative(absolute);
  const targets = await planTargets([{ path: file, content: text, role: 'the job summary' }]);
  await refuseInputs(targets, inputs);
  const handle = await open(absolute, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o644).catch((e: unknown) => {
    throw environmentError('write', shown, e);
  });
  try {
    await handle.writeFile(text).catch((e: unknown) => {
      throw environmentError('write', shown, e);
    });
  } finally {
    await handle.close();
  }
}
