// A sheet as a table: the header is the row naming the most fields, a header
// split over two merged rows is read as one, and a cell merged down over data
// rows gives its value to each of them.
import { describe, expect, it } from 'vitest';
import { sheetTable, type HeaderTest } from '../../../src/model/sheet-table.js';

const FIELDS = new Set(['nimi', 'sektori', 'kerros', 'y-tunnus']);
const test: HeaderTest = {
  isHeader: (texts) => texts.some((t) => t.toLowerCase() === 'nimi'),
  fields: (texts) => texts.filter((t) => FIELDS.has(t.toLowerCase())).length,
  isKey: (header) => header.toLowerCase() === 'nimi',
};

describe('sheetTable', () => {
  it('passes over a row of group titles that names a field too', () => {
    const table = sheetTable(
      'k.xlsx',
      {
        name: 'Toimijat',
        rows: [
          { number: 1, cells: ['Nimi', null, 'Luokittelu'] },
          { number: 2, cells: ['Nimi', 'Y-tunnus', 'Sektori', 'Kerros'] },
          { number: 3, cells: ['Alfa Oy', '0000001-9', 'yritys', 'partneri'] },
        ],
      },
      test,
    );
    expect(table.header).toEqual(['Nimi', 'Y-tunnus', 'Sektori', 'Kerros']);
    expect(table.rows).toEqual([['Alfa Oy', '0000001-9', 'yritys', 'partneri']]);
    expect(table.locateCell(0, 2)).toEqual({ file: 'k.xlsx', sheet: 'Toimijat', line: 3, col: 3 });
  });

  it('fills a cell merged down over data rows, but not one merged across columns or over the header', () => {
    const table = sheetTable(
      'k.xlsx',
      {
        name: 'Toimijat',
        rows: [
          { number: 1, cells: ['Nimi', 'Sektori', 'Kerros'] },
          { number: 2, cells: ['Alfa Oy', 'yritys', 'partneri'] },
          { number: 3, cells: ['Beta Oy', null, null] },
          { number: 5, cells: ['Gamma ry', null, 'aktiivinen'] },
        ],
        merges: [
          { top: 2, left: 1, bottom: 5, right: 1 },
          { top: 2, left: 2, bottom: 2, right: 3 },
          { top: 1, left: 0, bottom: 2, right: 0 },
        ],
      },
      test,
    );
    expect(table.rows).toEqual([
      ['Alfa Oy', 'yritys', 'partneri'],
      ['Beta Oy', 'yritys', null],
      ['Gamma ry', 'yritys', 'aktiivinen'],
    ]);
  });

  it('reads group titles merged across columns over the header from the row below, a heading merged down from above included', () => {
    const table = sheetTable(
      'k.xlsx',
      {
        name: 'Toimijat',
        rows: [
          { number: 1, cells: ['Toimija', null, 'Sektori', 'Yhteystiedot', null] },
          { number: 2, cells: ['Nimi', 'Lyhenne', null, 'Kunta', 'Verkkosivu'] },
          { number: 3, cells: ['Alfa Oy', 'A', 'yritys', 'Seinäjoki', 'alfa.fi'] },
        ],
        merges: [
          { top: 1, left: 0, bottom: 1, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 4 },
        ],
      },
      {
        ...test,
        fields: (texts) => texts.filter((t) => [...FIELDS, 'toimija', 'kunta', 'verkkosivu'].includes(t.toLowerCase())).length,
        isHeader: (texts) => texts.some((t) => ['nimi', 'toimija'].includes(t.toLowerCase())),
      },
    );
    expect(table.header).toEqual(['Nimi', 'Lyhenne', 'Sektori', 'Kunta', 'Verkkosivu']);
    expect(table.rows).toEqual([['Alfa Oy', 'A', 'yritys', 'Seinäjoki', 'alfa.fi']]);
    expect(table.locateHeader(0)).toEqual({ file: 'k.xlsx', sheet: 'Toimijat', line: 2, col: 1 });
  });

  it('passes over section titles merged across the table and a totals row, and says which', () => {
    const table = sheetTable(
      'k.xlsx',
      {
        name: 'Toimijat',
        rows: [
          { number: 1, cells: ['Nimi', 'Sektori'] },
          { number: 2, cells: ['YRITYKSET', null] },
          { number: 3, cells: ['Summa Oy', 'yritys'] },
          { number: 4, cells: ['Yhteensä 1', null] },
        ],
        merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
      },
      test,
    );
    expect(table.rows).toEqual([['Summa Oy', 'yritys']]);
    expect(table.passedOver).toEqual([
      { line: 2, text: 'YRITYKSET', kind: 'section' },
      { line: 4, text: 'Yhteensä 1', kind: 'total' },
    ]);
    expect(table.locateRow(0)).toEqual({ file: 'k.xlsx', sheet: 'Toimijat', line: 3 });
  });
});
