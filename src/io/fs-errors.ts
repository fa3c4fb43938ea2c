// What a failed file-system call means, in words: every such failure is the
// environment's or the user's (a full disk, a missing folder, permissions),
// never a bug in eco, and is reported in one line naming the path.
import { EnvironmentError } from '../diagnostics/errors.js';

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  EFBIG: 'the file would exceed the largest file size allowed here',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links on the way',
  EIO: 'an input/output error on the device',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  ENXIO: 'no reader at the other end',
  ETXTBSY: 'the file is busy',
  EBUSY: 'the file or device is busy',
  EXDEV: 'it is on another file system',
};

/** A system error (it has an errno code and the call that failed). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (code ? `${code.toLowerCase()} error` : String(e));
}

/** `cannot write out/report.html: no space left on the device` */
export function environmentError(verb: string, shown: string, e: unknown): EnvironmentError {
  return new EnvironmentError(`cannot ${verb} ${shown}: ${fsReason(e)}`);
}
