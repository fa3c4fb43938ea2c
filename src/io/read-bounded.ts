// Reads a whole input file, safely: only a regular file (a FIFO would hang,
// /dev/zero would never end), opened without blocking, and never more than a
// limit of bytes — counted while reading, not only by the size stat reports.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { fsReason } from './fs-errors.js';

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'missing' | 'folder' | 'not-regular'; reason?: undefined; size?: undefined }
  | { ok: false; problem: 'too-large'; size?: number; reason?: undefined }
  | { ok: false; problem: 'unreadable'; reason: string; size?: undefined };

export async function readBounded(absolute: string, limit: number): Promise<BoundedRead> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing' };
    if (code === 'EISDIR') return { ok: false, problem: 'folder' };
    return { ok: false, problem: 'unreadable', reason: fsReason(e) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, problem: 'folder' };
    if (!info.isFile()) return { ok: false, problem: 'not-regular' };
    if (info.size > limit) return { ok: false, problem: 'too-large', size: info.size };
    // Sized by stat, grown if the file grows while it is read, never past limit + 1.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, limit) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > limit) return { ok: false, problem: 'too-large' };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > limit) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch (e) {
    return { ok: false, problem: 'unreadable', reason: fsReason(e) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Why a read failed, in words. */
export function unreadableReason(read: Exclude<BoundedRead, { ok: true }>, limit: number): string {
  switch (read.problem) {
    case 'missing':
      return 'no such file';
    case 'folder':
      return 'it is a folder';
    case 'not-regular':
      return 'it is not a regular file (a device, a pipe or a socket)';
    case 'too-large':
      return `it is larger than ${limit} bytes`;
    case 'unreadable':
      return read.reason;
  }
}
