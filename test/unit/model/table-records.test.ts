import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv-file.js';
import { tableRecords, typedCell } from '../../../src/model/table-records.js';

describe('tableRecords', () => {
  it('maps Finnish headers in any case and keeps extra columns as attributes', () => {
    const { csv } = parseCsv('Tunnus;NIMI;Sektori;Kerros;Y-tunnus;Toimiala\na;Alfa Oy;yritys;aktiivinen;0201256-6;ICT\n', 'a.csv');
    const result = tableRecords(csv!, 'actor');
    expect(result.diagnostics).toEqual([]);
    expect(result.records).toEqual([{ id: 'a', name: 'Alfa Oy', sector: 'yritys', layer: 'aktiivinen', businessId: '0201256-6', Toimiala: 'ICT' }]);
    expect(result.columnOf.get('businessId')).toBe(4);
  });

  it('types link cells: decimal comma, yes/no, Finnish dates', () => {
    const { csv } = parseCsv('lähde;kohde;paino;suunnattu;alkaen\na;b;"2,5";kyllä;4.9.2024\n', 'l.csv');
    expect(tableRecords(csv!, 'link').records).toEqual([{ source: 'a', target: 'b', weight: 2.5, directed: true, since: '2024-09-04' }]);
  });

  it('warns of a column links do not have, with a suggestion', () => {
    const { csv } = parseCsv('source,target,wieght\na,b,1\n', 'l.csv');
    const result = tableRecords(csv!, 'link');
    expect(result.diagnostics.map((d) => [d.code, d.args['suggestion']])).toEqual([['csv-unknown-column', 'weight']]);
    expect(result.records).toEqual([{ source: 'a', target: 'b' }]);
  });

  it('gives no records when a required column is missing', () => {
    const { csv } = parseCsv('id,sector\na,company\n', 'a.csv');
    const result = tableRecords(csv!, 'actor');
    expect(result.records).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['csv-missing-column']);
  });
});

describe('typedCell', () => {
  it('leaves what does not fit as text, for the schema to report', () => {
    expect(typedCell('paljon', 'number')).toBe('paljon');
    expect(typedCell('ehkä', 'boolean')).toBe('ehkä');
    expect(typedCell('1e3', 'number')).toBe(1000);
    expect(typedCell('a; b ;', 'list')).toEqual(['a', 'b']);
  });
});
