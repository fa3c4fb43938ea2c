import { describe, expect, it } from 'vitest';
import { countOf, fill, fillCount, formatDate, formatEuro, formatNumber, formatPercent, formatPeriod, joinAll, listOf } from '../../../src/reports/format.js';
import { escapeMarkdown } from '../../../src/reports/render.js';
import { en } from '../../../src/reports/i18n/en.js';
import { fi } from '../../../src/reports/i18n/fi.js';

describe('formatting per language', () => {
  it('writes decimals and thousands as each language does', () => {
    expect(formatNumber(0.4213, 2, fi)).toBe('0,42');
    expect(formatNumber(0.4213, 2, en)).toBe('0.42');
    expect(formatNumber(1234567.891, 1, fi)).toBe('1\u00a0234\u00a0567,9');
    expect(formatNumber(1234567.891, 1, en)).toBe('1,234,567.9');
    expect(formatNumber(-0.25, 2, fi)).toBe('−0,25');
    expect(formatNumber(-0.0001, 2, en)).toBe('0.00');
  });

  it('writes euros and percentages', () => {
    expect(formatEuro(1028182, fi)).toBe('1\u00a0028\u00a0182\u00a0€');
    expect(formatEuro(1028182, en)).toBe('€1,028,182');
    expect(formatPercent(0.853, fi)).toBe('85\u00a0%');
    expect(formatPercent(0.853, en)).toBe('85%');
    expect(formatPercent(0.004, en)).toBe('0.4%');
  });

  it('never rounds a share that is not 0 to 0, or one that is not 1 to 100', () => {
    expect(formatPercent(0.0004, fi)).toBe('alle 0,1\u00a0%');
    expect(formatPercent(0.0004, en)).toBe('under 0.1%');
    expect(formatPercent(0.9994, fi)).toBe('99,9\u00a0%');
    expect(formatPercent(0.99996, en)).toBe('over 99.9%');
    expect(formatPercent(1, fi)).toBe('100\u00a0%');
    expect(formatPercent(0, en)).toBe('0%');
  });

  it('writes dates and periods as each language does', () => {
    expect(formatDate('2024-09-04', fi)).toBe('4.9.2024');
    expect(formatDate('2023-10', fi)).toBe('10/2023');
    expect(formatDate('2024', fi)).toBe('2024');
    expect(formatDate('2024-09-04', en)).toBe('2024-09-04');
    expect(formatPeriod('2023-10', '2025-09', fi)).toBe('10/2023–9/2025');
    expect(formatPeriod('2023-10', null, fi)).toBe('10/2023–');
    expect(formatPeriod(null, '2025-09', fi)).toBe('–9/2025');
    expect(formatPeriod(null, null, fi)).toBe('–');
    expect(formatPeriod('2023-10', '2025-09', en)).toBe('2023-10 – 2025-09');
  });

  it('fills placeholders, counts and lists', () => {
    expect(fill('{a} and {b}', { a: 1, b: 'x' })).toBe('1 and x');
    expect(countOf(1, fi.unit.project, fi)).toBe('1 hanke');
    expect(countOf(3, fi.unit.project, fi)).toBe('3 hanketta');
    expect(listOf(['a', 'b', 'c'], en, 2)).toBe('a, b and 1 more');
    expect(listOf(['a', 'b', 'c', 'd'], fi, 2)).toBe('a, b ja 2 muuta');
    expect(listOf(['a', 'b', 'c'], fi, 2)).toBe('a, b ja 1 muu');
    expect(listOf(['a', 'b', 'c'], fi)).toBe('a, b ja c');
    expect(listOf(['a', 'b'], en)).toBe('a and b');
    expect(listOf(['a'], en)).toBe('a');
    expect(listOf([], fi)).toBe('ei yhtään');
    expect(joinAll(['UPM-Kymmene Oyj, Rauman tehdas', 'Rauman kaupunki', 'SAMK'], fi)).toBe('UPM-Kymmene Oyj, Rauman tehdas; Rauman kaupunki ja SAMK');
    expect(fillCount(fi.diff.joined, 1, fi, { names: 'A' })).toBe('1 uusi toimija: A.');
    expect(fillCount(fi.diff.joined, 1000, fi, { names: 'A' })).toBe('1\u00a0000 uutta toimijaa: A.');
    expect(fillCount(en.diff.joined, 2, en, { names: 'A and B' })).toBe('2 new actors: A and B.');
  });

  it('escapes Markdown so input text shows as written', () => {
    expect(escapeMarkdown('a|b *c* <d> [e](f) `g` _h_')).toBe('a\\|b \\*c\\* \\<d\\> \\[e\\](f) \\`g\\` \\_h\\_');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });
});
