import { describe, expect, it } from 'vitest';
import { byDate } from '../../../src/analysis/trend.js';
import { lastOfEachMonth } from '../../../src/io/git-history.js';

describe('byDate', () => {
  it('orders by date, oldest first; the same date and the undated keep the order given, the undated last', () => {
    const rows = [
      { id: 'a', date: '2026-06' },
      { id: 'b', date: null },
      { id: 'c', date: '2025-06-30' },
      { id: 'd', date: '2025-06-30' },
      { id: 'e', date: null },
      { id: 'f', date: '2024' },
    ];
    expect(byDate(rows).map((r) => r.id)).toEqual(['f', 'c', 'd', 'a', 'b', 'e']);
  });
});

describe('lastOfEachMonth', () => {
  it('keeps the last commit of each month, in the commits’ order', () => {
    const commits = [
      { hash: '1', date: '2025-06-10' },
      { hash: '2', date: '2025-06-20' },
      { hash: '3', date: '2025-07-01' },
      { hash: '4', date: '2025-08-05' },
      { hash: '5', date: '2025-08-06' },
    ];
    expect(lastOfEachMonth(commits).map((c) => c.hash)).toEqual(['2', '3', '5']);
  });
});
