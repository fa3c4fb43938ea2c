// Goals kept as tables, as a steering group keeps them in a spreadsheet: one
// row per goal; the indicators and tasks in tables of their own, each row
// naming its goal by id or by title; and the indicators' measurements over
// time, each row naming its indicator. Nested here into the goals a manifest
// would list, with every value still located in the row it was read from.
import { about, type Diagnostic, error } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { rowPlace } from '../diagnostics/format.js';
import type { Locator, Path } from '../diagnostics/locator.js';
import { nameKey } from './name-keys.js';
import { isPlainObject } from './values.js';

export type GoalPart = 'indicators' | 'tasks' | 'history';

/** A table read as records, and where each of its values is. */
export interface TypedTable {
  /** Absent when the table could not be read as records. */
  items?: unknown[];
  locator: Locator;
  diagnostics: Diagnostic[];
  /** What was decided while reading it, to say on stderr (a section title passed over). */
  notes?: string[];
}

const PART_ENTITY: Record<GoalPart, string> = { indicators: 'indicator', tasks: 'task', history: 'measurement' };

const textOf = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

type Record_ = Record<string, unknown>;

/** Where a nested item came from: its table's row, by the item's place among the goals. */
class Placement {
  private readonly rows = new Map<string, number>();

  place(at: Path, row: number): void {
    this.rows.set(at.join('/'), row);
  }

  rowOf(at: Path): number | undefined {
    return this.rows.get(at.join('/'));
  }
}

export function nestGoalTables(goals: TypedTable, parts: ReadonlyMap<GoalPart, TypedTable>): TypedTable {
  const diagnostics = [...goals.diagnostics];
  if (!goals.items) {
    for (const part of parts.values()) for (const d of part.diagnostics) diagnostics.push(d);
    return { locator: goals.locator, diagnostics };
  }
  const items = goals.items.filter(isPlainObject);
  const findGoal = goalFinder(items, goals.locator);
  const placement = new Placement();
  const problem = (part: GoalPart, table: TypedTable, r: number, item: Record_, field: string, found: Unfound): void => {
    const label = textOf(item['name']) || textOf(item['title']) || textOf(item['id']) || `#${r + 1}`;
    diagnostics.push(error(found.code, table.locator.locate([r, field]), { entity: PART_ENTITY[part], label, ...found.args }));
  };

  for (const part of ['indicators', 'tasks'] as const) {
    const table = parts.get(part);
    if (!table) continue;
    const placedAt = new Map<number, Path>();
    (table.items ?? []).forEach((item, r) => {
      if (!isPlainObject(item)) return;
      const written = item['goal'];
      delete item['goal'];
      const found = findGoal(written);
      if (typeof found !== 'number') return problem(part, table, r, item, 'goal', found);
      const list = listIn(items[found]!, part);
      list.push(item);
      const at: Path = ['goals', found, part, list.length - 1];
      placement.place(at.slice(1), r);
      placedAt.set(r, at);
    });
    diagnostics.push(...aboutItems(table.diagnostics, part, placedAt));
  }

  const history = parts.get('history');
  if (history) {
    const findIndicator = indicatorFinder(items, findGoal, goals.locator);
    const placedAt = new Map<number, Path>();
    (history.items ?? []).forEach((item, r) => {
      if (!isPlainObject(item)) return;
      const writtenGoal = item['goal'];
      const written = item['indicator'];
      delete item['goal'];
      delete item['indicator'];
      const found = findIndicator(written, writtenGoal);
      if (!Array.isArray(found)) {
        const label = `${textOf(written)} ${textOf(item['date'])}`.trim();
        return problem('history', history, r, { name: label }, found.field, found);
      }
      const [g, i] = found;
      const list = listIn(listIn(items[g]!, 'indicators')[i] as Record_, 'history');
      list.push(item);
      const at: Path = ['goals', g, 'indicators', i, 'history', list.length - 1];
      placement.place(at.slice(1), r);
      placedAt.set(r, at);
    });
    diagnostics.push(...aboutItems(history.diagnostics, 'history', placedAt));
  }

  const notes = [goals, ...parts.values()].flatMap((t) => t.notes ?? []);
  return {
    items: goals.items,
    diagnostics,
    ...(notes.length > 0 && { notes }),
    locator: {
      locate(path, options) {
        // [goal, 'indicators', i, 'history', k, …] is a measurement's row; [goal, 'indicators' | 'tasks', i, …] an item's.
        const [, field, , sub, k] = path;
        const deepest: [GoalPart, number][] = [];
        if (field === 'indicators' && sub === 'history' && typeof k === 'number') deepest.push(['history', 5]);
        if (field === 'indicators' || field === 'tasks') deepest.push([field, 3]);
        for (const [part, depth] of deepest) {
          const row = placement.rowOf(path.slice(0, depth));
          const table = parts.get(part);
          if (row !== undefined && table) return table.locator.locate([row, ...path.slice(depth)], options);
        }
        return goals.locator.locate(path, options);
      },
    },
  };
}

