// Names as keys, as people keep inventories in spreadsheets: an actor without
// an id is known by its business id, else its name (a project or an event by
// its title); and a link, a project partner, an event participant, an owner
// may name an actor by its id, its name (case, spacing and Unicode
// normalisation aside) or its business id — an event its project by title.
// References are rewritten to ids here, before they are checked; a name two
// actors share cannot say which one is meant, and is an error naming both.
import { about, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { rowPlace } from '../diagnostics/format.js';
import type { Locator, Path } from '../diagnostics/locator.js';
import { records } from './normalize.js';
import { isPlainObject } from './values.js';

/** A name as matched: NFKC, case-folded, runs of white space as one space. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A business id as matched: without spaces, with its leading zeros (123456-7 is 0123456-7). */
export function businessIdKey(value: string): string {
  return value.replace(/\s+/g, '').padStart(9, '0');
}

/**
 * Gives every actor, project, event, goal, indicator and task without an id
 * one: an actor its business id, else its name; an indicator its name; the
 * others their title — unique, in input
 * order ("Name", then "Name (2)"), and never one another already has.
 */
export function deriveIds(document: Record<string, unknown>): Set<string> {
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : '');
  const derived = new Set<string>();
  derive(records(document['actors']), (a) => text(a['businessId']) || text(a['name']), derived);
  derive(records(document['projects']), (p) => text(p['title']), new Set());
  derive(records(document['events']), (e) => text(e['title']), new Set());
  const goals = records(document['goals']);
  derive(goals, (g) => text(g['title']), new Set());
  // Indicators and tasks are reported by their own ids, so theirs are unique across goals.
  const goalItems = goals.flatMap((g) => [...records(g['indicators']), ...records(g['tasks'])]);
  derive(goalItems, (item) => text(item['name']) || text(item['title']), new Set());
  return derived;
}

/** @param derived gets the ids made here */
function derive(items: Record<string, unknown>[], base: (item: Record<string, unknown>) => string, derived: Set<string>): void {
  const taken = new Set(items.map((a) => a['id']).filter((id): id is string => typeof id === 'string'));
  for (const item of items) {
    if (item['id'] !== undefined) continue;
    const from = base(item);
    if (from === '') continue;
    let id = from;
    for (let n = 2; taken.has(id); n++) id = `${from} (${n})`;
    taken.add(id);
    derived.add(id);
    item['id'] = id;
  }
}

/** An actor defined elsewhere (a member of a network of ecosystems), by its id, name and business id. */
export interface KnownActor {
  id: string;
  name?: string;
  businessId?: string;
}

/** An actor a name may stand for, and where it is defined (none for a member's actor). */
interface Named {
  id: string;
  path: Path | undefined;
}

interface Candidates {
  ids: Set<string>;
  byName: Map<string, Named[]>;
  /** Actors by business id: two that share one (a likely duplicate) leave it saying no one actor. */
  byBusinessId: Map<string, Named[]>;
}

/**
 * Rewrites every reference to an actor into its id; ambiguous names are
 * errors. Unknown ones are left for checkReferences.
 * @param derived ids eco made from names: such an id stands for its name, which may be shared
 */
export function resolveActorReferences(
  document: Record<string, unknown>,
  locator: Locator,
  external: readonly KnownActor[] = [],
  derived: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const candidates = indexActors(document, external);
  // An id eco made from a name that actors share stands for that name, which says no one actor.
  // So does one made from a business id that actors share.
  for (const id of derived) {
    const shared = (candidates.byName.get(nameKey(id))?.length ?? 0) > 1 || (candidates.byBusinessId.get(businessIdKey(id))?.length ?? 0) > 1;
    if (shared) candidates.ids.delete(id);
  }
  const diagnostics: Diagnostic[] = [];
  const resolver = actorResolver(candidates, locator, diagnostics);
  const info = document['ecosystem'];
  if (isPlainObject(info)) resolver.resolveList(info['orchestrators'], ['ecosystem', 'orchestrators'], 'orchestrator');
  resolveLinks(records(document['links']), candidates.ids, resolver);
  records(document['projects']).forEach((project, i) => {
    resolver.resolveField(project, 'lead', ['projects', i], 'lead');
    resolver.resolveList(project['partners'], ['projects', i, 'partners'], 'partner');
    records(project['workPackages']).forEach((wp, j) => resolver.resolveField(wp, 'lead', ['projects', i, 'workPackages', j], 'work package lead'));
  });
  resolveEvents(document, resolver);
  records(document['goals']).forEach((goal, i) => {
    resolver.resolveField(goal, 'owner', ['goals', i], 'owner');
    records(goal['tasks']).forEach((task, j) => resolver.resolveField(task, 'owner', ['goals', i, 'tasks', j], 'task owner'));
  });
  return diagnostics;
}

