// --skip-invalid: a first picture from almost-right data. Each error about one
// value of the document is settled by leaving out as little as makes it valid:
// a bad cell is read as empty; a reference to no actor is dropped from its
// list (a partner, a participant) or its field (a lead, an owner); a row whose
// identity is broken (no name, an id used twice, a link to no actor) is left
// out whole. Every decision is kept, to be said on stderr and in the report.
// Errors about no one value (a file that cannot be read, a CSV with no name
// column) still stop the run.
import type { Diagnostic, DiagnosticArgs, SourceLocation } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import type { Locator, Path } from '../diagnostics/locator.js';
import { messageFor } from '../diagnostics/messages.js';
import { fieldWord, rowWord } from '../diagnostics/messages-fi.js';

const COLLECTIONS = ['actors', 'links', 'projects', 'events', 'goals'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Fields without which a row is no row. */
const IDENTITY: Record<Collection, readonly string[]> = {
  actors: ['id', 'name'],
  links: ['source', 'target'],
  projects: ['id', 'title'],
  events: ['id', 'title'],
  goals: ['id', 'title'],
};
const NESTED_IDENTITY: Record<string, readonly string[]> = { indicators: ['id', 'name'], tasks: ['id', 'title'], workPackages: ['id', 'title'] };
const ENTITY: Record<Collection, string> = { actors: 'actor', links: 'link', projects: 'project', events: 'event', goals: 'goal' };

export interface LeftOut {
  /** A whole row, one value (a cell read as empty), or one name in a list. */
  action: 'row' | 'value' | 'list-item';
  entity: string;
  /** The row as a person knows it: an actor's name, a link's ends, a title. */
  label: string;
  /** The field emptied, or the list a name was taken out of. */
  field?: string;
  /** The name taken out of a list. */
  value?: string;
  location: SourceLocation;
  code: Diagnostic['code'];
  /** The facts of the problem, to say it in any language. */
  args: DiagnosticArgs;
}

export interface Settled {
  leftOut: LeftOut[];
  /** Locates paths of the document as it now is (rows left out shift the rest). */
  locator: Locator;
  /** Errors that no leaving out can settle. */
  unsettled: Diagnostic[];
}

export function leaveOutInvalid(document: Record<string, unknown>, errors: readonly Diagnostic[], locator: Locator): Settled {
  const names = new Map<string, string>();
  for (const actor of Array.isArray(document['actors']) ? document['actors'] : []) {
    const { id, name } = (actor ?? {}) as Record<string, unknown>;
    if (typeof id === 'string' && typeof name === 'string') names.set(id, name);
  }
  const marks: Marks = { leftOut: [], dropRows: new Map(), dropNested: new Map(), emptied: [], names };
  const unsettled: Diagnostic[] = [];
  for (const d of errors) if (!settle(document, d, marks)) unsettled.push(d);
  const kept = applyMarks(document, marks);
  return { leftOut: marks.leftOut, unsettled, locator: remapped(locator, kept) };
}

/** What is to be left out, by the indices the errors give: removed only once every error is settled, so no removal shifts an index another error gives. */
interface Marks {
  leftOut: LeftOut[];
  dropRows: Map<Collection, Set<number>>;
  dropNested: Map<unknown[], Set<number>>;
  emptied: { record: Record<string, unknown>; key: string }[];
  /** Actors' names by id: a link is told by the names of its ends. */
  names: ReadonlyMap<string, string>;
}

/** What every decision about one error says of it. */
type Reason = Pick<LeftOut, 'location' | 'code' | 'args'>;

/** Marks what settles one error; false if no leaving out can. */
function settle(document: Record<string, unknown>, d: Diagnostic, marks: Marks): boolean {
  const path = d.path;
  const collection = path?.[0];
  const index = path?.[1];
  const reason: Reason = { location: d.location ?? { file: '' }, code: d.code, args: d.args };
  if (path && collection === 'ecosystem' && path[1] === 'orchestrators' && typeof path[2] === 'number') {
    const list = (document['ecosystem'] as Record<string, unknown>)['orchestrators'] as unknown[];
    mark(marks.dropNested, list, path[2]);
    marks.leftOut.push({ action: 'list-item', entity: 'ecosystem', label: '', field: 'orchestrators', value: String(list[path[2]]), ...reason });
    return true;
  }
  // A row of a goal's table naming no goal or indicator was never placed among the goals: it is left out already.
  if (d.code === 'goal-not-found' || d.code === 'goal-ambiguous' || d.code === 'indicator-not-found' || d.code === 'indicator-ambiguous') {
    marks.leftOut.push({ action: 'row', entity: String(d.args['entity']), label: String(d.args['label']), ...reason });
    return true;
  }
  if (!path || !isCollection(collection) || typeof index !== 'number') return false;
  const row = (document[collection] as unknown[])[index] as Record<string, unknown> | undefined;
  if (!row || typeof row !== 'object') {
    mark(marks.dropRows, collection, index);
    marks.leftOut.push({ action: 'row', entity: ENTITY[collection], label: `#${index + 1}`, ...reason });
    return true;
  }
  settleInRow(collection, index, row, path, reason, marks);
  return true;
}

/** @param path the error's path, which starts at the row */
function settleInRow(collection: Collection, index: number, row: Record<string, unknown>, path: Path, reason: Reason, marks: Marks): void {
  const label = labelOf(collection, row, marks.names);
  const field = path[2];
  if (field === undefined || IDENTITY[collection].includes(String(field))) {
    mark(marks.dropRows, collection, index);
    marks.leftOut.push({ action: 'row', entity: ENTITY[collection], label, ...reason });
    return;
  }
  const value = row[String(field)];
  const item = path[3];
  if (Array.isArray(value) && typeof item === 'number') {
    const nestedField = path[4];
    const element = value[item];
    if (nestedField !== undefined && element !== null && typeof element === 'object' && NESTED_IDENTITY[String(field)]) {
      settleNested(value, item, String(field), String(nestedField), reason, marks);
      return;
    }
    mark(marks.dropNested, value, item);
    marks.leftOut.push({ action: 'list-item', entity: ENTITY[collection], label, field: String(field), value: String(element), ...reason });
    return;
  }
  marks.emptied.push({ record: row, key: String(field) });
  marks.leftOut.push({ action: 'value', entity: ENTITY[collection], label, field: String(field), ...reason });
}

/** A field of an indicator, a task or a work package. */
function settleNested(list: unknown[], index: number, field: string, nestedField: string, reason: Reason, marks: Marks): void {
  const element = list[index] as Record<string, unknown>;
  const entity = field.replace(/s$/, '');
  if (NESTED_IDENTITY[field]!.includes(nestedField)) {
    mark(marks.dropNested, list, index);
    marks.leftOut.push({ action: 'row', entity, label: labelOf('goals', element), ...reason });
  } else {
    marks.emptied.push({ record: element, key: nestedField });
    marks.leftOut.push({ action: 'value', entity, label: labelOf('goals', element), field: nestedField, ...reason });
  }
}

/** Leaves out what is marked; gives, for each collection shortened, the index each kept row had. */
function applyMarks(document: Record<string, unknown>, marks: Marks): Map<Collection, number[]> {
  for (const { record, key } of marks.emptied) delete record[key];
  for (const [list, indices] of marks.dropNested) removeIndices(list, indices);
  const kept = new Map<Collection, number[]>();
  for (const [collection, indices] of marks.dropRows) {
    const list = document[collection] as unknown[];
    kept.set(
      collection,
      list.map((_, i) => i).filter((i) => !indices.has(i)),
    );
    removeIndices(list, indices);
  }
  return kept;
}

function isCollection(value: unknown): value is Collection {
  return typeof value === 'string' && (COLLECTIONS as readonly string[]).includes(value);
}

function mark<K>(marks: Map<K, Set<number>>, key: K, index: number): void {
  const set = marks.get(key) ?? new Set<number>();
  set.add(index);
  marks.set(key, set);
}

function removeIndices(list: unknown[], indices: ReadonlySet<number>): void {
  for (const i of [...indices].sort((a, b) => b - a)) list.splice(i, 1);
}

function labelOf(collection: Collection, row: Record<string, unknown>, names: ReadonlyMap<string, string> = new Map()): string {
  const text = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const end = (v: unknown): string => (typeof v === 'string' ? (names.get(v) ?? v) : (text(v) ?? '?'));
  if (collection === 'links') return `${end(row['source'])} → ${end(row['target'])}`;
  return text(row['name']) ?? text(row['title']) ?? text(row['id']) ?? '?';
}

/** Paths into the shortened collections, located where those rows were read. */
function remapped(locator: Locator, kept: ReadonlyMap<Collection, number[]>): Locator {
  if (kept.size === 0) return locator;
  return {
    locate(path: Path, options) {
      const [head, index, ...rest] = path;
      const original = isCollection(head) && typeof index === 'number' ? kept.get(head)?.[index] : undefined;
      return locator.locate(original === undefined ? path : [head!, original, ...rest], options);
    },
  };
}

/** One line for stderr: where, what was left out, and why. */
export function describeLeftOut(decision: LeftOut, place: string, lang: Language = 'en'): string {
  const what = lang === 'fi' ? leftOutFi(decision) : leftOutEn(decision);
  return `${place}: ${what} (--skip-invalid): ${messageFor(decision.code, decision.args, lang)}`;
}

function leftOutEn(decision: LeftOut): string {
  return decision.action === 'row'
    ? `left out the ${decision.entity} "${decision.label}"`
    : decision.action === 'value'
      ? `read the ${decision.field} of the ${decision.entity} "${decision.label}" as empty`
      : `took "${decision.value}" out of the ${decision.field}${decision.label ? ` of the ${decision.entity} "${decision.label}"` : ''}`;
}

/** "jätettiin pois toimija "X"", "toimijan "X" sektori tulkittiin tyhjäksi", "poistettiin "Y" hankkeen "X" osatoteuttajista" */
function leftOutFi(decision: LeftOut): string {
  const of = `${rowWord(decision.entity, 'genitive')} "${decision.label}"`;
  return decision.action === 'row'
    ? `jätettiin pois ${rowWord(decision.entity, 'nominative')} "${decision.label}"`
    : decision.action === 'value'
      ? `${of} ${fieldWord(decision.field ?? '', 'nominative')} tulkittiin tyhjäksi`
      : `poistettiin "${decision.value}" ${decision.label ? `${of} ` : ''}${fieldWord(decision.field ?? '', 'elative')}`;
}