/** The list of a record's field, made when it has none. */
function listIn(record: Record_, field: string): unknown[] {
  const list = Array.isArray(record[field]) ? (record[field] as unknown[]) : [];
  record[field] = list;
  return list;
}

/** A problem with a row (a CSV row of the wrong width) is about the item it became. */
function aboutItems(diagnostics: readonly Diagnostic[], part: GoalPart, placedAt: ReadonlyMap<number, Path>): Diagnostic[] {
  return diagnostics.map((d) => {
    const row = d.path?.[0] === part ? d.path[1] : undefined;
    const at = typeof row === 'number' ? placedAt.get(row) : undefined;
    return at ? about(d, [...at, ...d.path!.slice(2)]) : d;
  });
}

type Unfound = { code: 'goal-not-found' | 'goal-ambiguous' | 'indicator-not-found' | 'indicator-ambiguous'; args: Record<string, string | undefined> };

/** Finds the goal a row names: by its id, else by its title (case and spacing aside). */
function goalFinder(goals: readonly Record_[], locator: Locator): (written: unknown) => number | Unfound {
  const byId = new Map<string, number>();
  const byKey = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    byKey.set(key, list);
  };
  goals.forEach((goal, i) => {
    const id = textOf(goal['id']);
    if (id !== '') {
      byId.set(id, i);
      add(nameKey(id), i);
    }
    if (typeof goal['title'] === 'string') add(nameKey(goal['title']), i);
  });
  const names = goals.flatMap((g) => [g['id'], g['title']]).filter((v): v is string => typeof v === 'string');
  return (written) => {
    const text = textOf(written);
    if (text === '') return { code: 'goal-not-found', args: { goal: '' } };
    const exact = byId.get(text);
    if (exact !== undefined) return exact;
    const loose = byKey.get(nameKey(text)) ?? [];
    if (loose.length === 1) return loose[0]!;
    if (loose.length > 1) {
      const rows = loose.map((i) => rowPlace(locator.locate([i, 'title'])));
      return { code: 'goal-ambiguous', args: { goal: text, rows: rows.join(', ') } };
    }
    return { code: 'goal-not-found', args: { goal: text, suggestion: didYouMean(text, names) } };
  };
}

/**
 * Finds the indicator a measurement names, by its id or its name, among the
 * goal's indicators when the row names a goal, else among all: [goal, indicator].
 */
function indicatorFinder(
  goals: readonly Record_[],
  findGoal: (written: unknown) => number | Unfound,
  locator: Locator,
): (written: unknown, goal: unknown) => [number, number] | (Unfound & { field: string }) {
  const all: { g: number; i: number; keys: string[]; id: string }[] = [];
  goals.forEach((goal, g) => {
    (Array.isArray(goal['indicators']) ? goal['indicators'] : []).forEach((indicator: unknown, i) => {
      if (!isPlainObject(indicator)) return;
      const id = textOf(indicator['id']);
      all.push({ g, i, id, keys: [id, textOf(indicator['name'])].filter((k) => k !== '').map(nameKey) });
    });
  });
  const names = all.flatMap(({ g, i }) => {
    const indicator = (goals[g]!['indicators'] as Record_[])[i]!;
    return [indicator['id'], indicator['name']].filter((v): v is string => typeof v === 'string');
  });
  return (written, goal) => {
    const text = textOf(written);
    if (text === '') return { code: 'indicator-not-found', args: { indicator: '' }, field: 'indicator' };
    let candidates = all;
    if (textOf(goal) !== '') {
      const g = findGoal(goal);
      if (typeof g !== 'number') return { ...g, field: 'goal' };
      candidates = all.filter((c) => c.g === g);
    }
    const exact = candidates.filter((c) => c.id === text);
    const found = exact.length > 0 ? exact : candidates.filter((c) => c.keys.includes(nameKey(text)));
    if (found.length === 1) return [found[0]!.g, found[0]!.i];
    if (found.length > 1) {
      const goalsOf = found.map((c) => rowPlace(locator.locate([c.g, 'title'])));
      return { code: 'indicator-ambiguous', args: { indicator: text, rows: goalsOf.join(', ') }, field: 'indicator' };
    }
    return { code: 'indicator-not-found', args: { indicator: text, suggestion: didYouMean(text, names) }, field: 'indicator' };
  };
}
