import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/exchange/csv.js';

describe('csv cells for spreadsheets', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+358 40 123', "'+358 40 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTAB', "'\tTAB"],
    ['Tampereen kaupunki', 'Tampereen kaupunki'],
  ])('never lets %j start a formula', (cell, expected) => {
    expect(csvCell(cell, ',', false)).toBe(expected);
  });

  it('keeps numbers numbers, with a decimal comma for Finnish Excel', () => {
    expect(csvCell(-0.25, ',', false)).toBe('-0.25');
    expect(csvCell(-0.25, ';', true)).toBe('-0,25');
    expect(csvCell(Number.NaN, ',', false)).toBe('');
  });

  it('quotes cells with the delimiter, quotes or newlines', () => {
    expect(csvCell('a;b', ';', true)).toBe('"a;b"');
    expect(csvCell('a;b', ',', false)).toBe('a;b');
    expect(csvCell('say "hi"', ',', false)).toBe('"say ""hi"""');
  });

  it('writes Excel files with a BOM, ; and CRLF', () => {
    expect(
      csvText(
        [
          ['id', 'x'],
          ['a', 1.5],
        ],
        { excel: true },
      ),
    ).toBe('\ufeffid;x\r\na;1,5\r\n');
    expect(
      csvText(
        [
          ['id', 'x'],
          ['a', 1.5],
        ],
        { excel: false },
      ),
    ).toBe('id,x\na,1.5\n');
  });
});
