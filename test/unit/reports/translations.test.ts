// Every report text exists in both languages, and no text is left empty.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/reports/i18n/index.js';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [value];
  return Object.values(value).flatMap(leaves);
}

describe('report translations', () => {
  const [first, ...others] = Object.entries(LANGS);

  it.each(others)('%s has exactly the keys of the first language', (_lang, labels) => {
    expect(keys(labels).sort()).toEqual(keys(first![1]).sort());
  });

  it.each(Object.entries(LANGS))('%s has no empty text', (_lang, labels) => {
    for (const leaf of leaves(labels)) expect(typeof leaf === 'string' ? leaf.length : 1).toBeGreaterThan(0);
  });

  it('a text with a singular and a plural is a pair [one, many] in every language', () => {
    const pairs = (value: unknown, prefix = ''): string[] =>
      Array.isArray(value)
        ? [`${prefix}:${value.length}`]
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => pairs(v, prefix ? `${prefix}.${k}` : k))
          : [];
    for (const [lang, labels] of Object.entries(LANGS)) {
      for (const pair of pairs(labels)) expect(`${lang} ${pair}`).toMatch(/:2$/);
    }
    expect(pairs(first![1]).length).toBeGreaterThan(30);
  });

  it('placeholders are the same in both languages', () => {
    const placeholders = (labels: unknown): string[] =>
      keys(labels).map((key) => {
        const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], labels);
        return `${key}:${
          String(value)
            .match(/\{\w+\}/g)
            ?.sort()
            .join() ?? ''
        }`;
      });
    for (const [, labels] of others) expect(placeholders(labels)).toEqual(placeholders(first![1]));
  });
});
