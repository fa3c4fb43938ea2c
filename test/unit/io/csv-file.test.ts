import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/io/csv-file.js';

describe('detectDelimiter', () => {
  it('picks what the header uses most, outside quotes', () => {
    expect(detectDelimiter('id,name\n')).toBe(',');
    expect(detectDelimiter('id;nimi;sektori\n')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('id\tname\n')).toBe('\t');
  });
});

describe('parseCsv', () => {
  it('locates cells at their physical line and column, past blank lines and multi-line quotes', () => {
    const text = 'id;nimi;sektori\r\na;"Alfa\r\nOy";yritys\r\n\r\nb;Beta;julkinen\r\n';
    const { csv, diagnostics } = parseCsv(text, 'actors.csv');
    expect(diagnostics).toEqual([]);
    expect(csv?.header).toEqual(['id', 'nimi', 'sektori']);
    expect(csv?.rows).toEqual([
      ['a', 'Alfa\r\nOy', 'yritys'],
      ['b', 'Beta', 'julkinen'],
    ]);
    expect(csv?.locateCell(0, 2)).toEqual({ file: 'actors.csv', line: 3, col: 5 });
    expect(csv?.locateCell(1, 1)).toEqual({ file: 'actors.csv', line: 5, col: 3 });
    expect(csv?.locateRow(1)).toEqual({ file: 'actors.csv', line: 5, col: 1 });
    expect(csv?.locateHeader(1)).toEqual({ file: 'actors.csv', line: 1, col: 4 });
  });

  it('skips rows with only empty cells, as spreadsheets write them', () => {
    const { csv } = parseCsv('id;nimi\na;Alfa\n;\n', 'x.csv');
    expect(csv?.rows).toEqual([['a', 'Alfa']]);
  });

  it('points at the quote that never closes', () => {
    const { diagnostics } = parseCsv('id,name\na,Alfa\nb,"Beta\nc,Gamma\n', 'x.csv');
    expect(diagnostics).toEqual([{ code: 'csv-unclosed-quote', severity: 'error', location: { file: 'x.csv', line: 3, col: 3 }, args: {} }]);
  });

  it('reports a row whose field count differs from the header', () => {
    const { diagnostics } = parseCsv('id,name\na,Alfa,extra\n', 'x.csv');
    expect(diagnostics.map((d) => [d.code, d.location?.line, d.args])).toEqual([['csv-field-count', 2, { found: 3, expected: 2 }]]);
  });
});
