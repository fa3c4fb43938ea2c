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

export function checkReferences({ document, locator, incomplete, externalActors }: ReferenceContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const where = rowPlace;

  const actors = records(document['actors']);
  const actorIds = uniqueIds(actors, ['actors'], 'actor', locator, diagnostics, where);
  for (const pair of likelyDuplicates(document)) {
    const keep = actors[pair.keep]!;
    const repeat = actors[pair.repeat]!;
    diagnostics.push(
      warning('likely-duplicate', locator.locate(['actors', pair.repeat, pair.reason === 'business-id' ? 'businessId' : 'name']), {
        name: String(repeat['name'] ?? repeat['id']),
        other: String(keep['name'] ?? keep['id']),
        first: where(locator.locate(['actors', pair.keep])),
        reason: pair.reason,
        keep: String(keep['id']),
      }),
    );
  }

  const names = actors.map((a) => a['name']).filter((n): n is string => typeof n === 'string');
  const checkActor = (value: unknown, path: Path, field: string): void => {
    if (incomplete.has('actors') || typeof value !== 'string' || actorIds.has(value) || externalActors.has(value)) return;
    const suggestion = actorIds.size <= SUGGEST_LIMIT ? didYouMean(value, [...names, ...actorIds.keys()]) : undefined;
    diagnostics.push(about(error('unknown-actor', locator.locate(path), { field, id: value, suggestion }), path));
  };
  const checkActors = (value: unknown, path: Path, field: string): void => {
    if (Array.isArray(value)) value.forEach((id, i) => checkActor(id, [...path, i], field));
  };

  const info = document['ecosystem'];
  if (isPlainObject(info)) checkActors(info['orchestrators'], ['ecosystem', 'orchestrators'], 'orchestrator');

  // Links can number in the hundreds of thousands: paths are built only for a problem.
  const links = records(document['links']);
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const { source, target } = link;
    if (typeof source === 'string' && !actorIds.has(source)) checkActor(source, ['links', i, 'source'], 'source');
    if (typeof target === 'string' && !actorIds.has(target)) checkActor(target, ['links', i, 'target'], 'target');
    if (link['until'] !== undefined) dateOrder(link, ['links', i], 'since', 'until', locator, diagnostics);
  }

  const projects = records(document['projects']);
  const projectIds = uniqueIds(projects, ['projects'], 'project', locator, diagnostics, where);
  projects.forEach((project, i) => {
    checkActor(project['lead'], ['projects', i, 'lead'], 'lead');
    checkActors(project['partners'], ['projects', i, 'partners'], 'partner');
    const packages = records(project['workPackages']);
    uniqueIds(packages, ['projects', i, 'workPackages'], 'work package', locator, diagnostics, where);
    packages.forEach((wp, j) => checkActor(wp['lead'], ['projects', i, 'workPackages', j, 'lead'], 'work package lead'));
    dateOrder(project, ['projects', i], 'start', 'end', locator, diagnostics);
  });

  const events = records(document['events']);
  uniqueIds(events, ['events'], 'event', locator, diagnostics, where);
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

  const goals = records(document['goals']);
  uniqueIds(goals, ['goals'], 'goal', locator, diagnostics, where);
  const goalItems: { record: Record<string, unknown>; path: Path }[] = [];
  goals.forEach((goal, i) => {
    checkActor(goal['owner'], ['goals', i, 'owner'], 'owner');
    records(goal['indicators']).forEach((indicator, j) => {
      goalItems.push({ record: indicator, path: ['goals', i, 'indicators', j] });
      const metric = indicator['metric'];
      if (typeof metric === 'string' && !parseMetric(metric)) {
        diagnostics.push(
          about(error('unknown-metric', locator.locate(['goals', i, 'indicators', j, 'metric']), { metric, suggestion: didYouMean(metric, metricNames()) }), [
            'goals',
            i,
            'indicators',
            j,
            'metric',
          ]),
        );
      }
    });
    records(goal['tasks']).forEach((task, j) => {
      goalItems.push({ record: task, path: ['goals', i, 'tasks', j] });
      checkActor(task['owner'], ['goals', i, 'tasks', j, 'owner'], 'task owner');
    });
  });
  // Indicator and task ids are reported on their own (G1-I1, G1-T2), so they must be unique across goals.
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
            first: where(locator.locate([...first, 'id'])),
          }),
          [...path, 'id'],
        ),
      );
    else seen.set(id, path);
  }
  return diagnostics;
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
