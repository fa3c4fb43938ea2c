import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/io/read-text-file.js';

const where = { file: 'actors.csv' };

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const result = decode(Buffer.from('\ufeffid;nimi\na;Äänekosken kaupunki\n', 'utf8'), where);
    expect(result).toEqual({ ok: true, text: 'id;nimi\na;Äänekosken kaupunki\n', diagnostics: [] });
  });

  it('reads what Finnish Excel saves (Windows-1252) correctly, with a warning', () => {
    const bytes = Buffer.from([...Buffer.from('a;'), 0xc4, 0xe4, 0x6e, 0x65, 0x6b, 0x6f, 0x73, 0x6b, 0x69, 0x3b, 0x80, 0x0a]);
    const result = decode(bytes, where);
    expect(result.ok && result.text).toBe('a;Äänekoski;€\n');
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['file-encoding', 'warning']]);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,nimi\na,Öljy Oy\n', 'utf16le')]);
    expect(decode(bytes, where)).toEqual({ ok: true, text: 'id,nimi\na,Öljy Oy\n', diagnostics: [] });
  });

  it('refuses binary data and empty files', () => {
    expect(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), where).diagnostics[0]?.code).toBe('file-binary');
    expect(decode(Buffer.alloc(0), where).diagnostics[0]?.code).toBe('file-empty');
    expect(decode(Buffer.from(' \n\n'), where).diagnostics[0]?.code).toBe('file-empty');
  });
});
