import { describe, expect, it } from 'vitest';
import { businessIdProblem } from '../../../src/model/business-id.js';

describe('businessIdProblem (Y-tunnus check digit)', () => {
  it.each(['0201256-6', '0116297-6', '1572860-0', '2617416-4'])('accepts the valid id %s', (id) => {
    expect(businessIdProblem(id)).toBeUndefined();
  });

  it('accepts an old six-digit id, read with a leading zero', () => {
    expect(businessIdProblem('201256-6')).toBeUndefined();
  });

  it('names the right check digit when it is wrong', () => {
    expect(businessIdProblem('0201256-7')).toEqual({ reason: 'checksum', expected: '6' });
    expect(businessIdProblem('1234567-8')).toEqual({ reason: 'checksum', expected: '1' });
  });

  it('rejects digits whose remainder is 1 (never issued)', () => {
    // 0000010: 1·2 = 2 → no; 0000100: 1·4 = 4; find by brute force one with remainder 1.
    const weights = [7, 9, 10, 5, 8, 4, 2];
    let digits = '';
    for (let n = 0; n < 10_000_000; n++) {
      const s = String(n).padStart(7, '0');
      const sum = [...s].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
      if (sum % 11 === 1) {
        digits = s;
        break;
      }
    }
    expect(businessIdProblem(`${digits}-0`)).toEqual({ reason: 'checksum', expected: '' });
  });

  it.each(['1234567', '12345678-9', '1234567-', 'FI02012566', '0201256–6'])('rejects the form of %s', (id) => {
    expect(businessIdProblem(id)).toEqual({ reason: 'form' });
  });
});
