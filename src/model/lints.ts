// Stage 4: warnings about an ecosystem that is valid but probably not what its
// authors meant: lone actors, missing sectors, no orchestrator, goals that
// cannot be measured, tasks past their due date, links to self.
import { warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locator } from '../diagnostics/locator.js';
import { records } from './normalize.js';
import { isPlainObject } from './values.js';

export interface LintContext {
  document: Record<string, unknown>;
  locator: Locator;
  /** The report date, YYYY-MM-DD: tasks due before it and not done are overdue; null, none are judged. */
  asOf: string | null;
  /** Collections that could not be read: an actor may have ties there, so isolation is not judged. */
  incomplete: ReadonlySet<string>;
  /** Actors of member ecosystems: an actor also listed in a member may have its ties there. */
  externalActors?: ReadonlySet<string>;
}

export function lint({ document, locator, asOf, incomplete, externalActors }: LintContext): Diagnostic[] {
  const tiesKnown = !['links', 'projects', 'events'].some((name) => incomplete.has(name));
  const diagnostics: Diagnostic[] = [];
  const actors = records(document['actors']);
  const links = records(document['links']);
  const projects = records(document['projects']);
  const events = records(document['events']);

  const tied = new Set<unknown>();
  links.forEach((link, i) => {
    tied.add(link['source']);
    tied.add(link['target']);
    if (link['source'] === link['target'] && typeof link['source'] === 'string') {
      diagnostics.push(warning('self-link', locator.locate(['links', i, 'target']), { id: link['source'] }));
    }
  });
  for (const project of projects) {
    tied.add(project['lead']);
    for (const id of list(project['partners'])) tied.add(id);
    for (const wp of records(project['workPackages'])) tied.add(wp['lead']);
  }
  for (const event of events) for (const id of list(event['participants'])) tied.add(id);

  let orchestrated = false;
  const info = document['ecosystem'];
  if (isPlainObject(info) && list(info['orchestrators']).length > 0) orchestrated = true;
  actors.forEach((actor, i) => {
    const id = actor['id'];
    if (typeof id !== 'string') return;
    if (actor['layer'] === 'orchestrator') orchestrated = true;
    // Potential members have no ties by definition (VTT 2021); the map report lists them to activate.
    if (tiesKnown && !tied.has(id) && actor['layer'] !== 'potential' && !externalActors?.has(id))
      diagnostics.push(warning('isolated-actor', locator.locate(['actors', i, 'id']), { id }));
    if (actor['sector'] === undefined) diagnostics.push(warning('missing-sector', locator.locate(['actors', i]), { id }));
  });
  if (!orchestrated && actors.length > 0) {
    diagnostics.push(warning('no-orchestrator', locator.locate(['ecosystem'], { key: true })));
  }

  records(document['goals']).forEach((goal, i) => {
    if (records(goal['indicators']).length === 0) {
      diagnostics.push(warning('goal-without-indicators', locator.locate(['goals', i, 'id']), { id: String(goal['id']) }));
    }
    records(goal['tasks']).forEach((task, j) => {
      const due = task['due'];
      const status = typeof task['status'] === 'string' ? task['status'] : 'planned';
      if (asOf !== null && typeof due === 'string' && due < asOf && status !== 'done') {
        diagnostics.push(warning('task-overdue', locator.locate(['goals', i, 'tasks', j, 'due']), { id: String(task['id']), due, status, asOf }));
      }
    });
  });
  return diagnostics;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
