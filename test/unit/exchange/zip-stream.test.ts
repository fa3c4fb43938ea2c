// The workbook's zip: every entry reads back as written (names, CRC-32,
// sizes in the central directory), and the same entries give the same bytes.
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipStream } from '../../../src/exchange/zip-stream.js';

async function zipOf(entries: { name: string; content: string[] }[]): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of zipStream(entries)) parts.push(part);
  return Buffer.concat(parts);
}

/** The entries as the central directory lists them, each inflated from its local header on. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = offset + 30 + zip.readUInt16LE(offset + 26);
    const data = inflateRawSync(zip.subarray(dataAt, dataAt + compressed));
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    entries.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return entries;
}

describe('zipStream', () => {
  const entries = [
    { name: '[Content_Types].xml', content: ['<Types/>'] },
    { name: 'xl/worksheets/sheet1.xml', content: ['<sheetData>', 'Ääkköset ', 'x'.repeat(100_000), '</sheetData>'] },
    { name: 'empty.xml', content: [] },
  ];

  it('holds every entry as written', async () => {
    const read = unzip(await zipOf(entries));
    expect([...read.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(read.get(e.name)).toBe(e.content.join(''));
  });

  it('gives the same bytes for the same entries', async () => {
    expect((await zipOf(entries)).equals(await zipOf(entries))).toBe(true);
  });
});
