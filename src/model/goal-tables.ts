// Goals kept as tables, as a steering group keeps them in a spreadsheet: one
// row per goal, and the indicators and tasks in tables of their own, each row
// naming its goal by id or by title. Nested here into the goals a manifest
// would list, with every value still located in the row it was read from.
import { about, type Diagnostic, error } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { rowPlace } from '../diagnostics/format.js';
import type { Locator, Path } from '../diagnostics/locator.js';
import { isPlainObject } from './values.js';

export type GoalPart = 'indicators' | 'tasks';

/** A table read as records, and where each of its values is. */
export interface TypedTable {
  /** Absent when the table could not be read as records. */
  items?: unknown[];
  locator: Locator;
  diagnostics: Diagnostic[];
}

const PART_ENTITY: Record<GoalPart, string> = { indicators: 'indicator', tasks: 'task' };

/** As names are matched: NFKC, case-folded, runs of white space as one space. */
const looseKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function nestGoalTables(goals: TypedTable, parts: ReadonlyMap<GoalPart, TypedTable>): TypedTable {
  const diagnostics = [...goals.diagnostics];
  if (!goals.items) {
    for (const part of parts.values()) for (const d of part.diagnostics) diagnostics.push(d);
    return { locator: goals.locator, diagnostics };
  }
  const items = goals.items.filter(isPlainObject);
  const find = goalFinder(items, goals.locator);
  /** For each part and goal, the part's row each nested item came from. */
  const rowsOf = new Map<GoalPart, Map<number, number[]>>();
  for (const [part, table] of parts) {
    const rows = new Map<number, number[]>();
    rowsOf.set(part, rows);
    const placedAt = new Map<number, Path>();
    (table.items ?? []).forEach((item, r) => {
      if (!isPlainObject(item)) return;
      const written = item['goal'];
      delete item['goal'];
      const found = find(written);
      if (typeof found !== 'number') {
        const label = String(item['name'] ?? item['title'] ?? item['id'] ?? `#${r + 1}`);
        diagnostics.push(error(found.code, table.locator.locate([r, 'goal']), { entity: PART_ENTITY[part], label, ...found.args }));
        return;
      }
      const goal = items[found]!;
      const list = Array.isArray(goal[part]) ? (goal[part] as unknown[]) : [];
      goal[part] = list;
      list.push(item);
      const placed = rows.get(found) ?? [];
      placed.push(r);
      rows.set(found, placed);
      placedAt.set(r, ['goals', found, part, list.length - 1]);
    });
    // A problem with a row (a CSV row of the wrong width) is about the item it became.
    for (const d of table.diagnostics) {
      const row = d.path?.[0] === part ? d.path[1] : undefined;
      const at = typeof row === 'number' ? placedAt.get(row) : undefined;
      diagnostics.push(at ? about(d, [...at, ...d.path!.slice(2)]) : d);
    }
  }
  return {
    items: goals.items,
    diagnostics,
    locator: {
      locate(path, options) {
        const [goal, field, index, ...rest] = path;
        const part = field === 'indicators' || field === 'tasks' ? field : undefined;
        if (part && typeof goal === 'number' && typeof index === 'number') {
          const row = rowsOf.get(part)?.get(goal)?.[index];
          const table = parts.get(part);
          if (row !== undefined && table) return table.locator.locate([row, ...rest], options);
        }
        return goals.locator.locate(path, options);
      },
    },
  };
}

type Found = number | { code: 'goal-not-found' | 'goal-ambiguous'; args: Record<string, string | undefined> };

/** Finds the goal a row names: by its id, else by its title (case and spacing aside). */
function goalFinder(goals: readonly Record<string, unknown>[], locator: Locator): (written: unknown) => Found {
  const byId = new Map<string, number>();
  const byKey = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    byKey.set(key, list);
  };
  goals.forEach((goal, i) => {
    if (typeof goal['id'] === 'string' && goal['id'].trim() !== '') {
      byId.set(goal['id'].trim(), i);
      add(looseKey(goal['id']), i);
    }
    if (typeof goal['title'] === 'string') add(looseKey(goal['title']), i);
  });
  const names = goals.flatMap((g) => [g['id'], g['title']]).filter((v): v is string => typeof v === 'string');
  return (written) => {
    const text = typeof written === 'string' || typeof written === 'number' ? String(written).trim() : '';
    if (text === '') return { code: 'goal-not-found', args: { goal: '' } };
    const exact = byId.get(text);
    if (exact !== undefined) return exact;
    const loose = byKey.get(looseKey(text)) ?? [];
    if (loose.length === 1) return loose[0]!;
    if (loose.length > 1) {
      const rows = loose.map((i) => rowPlace(locator.locate([i, 'title'])));
      return { code: 'goal-ambiguous', args: { goal: text, rows: rows.join(', ') } };
    }
    return { code: 'goal-not-found', args: { goal: text, suggestion: didYouMean(text, names) } };
  };
}
