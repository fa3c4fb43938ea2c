// Goals kept as tables nest into the goals a manifest would list: each row
// finds its goal (or its indicator) by id, else by title or name, and a row
// that names none, or names two, is an error at that row.
import { describe, expect, it } from 'vitest';
import type { Locator } from '../../../src/diagnostics/locator.js';
import { type GoalPart, nestGoalTables, type TypedTable } from '../../../src/model/goal-tables.js';

/** A table whose rows are lines 2, 3, … of `file`, its fields columns by their order in `columns`. */
function table(file: string, columns: string[], items: Record<string, unknown>[]): TypedTable {
  const locator: Locator = {
    locate: ([row, field]) => ({
      file,
      ...(typeof row === 'number' && { line: row + 2 }),
      ...(typeof field === 'string' && { col: columns.indexOf(field) + 1 }),
    }),
  };
  return { items, locator, diagnostics: [] };
}

const goals = (): TypedTable => table('tavoitteet.csv', ['id', 'title'], [{ id: 'T1', title: 'Yritykset mukaan' }, { title: 'Yhdistykset mukaan' }]);

describe('nestGoalTables', () => {
  it('nests indicators, tasks and measurements under the goals they name, by id or by title', () => {
    const parts = new Map<GoalPart, TypedTable>([
      [
        'indicators',
        table(
          'mittarit.csv',
          ['goal', 'name'],
          [
            { goal: 'T1', name: 'Yritykset' },
            { goal: 'yhdistykset  MUKAAN', name: 'Yhdistykset' },
          ],
        ),
      ],
      ['tasks', table('tehtavat.csv', ['goal', 'title'], [{ goal: 'Yritykset mukaan', title: 'Työpaja' }])],
      ['history', table('historia.csv', ['goal', 'indicator', 'date', 'value'], [{ indicator: 'yhdistykset', date: '2025-10-01', value: 2 }])],
    ]);
    const nested = nestGoalTables(goals(), parts);
    expect(nested.diagnostics).toEqual([]);
    expect(nested.items).toEqual([
      { id: 'T1', title: 'Yritykset mukaan', indicators: [{ name: 'Yritykset' }], tasks: [{ title: 'Työpaja' }] },
      { title: 'Yhdistykset mukaan', indicators: [{ name: 'Yhdistykset', history: [{ date: '2025-10-01', value: 2 }] }] },
    ]);
    expect(nested.locator.locate([1, 'indicators', 0, 'history', 0, 'value'])).toEqual({ file: 'historia.csv', line: 2, col: 4 });
    expect(nested.locator.locate([0, 'tasks', 0, 'title'])).toEqual({ file: 'tehtavat.csv', line: 2, col: 2 });
    expect(nested.locator.locate([1, 'title'])).toEqual({ file: 'tavoitteet.csv', line: 3, col: 2 });
  });

  it('a measurement of an indicator two goals have must name its goal; one naming no indicator is an error at its row', () => {
    const parts = new Map<GoalPart, TypedTable>([
      [
        'indicators',
        table(
          'mittarit.csv',
          ['goal', 'name'],
          [
            { goal: 'T1', name: 'Jäsenet' },
            { goal: 'Yhdistykset mukaan', name: 'Jäsenet' },
          ],
        ),
      ],
      [
        'history',
        table(
          'historia.csv',
          ['goal', 'indicator', 'date', 'value'],
          [
            { indicator: 'Jäsenet', date: '2025-10-01', value: 2 },
            { goal: 'T1', indicator: 'Jäsenet', date: '2025-10-01', value: 3 },
            { date: '2025-11-01', value: 4 },
          ],
        ),
      ],
    ]);
    const nested = nestGoalTables(goals(), parts);
    expect(nested.diagnostics.map((d) => [d.code, d.location?.line, d.location?.col, d.args['rows'] ?? d.args['indicator']])).toEqual([
      ['indicator-ambiguous', 2, 2, 'tavoitteet.csv:2, tavoitteet.csv:3'],
      ['indicator-not-found', 4, 2, ''],
    ]);
    expect((nested.items as { indicators: { history?: unknown[] }[] }[])[0]!.indicators[0]!.history).toEqual([{ date: '2025-10-01', value: 3 }]);
  });
});
