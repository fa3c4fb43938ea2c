import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../../src/io/read-bounded.js';
import { decode, lineCount, MAX_BYTES, newReadBudget, readTextFile, takeRows } from '../../../src/io/read-text-file.js';

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

  it('keeps a UTF-8 file UTF-8 when one stray byte is in it, and says where the byte is', () => {
    const bytes = Buffer.concat([Buffer.from('id,nimi\nä,Äänekoski\nö,Öljy '), Buffer.from([0xff]), Buffer.from(' Oy\n')]);
    const result = decode(bytes, where);
    expect(result.ok && result.text).toBe('id,nimi\nä,Äänekoski\nö,Öljy \uFFFD Oy\n');
    expect(result.diagnostics).toEqual([
      { code: 'file-invalid-utf8', severity: 'warning', location: { file: 'actors.csv', line: 3, col: 8 }, args: { byte: 'FF' } },
    ]);
  });

  it('reports the first twenty stray bytes one by one, then how many more', () => {
    const bytes = Buffer.concat([Buffer.from('ä'.repeat(40)), Buffer.from(Array.from({ length: 25 }, () => 0xfe))]);
    const codes = decode(bytes, where).diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'file-invalid-utf8')).toHaveLength(20);
    expect(decode(bytes, where).diagnostics.at(-1)).toMatchObject({ code: 'file-invalid-utf8-more', args: { count: 5 } });
  });
});

describe('readBounded', () => {
  it('counts the bytes while reading: a file whose size stat reports as 0 is still bounded', async () => {
    expect(await readBounded('/proc/self/status', 10)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('reads a regular file whole, and refuses one over the limit by its size', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'eco-read-')), 'a.csv');
    writeFileSync(file, 'id,nimi\n');
    const read = await readBounded(file, 100);
    expect(read.ok && read.bytes.toString()).toBe('id,nimi\n');
    expect(await readBounded(file, 4)).toEqual({ ok: false, problem: 'too-large', size: 8 });
  });

  it('refuses a device and a folder', async () => {
    expect(await readBounded('/dev/zero', 100)).toEqual({ ok: false, problem: 'not-regular' });
    expect(await readBounded(tmpdir(), 100)).toEqual({ ok: false, problem: 'folder' });
  });
});

describe('row limits', () => {
  it('counts lines as a bound on rows, a last line without a line break included', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('id,name\na,A\n')).toBe(2);
    expect(lineCount('id,name\na,A')).toBe(2);
  });

  it('takes rows until the run has none left, actors by their own limit', () => {
    const budget = newReadBudget('map');
    expect(takeRows(budget, { rows: 600_000, actors: 600_000 }, { file: 'a.csv' })).toBeUndefined();
    expect(takeRows(budget, { rows: 500_000, actors: 500_000 }, { file: 'b.csv' })).toMatchObject({
      code: 'file-too-many-rows',
      location: { file: 'b.csv' },
      args: { rows: 500_000, limit: 1_000_000, kind: 'actors', purpose: 'map' },
    });
    expect(takeRows(budget, { rows: 3_000_000, actors: 0 }, { file: 'links.csv' })).toBeUndefined();
    expect(takeRows(budget, { rows: 500_000, actors: 0 }, { file: 'more.csv' })).toMatchObject({ args: { kind: 'rows', limit: 4_000_000 } });
    expect(takeRows(newReadBudget(), { rows: 2_000_001, actors: 2_000_001 }, { file: 'a.csv' })).toMatchObject({ args: { kind: 'actors', limit: 2_000_000 } });
  });
});

describe('readTextFile', () => {
  it('counts every CSV file of a run against one allowance, and says how much came before', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-read-'));
    writeFileSync(path.join(dir, 'a.csv'), 'id,name\na,A\n');
    const budget = { ...newReadBudget(), csvBytes: MAX_BYTES.csv };
    expect((await readTextFile('a.csv', path.join(dir, 'a.csv'), 'csv', undefined, budget)).ok).toBe(true);
    expect(budget.csvBytes).toBe(MAX_BYTES.csv - 12);
    budget.csvBytes = 5;
    const second = await readTextFile('a.csv', path.join(dir, 'a.csv'), 'csv', undefined, budget);
    expect(second.diagnostics).toEqual([
      {
        code: 'file-too-large',
        severity: 'error',
        location: { file: 'a.csv' },
        args: { size: 12, limit: MAX_BYTES.csv, kind: 'CSV', before: MAX_BYTES.csv - 5 },
      },
    ]);
  });
});
