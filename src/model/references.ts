// Stage 3: ids that must name something (actors in links, projects, events and
// goals), ids used twice, one organisation entered twice, dates in the wrong order.
import { about, error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { rowPlace } from '../diagnostics/format.js';
import type { Locator, Path } from '../diagnostics/locator.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { likelyDuplicates } from './likely-duplicates.js';
import { metricNames, parseMetric } from './metric-names.js';
import { records } from './normalize.js';
import { isPlainObject } from './values.js';

/** Above this many actors, "did you mean" for a dangling id is not worth its cost. */
const SUGGEST_LIMIT = 20000;

export interface ReferenceContext {
  document: Record<string, unknown>;
  locator: Locator;
  /** Collections that could not be read: references into them are not checked. */
  incomplete: ReadonlySet<string>;
  /** Actor ids defined by the members of a network of ecosystems. */
  externalActors: ReadonlySet<string>;
}

export function checkReferences(context: ReferenceContext): Diagnostic[] {
  const { document, locator } = context;
  const diagnostics: Diagnostic[] = [];
  const actors = records(document['actors']);
  const actorIds = uniqueIds(actors, ['actors'], 'actor', locator, diagnostics, rowPlace);
  checkLikelyDuplicates(document, actors, locator, diagnostics);
  const checks = referenceChecks(actors, actorIds, context, diagnostics);

  const info = document['ecosystem'];
  if (isPlainObject(info)) checks.checkActors(info['orchestrators'], ['ecosystem', 'orchestrators'], 'orchestrator');
  checkLinks(records(document['links']), checks);
  const projectIds = checkProjects(records(document['projects']), checks);
  checkEvents(records(document['events']), projectIds, checks);
  checkGoals(records(document['goals']), checks);
  return diagnostics;
}

/** What every collection's check needs: where to report, and how to report an id that names no actor. */
interface ReferenceChecks {
  locator: Locator;
  incomplete: ReadonlySet<string>;
  diagnostics: Diagnostic[];
  actorIds: ReadonlyMap<string, number>;
  checkActor: (value: unknown, path: Path, field: string) => void;
  checkActors: (value: unknown, path: Path, field: string) => void;
}

function referenceChecks(
  actors: Record<string, unknown>[],
  actorIds: ReadonlyMap<string, number>,
  { locator, incomplete, externalActors }: ReferenceContext,
  diagnostics: Diagnostic[],
): ReferenceChecks {
  const names = actors.map((a) => a['name']).filter((n): n is string => typeof n === 'string');
  const checkActor = (value: unknown, path: Path, field: string): void => {
    if (incomplete.has('actors') || typeof value !== 'string' || actorIds.has(value) || externalActors.has(value)) return;
    const suggestion = actorIds.size <= SUGGEST_LIMIT ? didYouMean(value, [...names, ...actorIds.keys()]) : undefined;
    diagnostics.push(about(error('unknown-actor', locator.locate(path), { field, id: value, suggestion }), path));
  };
  const checkActors = (value: unknown, path: Path, field: string): void => {
    if (Array.isArray(value)) value.forEach((id, i) => checkActor(id, [...path, i], field));
  };
  return { locator, incomplete, diagnostics, actorIds, checkActor, checkActors };
}

function checkLikelyDuplicates(document: Record<string, unknown>, actors: Record<string, unknown>[], locator: Locator, diagnostics: Diagnostic[]): void {
  for (const pair of likelyDuplicates(document)) {
    const keep = actors[pair.keep]!;
    const repeat = actors[pair.repeat]!;
    diagnostics.push(
      warning('likely-duplicate', locator.locate(['actors', pair.repeat, pair.reason === 'business-id' ? 'businessId' : 'name']), {
        name: String(repeat['name'] ?? repeat['id']),
        other: String(keep['name'] ?? keep['id']),
        first: rowPlace(locator.locate(['actors', pair.keep])),
        reason: pair.reason,
        keep: String(keep['id']),
      }),
    );
  }
}

function checkLinks(links: Record<string, unknown>[], { actorIds, checkActor, locator, diagnostics }: ReferenceChecks): void {
  // Links can number in the hundreds of thousands: paths are built only for a problem.
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const { source, target } = link;
    if (typeof source === 'string' && !actorIds.has(source)) checkActor(source, ['links', i, 'source'], 'source');
    if (typeof target === 'string' && !actorIds.has(target)) checkActor(target, ['links', i, 'target'], 'target');
    if (link['until'] !== undefined) dateOrder(link, ['links', i], 'since', 'until', locator, diagnostics);
  }
}

