import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../../src/model/json-text.js';
import { ROOT } from '../../helpers/run-eco.js';

const text = (value: unknown): string => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it.each([
    ['an empty object', {}],
    ['an empty list', []],
    ['nested empties', [[[]], { a: {} }]],
    ['undefined and functions, in objects and in lists', { a: undefined, b: () => 1, c: [undefined, () => 2, 3] }],
    ['text that needs escaping', { 'k"ey': 'a\n"b"\u2028', n: -0.5e-12 }],
    ['deep nesting', { a: { b: { c: { d: [1, { e: [2] }] } } } }],
    ['scalars', 'text'],
    ['null', null],
    ['a list longer than a slice, with brackets in its text', { rows: Array.from({ length: 1100 }, (_, i) => ({ id: `[${i}]`, v: [i, { w: ']' }] })) }],
    ['lists of lists', [Array.from({ length: 600 }, (_, i) => [i, '[', undefined])]],
  ])('gives the bytes of JSON.stringify(value, null, 2) for %s', (_, value) => {
    expect(text(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('gives the same bytes for a whole eco-map document, in many pieces', () => {
    const document = JSON.parse(readFileSync(`${ROOT}test/reference/fixtures/les-miserables.json`, 'utf8')) as unknown;
    expect(text(document)).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect([...jsonChunks(document)].length).toBeGreaterThan(100);
  });
});
