// Dates and money as people type them in spreadsheets and in YAML.
import { describe, expect, it } from 'vitest';
import { excelDate, excelMoney } from '../../../src/model/spreadsheet-values.js';

describe('excelDate', () => {
  it('reads d.m.yyyy, a month m/yyyy or m.yyyy, and a workbook date cell', () => {
    expect(excelDate('1.9.2024')).toBe('2024-09-01');
    expect(excelDate('31.12.2027')).toBe('2027-12-31');
    expect(excelDate('6/2025')).toBe('2025-06');
    expect(excelDate('12.2025')).toBe('2025-12');
    expect(excelDate(new Date(Date.UTC(2023, 0, 15)))).toBe('2023-01-15');
  });

  it('leaves what is no date as written, for the message to quote', () => {
    expect(excelDate('32.13.2024')).toBe('32.13.2024');
    expect(excelDate('13/2025')).toBe('13/2025');
    expect(excelDate('2024-09-01')).toBe('2024-09-01');
    expect(excelDate('syksy 2024')).toBe('syksy 2024');
  });
});

describe('excelMoney', () => {
  it('reads euros with spaces, dots or commas between thousands, and cents', () => {
    expect(excelMoney('450 000 €')).toBe(450000);
    expect(excelMoney('450 000,50')).toBe(450000.5);
    expect(excelMoney('1.028.182 EUR')).toBe(1028182);
    expect(excelMoney('€450,000')).toBe(450000);
    expect(excelMoney('noin puoli miljoonaa')).toBe('noin puoli miljoonaa');
  });
});
