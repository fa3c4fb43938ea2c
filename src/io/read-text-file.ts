// Reads an input file as text, refusing what is not text and bounding size.
// Finnish Excel saves CSV as Windows-1252; such a file is decoded as such and
// reported with a warning rather than garbled.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { decodeWindows1252 } from './windows-1252.js';

export type TextKind = 'yaml' | 'csv';

/** YAML is parsed with source positions at about 2 MB/s; big inventories belong in CSV. */
export const MAX_BYTES: Record<TextKind, number> = {
  yaml: 16 * 1024 * 1024,
  csv: 512 * 1024 * 1024,
};

export type ReadResult =
  | { ok: true; text: string; diagnostics: Diagnostic[] }
  | { ok: false; missing: boolean; unreadable: boolean; diagnostics: Diagnostic[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * @param file the path as shown to the user
 * @param absolute the path to read
 * @param referencedAt where the input names this file (for a missing file)
 */
export async function readTextFile(
  file: string,
  absolute: string,
  kind: TextKind,
  referencedAt?: SourceLocation,
): Promise<ReadResult> {
  const where: SourceLocation = { file };
  let size: number;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) {
      return failed(false, true, error('input-unreadable', referencedAt ?? where, { path: file, reason: 'it is a folder' }));
    }
    size = info.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return referencedAt
        ? failed(true, false, error('file-not-found', referencedAt, { path: file }))
        : failed(true, true, error('input-not-found', undefined, { path: file }));
    }
    return failed(false, true, error('input-unreadable', referencedAt ?? where, { path: file, reason: String(code) }));
  }
  if (size > MAX_BYTES[kind]) {
    return failed(false, false, error('file-too-large', where, { size, limit: MAX_BYTES[kind], kind: kind.toUpperCase() }));
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    return failed(false, true, error('input-unreadable', referencedAt ?? where, { path: file, reason }));
  }
  if (/\.gz$/i.test(absolute)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES[kind] });
    } catch (e) {
      const tooLarge = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return failed(false, false, tooLarge ? error('file-too-large', where, { size: `more than ${MAX_BYTES[kind]}`, limit: MAX_BYTES[kind], kind: kind.toUpperCase() }) : error('file-gzip', where));
    }
  }
  return decode(bytes, where);
}

export function decode(bytes: Buffer, where: SourceLocation): ReadResult {
  if (bytes.length === 0) return failed(false, false, error('file-empty', where));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), where, []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), where, []);
  if (looksBinary(bytes)) return failed(false, false, error('file-binary', where));
  try {
    return decoded(utf8.decode(bytes), where, []);
  } catch {
    return decoded(decodeWindows1252(bytes), where, [warning('file-encoding', where)]);
  }
}

function decoded(text: string, where: SourceLocation, diagnostics: Diagnostic[]): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failed(false, false, error('file-empty', where));
  return { ok: true, text: body, diagnostics };
}

/** NUL bytes, or many control characters near the start, mean this is no text file. */
function looksBinary(bytes: Buffer): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 100;
}

function failed(missing: boolean, unreadable: boolean, diagnostic: Diagnostic): ReadResult {
  return { ok: false, missing, unreadable, diagnostics: [diagnostic] };
}
