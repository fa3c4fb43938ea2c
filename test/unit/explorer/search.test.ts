// Finding actors by name in the explorer: case, accents and spacing aside,
// names that start with the query first, the more central first.
import { describe, expect, it } from 'vitest';
import { matches, normalised } from '../../../src/explorer/search.js';

const NAMES = ['Tampereen kaupunki', 'Business Tampere', 'Tampereen yliopisto', 'Ämmän Paja Oy', 'Pirkanmaan liitto', 'Visit Tampere'].map(normalised);

describe('searching the explorer', () => {
  it('reads case, accents and runs of spaces alike', () => {
    expect(normalised('  ÄMMÄN   Paja ')).toBe('amman paja');
    expect(matches('amman', NAMES, [0, 1, 2, 3, 4, 5], 10)).toEqual([3]);
  });

  it('lists names that start with the query, then a word that does, then any that hold it', () => {
    // Rank: Visit Tampere most central, then Business Tampere, then the rest.
    const rank = [5, 1, 0, 2, 3, 4];
    expect(matches('tampere', NAMES, rank, 10)).toEqual([0, 2, 5, 1]);
    expect(matches('ere', NAMES, rank, 10)).toEqual([5, 1, 0, 2]);
  });

  it('puts the name itself first, then names whose first word it is, and finds actors by municipality last', () => {
    const names = ['Kuhmon kiinteistöpalvelut Oy', 'Kuhmo Oy', 'Kuhmo', 'Iisalmen kaupunki'].map(normalised);
    const cities = ['Kuhmo', 'Kuhmo', 'Kuhmo', 'Iisalmi'].map(normalised);
    expect(matches('kuhmo', names, [0, 1, 2, 3], 10, cities)).toEqual([2, 1, 0]);
    expect(matches('Iisalmi', names, [0, 1, 2, 3], 10, cities)).toEqual([3]);
  });

  it('gives nothing for an empty query and stops at the limit', () => {
    expect(matches('   ', NAMES, [0, 1, 2, 3, 4, 5], 10)).toEqual([]);
    expect(matches('a', NAMES, [0, 1, 2, 3, 4, 5], 2)).toHaveLength(2);
  });
});
