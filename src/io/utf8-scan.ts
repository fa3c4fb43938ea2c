// Tells a UTF-8 file with a few stray bytes from a file in another encoding.
// A file whose non-ASCII text is mostly well-formed UTF-8 is UTF-8; its bad
// bytes are replaced and reported one by one. Only a file with no more valid
// multi-byte sequences than invalid bytes is read as Windows-1252.
// Well-formedness follows the Unicode Standard, table 3-7.

export interface Utf8Scan {
  /** Valid sequences of two to four bytes. */
  multibyte: number;
  /** Offsets of bytes that start no valid sequence. */
  invalid: number[];
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: number[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid.push(i);
      i++;
    } else {
      multibyte++;
      i += length;
    }
  }
  return { multibyte, invalid };
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The 1-based line and column (in characters) of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let col = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) col++;
  return { line, col };
}
