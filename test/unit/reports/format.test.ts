import { describe, expect, it } from 'vitest';
import { countOf, fill, formatEuro, formatNumber, formatPercent, listOf } from '../../../src/reports/format.js';
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

  it('fills placeholders, counts and lists', () => {
    expect(fill('{a} and {b}', { a: 1, b: 'x' })).toBe('1 and x');
    expect(countOf(1, fi.unit.project, fi)).toBe('1 hanke');
    expect(countOf(3, fi.unit.project, fi)).toBe('3 hanketta');
    expect(listOf(['a', 'b', 'c'], en, 2)).toBe('a, b and 1 more');
    expect(listOf([], fi)).toBe('ei yhtään');
  });

  it('escapes Markdown so input text shows as written', () => {
    expect(escapeMarkdown('a|b *c* <d> [e](f) `g` _h_')).toBe('a\\|b \\*c\\* \\<d\\> \\[e\\](f) \\`g\\` \\_h\\_');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });
});
