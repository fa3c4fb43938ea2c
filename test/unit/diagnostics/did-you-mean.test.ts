import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/diagnostics/did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('company', 'company')).toBe(0);
    expect(editDistance('compnay', 'company')).toBe(1);
    expect(editDistance('comany', 'company')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('didYouMean', () => {
  const sectors = ['company', 'research', 'education', 'public'];

  it('suggests the closest word for a typo', () => {
    expect(didYouMean('reserch', sectors)).toBe('research');
    expect(didYouMean('Publc', sectors)).toBe('public');
  });

  it('suggests nothing for a word far from all', () => {
    expect(didYouMean('banana', sectors)).toBeUndefined();
  });

  it('does not take a one-letter id for a typo of another', () => {
    expect(didYouMean('d', ['a', 'b', 'c'])).toBeUndefined();
    expect(didYouMean('bb', ['a', 'b', 'c'])).toBe('b');
  });
});