function checkProjects(projects: Record<string, unknown>[], { checkActor, checkActors, locator, diagnostics }: ReferenceChecks): Map<string, number> {
  const projectIds = uniqueIds(projects, ['projects'], 'project', locator, diagnostics, rowPlace);
  projects.forEach((project, i) => {
    checkActor(project['lead'], ['projects', i, 'lead'], 'lead');
    checkActors(project['partners'], ['projects', i, 'partners'], 'partner');
    const packages = records(project['workPackages']);
    uniqueIds(packages, ['projects', i, 'workPackages'], 'work package', locator, diagnostics, rowPlace);
    packages.forEach((wp, j) => checkActor(wp['lead'], ['projects', i, 'workPackages', j, 'lead'], 'work package lead'));
    dateOrder(project, ['projects', i], 'start', 'end', locator, diagnostics);
  });
  return projectIds;
}

function checkEvents(events: Record<string, unknown>[], projectIds: ReadonlyMap<string, number>, checks: ReferenceChecks): void {
  const { checkActors, incomplete, locator, diagnostics } = checks;
  uniqueIds(events, ['events'], 'event', locator, diagnostics, rowPlace);
  events.forEach((event, i) => {
    checkActors(event['participants'], ['events', i, 'participants'], 'participant');
    const project = event['project'];
    if (typeof project === 'string' && !incomplete.has('projects') && !projectIds.has(project)) {
      const suggestion = didYouMean(project, projectIds.keys());
      diagnostics.push(
        about(error('unknown-project', locator.locate(['events', i, 'project']), { field: 'project', id: project, suggestion }), ['events', i, 'project']),
      );
    }
  });
}

function checkGoals(goals: Record<string, unknown>[], { checkActor, locator, diagnostics }: ReferenceChecks): void {
  uniqueIds(goals, ['goals'], 'goal', locator, diagnostics, rowPlace);
  const goalItems: GoalItem[] = [];
  goals.forEach((goal, i) => {
    checkActor(goal['owner'], ['goals', i, 'owner'], 'owner');
    records(goal['indicators']).forEach((indicator, j) => {
      goalItems.push({ record: indicator, path: ['goals', i, 'indicators', j] });
      checkMetric(indicator['metric'], ['goals', i, 'indicators', j, 'metric'], locator, diagnostics);
    });
    records(goal['tasks']).forEach((task, j) => {
      goalItems.push({ record: task, path: ['goals', i, 'tasks', j] });
      checkActor(task['owner'], ['goals', i, 'tasks', j, 'owner'], 'task owner');
    });
  });
  uniqueGoalItemIds(goalItems, locator, diagnostics);
}

/** An indicator or a task, and where it is. */
interface GoalItem {
  record: Record<string, unknown>;
  path: Path;
}

function checkMetric(metric: unknown, path: Path, locator: Locator, diagnostics: Diagnostic[]): void {
  if (typeof metric === 'string' && !parseMetric(metric)) {
    diagnostics.push(about(error('unknown-metric', locator.locate(path), { metric, suggestion: didYouMean(metric, metricNames()) }), path));
  }
}

// Indicator and task ids are reported on their own (G1-I1, G1-T2), so they must be unique across goals.
function uniqueGoalItemIds(goalItems: readonly GoalItem[], locator: Locator, diagnostics: Diagnostic[]): void {
  const seen = new Map<string, Path>();
  for (const { record, path } of goalItems) {
    const id = record['id'];
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first)
      diagnostics.push(
        about(
          error('duplicate-id', locator.locate([...path, 'id']), {
            entity: path[2] === 'tasks' ? 'task' : 'indicator',
            id,
            first: rowPlace(locator.locate([...first, 'id'])),
          }),
          [...path, 'id'],
        ),
      );
    else seen.set(id, path);
  }
}

function uniqueIds(
  items: Record<string, unknown>[],
  path: Path,
  entity: string,
  locator: Locator,
  diagnostics: Diagnostic[],
  where: (l: SourceLocation) => string,
): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = item['id'];
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else
      diagnostics.push(
        about(error('duplicate-id', locator.locate([...path, i, 'id']), { entity, id, first: where(locator.locate([...path, first, 'id'])) }), [
          ...path,
          i,
          'id',
        ]),
      );
  });
  return ids;
}

/** An end before its start, compared at the precision both give (2024 vs 2024-05 is fine). */
function dateOrder(record: Record<string, unknown>, path: Path, startField: string, endField: string, locator: Locator, diagnostics: Diagnostic[]): void {
  const start = record[startField];
  const end = record[endField];
  if (typeof start !== 'string' || typeof end !== 'string') return;
  const length = Math.min(start.length, end.length);
  if (end.slice(0, length) < start.slice(0, length)) {
    diagnostics.push(about(error('date-order', locator.locate([...path, endField]), { start, end, startField, endField }), [...path, endField]));
  }
}
