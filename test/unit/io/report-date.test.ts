import { describe, expect, it } from 'vitest';
import { reportDate } from '../../../src/io/report-date.js';
import { UsageError } from '../../../src/diagnostics/errors.js';

const now = () => new Date(Date.UTC(2026, 10, 29, 12));

describe('reportDate', () => {
  it('prefers --as-of, then SOURCE_DATE_EPOCH, then today', () => {
    expect(reportDate('2025-06-30', { SOURCE_DATE_EPOCH: '0' }, now)).toBe('2025-06-30');
    expect(reportDate(undefined, { SOURCE_DATE_EPOCH: '1751241600' }, now)).toBe('2025-06-30');
    expect(reportDate(undefined, {}, now)).toBe('2026-11-29');
  });

  it('refuses impossible dates and malformed epochs', () => {
    expect(() => reportDate('2025-02-29', {}, now)).toThrow(UsageError);
    expect(() => reportDate('30.6.2025', {}, now)).toThrow(UsageError);
    expect(() => reportDate(undefined, { SOURCE_DATE_EPOCH: 'yesterday' }, now)).toThrow(UsageError);
  });
});
