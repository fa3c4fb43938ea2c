import { describe, expect, it } from 'vitest';
import { likelyDuplicates, looseName } from '../../../src/model/likely-duplicates.js';

describe('likely duplicates', () => {
  it('takes accents, case, punctuation and company forms away from a name', () => {
    expect(looseName('Ymparistöministeriö')).toBe(looseName('Ympäristöministeriö'));
    expect(looseName('AB A.HÄGGBLOM OY')).toBe('a haggblom');
    expect(looseName('Atria Oyj')).toBe(looseName('atria oy'));
    expect(looseName('Oy Ab')).toBe('oy ab');
  });

  it('pairs each repeat with the first row it repeats, once, with the reason', () => {
    const actors = [
      { id: 'a', name: 'Atria Oyj', businessId: '0201256-6' },
      { id: 'b', name: 'Valio Oy' },
      { id: 'c', name: 'ATRIA OY' },
      { id: 'd', name: 'Lihatalo', businessId: '0201256-6' },
      { id: 'e', name: 'Valio Oy' },
    ];
    expect(likelyDuplicates({ actors })).toEqual([
      { keep: 0, repeat: 2, reason: 'similar-name' },
      { keep: 0, repeat: 3, reason: 'business-id' },
      { keep: 1, repeat: 4, reason: 'same-name' },
    ]);
  });
});