/** Rewrites a reference (in a field, or each in a list) into the id it names, reporting a name actors share. */
interface Resolver {
  resolve: (value: unknown, path: Path, field: string) => unknown;
  resolveList: (value: unknown, path: Path, field: string) => void;
  resolveField: (record: Record<string, unknown>, key: string, path: Path, field: string) => void;
}

function actorResolver(candidates: Candidates, locator: Locator, diagnostics: Diagnostic[]): Resolver {
  const lookUp = actorLookup(candidates);
  const where = (path: Path | undefined): string => (path ? rowPlace(locator.locate(path)) : 'a member');
  const resolve = (value: unknown, path: Path, field: string): unknown => {
    if (typeof value !== 'string' || candidates.ids.has(value)) return value;
    const found = lookUp(value);
    if (found === null) return value;
    if ('id' in found) return found.id;
    diagnostics.push(
      about(
        error('ambiguous-actor', locator.locate(path), {
          field,
          name: value,
          actors: found.named.map((n) => `"${n.id}" (${where(n.path)})`).join(', '),
          ...(found.businessId && { by: 'businessId' }),
        }),
        path,
      ),
    );
    return value;
  };
  return {
    resolve,
    resolveList: (value, path, field) => {
      if (Array.isArray(value)) value.forEach((v, i) => (value[i] = resolve(v, [...path, i], field)));
    },
    resolveField: (record, key, path, field) => {
      if (typeof record[key] === 'string') record[key] = resolve(record[key], [...path, key], field);
    },
  };
}

/** The one actor a text names, the several it may mean, or none. */
type Found = { id: string } | { named: Named[]; businessId: boolean } | null;

/** Looks a text up as a business id, else as a name. */
function actorLookup(candidates: Candidates): (value: string) => Found {
  // Links name the same actors again and again: each text is looked up once.
  const lookedUp = new Map<string, Found>();
  return (value) => {
    let found = lookedUp.get(value);
    if (found !== undefined) return found;
    const byBusinessId = /^\s*\d{6,7}-\d\s*$/.test(value) ? candidates.byBusinessId.get(businessIdKey(value)) : undefined;
    const named = byBusinessId ?? candidates.byName.get(nameKey(value));
    found = named === undefined ? null : named.length === 1 ? { id: named[0]!.id } : { named, businessId: byBusinessId !== undefined };
    lookedUp.set(value, found);
    return found;
  };
}

function resolveLinks(links: Record<string, unknown>[], ids: ReadonlySet<string>, { resolve }: Resolver): void {
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    // Most links name ids: paths are made only for the others.
    if (typeof link['source'] === 'string' && !ids.has(link['source'])) link['source'] = resolve(link['source'], ['links', i, 'source'], 'source');
    if (typeof link['target'] === 'string' && !ids.has(link['target'])) link['target'] = resolve(link['target'], ['links', i, 'target'], 'target');
  }
}

/** Participants as actors, and the project by its id or its title. */
function resolveEvents(document: Record<string, unknown>, { resolveList }: Resolver): void {
  const projects = new Map<string, string>();
  for (const p of records(document['projects'])) if (typeof p['id'] === 'string' && typeof p['title'] === 'string') projects.set(nameKey(p['title']), p['id']);
  const projectIds = new Set(projects.values());
  records(document['events']).forEach((event, i) => {
    resolveList(event['participants'], ['events', i, 'participants'], 'participant');
    const project = event['project'];
    if (typeof project === 'string' && !projectIds.has(project)) event['project'] = projects.get(nameKey(project)) ?? project;
  });
}

function indexActors(document: Record<string, unknown>, external: readonly KnownActor[]): Candidates {
  const candidates: Candidates = { ids: new Set(), byName: new Map(), byBusinessId: new Map() };
  const add = (actor: KnownActor, path: Path | undefined): void => {
    candidates.ids.add(actor.id);
    if (actor.name !== undefined) {
      const key = nameKey(actor.name);
      const list = candidates.byName.get(key) ?? [];
      if (!list.some((n) => n.id === actor.id)) list.push({ id: actor.id, path });
      candidates.byName.set(key, list);
    }
    if (actor.businessId !== undefined) {
      const key = businessIdKey(actor.businessId);
      const list = candidates.byBusinessId.get(key) ?? [];
      if (!list.some((n) => n.id === actor.id)) list.push({ id: actor.id, path });
      candidates.byBusinessId.set(key, list);
    }
  };
  records(document['actors']).forEach((a, i) => {
    if (typeof a['id'] !== 'string') return;
    add(
      { id: a['id'], ...(typeof a['name'] === 'string' && { name: a['name'] }), ...(typeof a['businessId'] === 'string' && { businessId: a['businessId'] }) },
      ['actors', i, 'name'],
    );
  });
  for (const actor of external) add(actor, undefined);
  return candidates;
}
