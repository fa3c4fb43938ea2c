// A shortened name is cut between words, never inside one, and says so with "…".
import { describe, expect, it } from 'vitest';
import { shortenLabel } from '../../../../src/reports/pictures/label-text.js';

describe('shortening a name for a label', () => {
  it('keeps a name that fits as it is', () => {
    expect(shortenLabel('Tampereen yliopisto', 28)).toEqual({ text: 'Tampereen yliopisto', shortened: false });
    expect(shortenLabel('Satakunnan ammattikorkeakoulu', 29)).toEqual({ text: 'Satakunnan ammattikorkeakoulu', shortened: false });
  });

  it('cuts at the last word boundary that leaves room for "…"', () => {
    expect(shortenLabel('Kristiinankaupungin elinkeinokeskus', 30)).toEqual({ text: 'Kristiinankaupungin…', shortened: true });
    expect(shortenLabel('Naturpolis Oy - Nordic Business Center Ltd', 30)).toEqual({ text: 'Naturpolis Oy - Nordic…', shortened: true });
  });

  it('never ends on a dash, comma or opening bracket before the "…"', () => {
    expect(shortenLabel('Naturpolis Oy - Nordic Business Center Ltd', 17).text).toBe('Naturpolis Oy…');
    expect(shortenLabel('UPM-Kymmene Oyj, Rauman tehdas ja satama', 20).text).toBe('UPM-Kymmene Oyj…');
    expect(shortenLabel('Research Initiative (RIOC ry) on Organised Crime', 22).text).toBe('Research Initiative…');
  });

  it('keeps a first word longer than the limit whole rather than cut it', () => {
    expect(shortenLabel('Ammattikorkeakoulukonsortio Oy', 12)).toEqual({ text: 'Ammattikorkeakoulukonsortio…', shortened: true });
  });

  it('every shortened text is the start of the name, at a word boundary', () => {
    const name = 'Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus, Tampereen toimipiste';
    for (let max = 5; max < name.length; max++) {
      const { text, shortened } = shortenLabel(name, max);
      expect(shortened).toBe(true);
      const kept = text.slice(0, -1);
      expect(text.endsWith('…')).toBe(true);
      expect(name.startsWith(kept)).toBe(true);
      // What follows the kept words starts between two words: a space, or the comma or dash before one.
      expect(name.slice(kept.length)).toMatch(/^[\s,-]/);
    }
  });
});
