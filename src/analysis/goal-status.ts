// The goals report's arithmetic (DESIGN section 5). For an indicator:
//   progress = (value − baseline) / (target − baseline), clamped to [0, 1];
//     when target = baseline: 1 if the value is the target, else 0;
//   expected = (asOf − baselineDate) / (due − baselineDate), clamped to [0, 1];
//   onTrack  = progress ≥ expected, null when a value or a date is missing.
// The value is `current`, else the latest `history` entry, else the computed
// `metric`. A task is overdue when its due date is before the report date and
// it is not done; it is due soon when it is open (not done, not blocked) and
// due on the report date or within the window after it.
import type { Ecosystem, Goal, Indicator, TaskStatus } from '../model/schema-types.js';
import { TASK_STATUSES } from '../model/vocabulary.js';
import { computeMetric, ENGAGED_LAYERS } from './indicator-metrics.js';
import { figureOrNull, type MapResult } from './map-result.js';

import type { GoalStatus, IndicatorStatus, TaskStatusRow } from '../model/document-types.js';
export type { IndicatorStatus };
import type { EcoStatus as StatusResult } from '../model/document-types.js';
export type { StatusResult };

type TaskCounts = Record<TaskStatus, number> & { overdue: number };

/** How many days ahead a task counts as due soon, unless the command says otherwise. */
const DUE_WITHIN_DAYS = 90;

export function goalStatus(ecosystem: Ecosystem, map: MapResult, asOf: string, dueWithin = DUE_WITHIN_DAYS): StatusResult {
  const engaged = new Set(ecosystem.actors.filter((a) => a.layer && ENGAGED_LAYERS.has(a.layer)).map((a) => a.id));
  const goals = (ecosystem.goals ?? []).map((goal) => oneGoal(goal, ecosystem, map, asOf, engaged));
  const indicators = goals.flatMap((g) => g.indicators);
  const tasks = goals.flatMap((g) => g.taskList);
  const today = days(asOf);
  const overdue = tasks
    .filter((t) => t.overdue)
    .map((t) => ({ id: t.id, goal: t.goal, title: t.title, due: t.due!, owner: t.owner, daysLate: today - days(t.due!) }))
    .sort((a, b) => b.daysLate - a.daysLate || byId(a, b));
  const blocked = tasks
    .filter((t) => t.status === 'blocked')
    .map((t) => ({ id: t.id, goal: t.goal, title: t.title, due: t.due, owner: t.owner }))
    .sort((a, b) => (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || byId(a, b));
  const dueSoon = tasks
    .filter((t) => t.status !== 'done' && t.status !== 'blocked' && t.due !== null && t.due >= asOf && days(t.due) - today <= dueWithin)
    .map((t) => ({ id: t.id, goal: t.goal, title: t.title, due: t.due!, owner: t.owner, daysLeft: days(t.due!) - today }))
    .sort((a, b) => a.daysLeft - b.daysLeft || byId(a, b));
  return {
    schema: 'eco-status/v1',
    asOf,
    dueWithin,
    ecosystem: { id: ecosystem.ecosystem.id, name: ecosystem.ecosystem.name },
    summary: {
      goals: goals.length,
      indicators: indicators.length,
      onTrack: indicators.filter((i) => i.onTrack === true).length,
      offTrack: indicators.filter((i) => i.onTrack === false).length,
      unknown: indicators.filter((i) => i.onTrack === null).length,
      tasks: tasks.length,
      done: tasks.filter((t) => t.status === 'done').length,
      overdue: overdue.length,
      blocked: blocked.length,
      dueSoon: dueSoon.length,
    },
    goals,
    overdue,
    blocked,
    dueSoon,
    ownerProblems: tasks
      .filter((t) => t.status !== 'done' && (t.owner === null || !engaged.has(t.owner)))
      .map((t) => ({ id: t.id, goal: t.goal, owner: t.owner, problem: t.owner === null ? 'no-owner' : 'owner-not-active' })),
    goalsWithoutActiveWork: goals.filter((g) => !g.activelyWorked).map((g) => g.id),
  };
}

function oneGoal(goal: Goal, ecosystem: Ecosystem, map: MapResult, asOf: string, engaged: ReadonlySet<string>): GoalStatus {
  const taskList: TaskStatusRow[] = (goal.tasks ?? []).map((task) => {
    const status = task.status ?? 'planned';
    return {
      id: task.id,
      goal: goal.id,
      title: task.title,
      owner: task.owner ?? null,
      status,
      due: task.due ?? null,
      overdue: isOverdue(task.due, status, asOf),
    };
  });
  const tasks = Object.fromEntries(TASK_STATUSES.map((s) => [s, taskList.filter((t) => t.status === s).length])) as TaskCounts;
  tasks.overdue = taskList.filter((t) => t.overdue).length;
  const openOwners = taskList.filter((t) => t.status !== 'done').map((t) => t.owner);
  return {
    id: goal.id,
    title: goal.title,
    due: goal.due ?? null,
    owner: goal.owner ?? null,
    indicators: (goal.indicators ?? []).map((indicator) => indicatorStatus(indicator, goal.due, ecosystem, map, asOf)),
    tasks,
    taskList,
    activelyWorked: [goal.owner, ...openOwners].some((owner) => owner !== undefined && owner !== null && engaged.has(owner)),
  };
}

function indicatorStatus(indicator: Indicator, due: string | undefined, ecosystem: Ecosystem, map: MapResult, asOf: string): IndicatorStatus {
  const history = [...(indicator.history ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const latest = history[history.length - 1];
  let value: number | null = null;
  let measured: string | null = null;
  if (indicator.current !== undefined) {
    value = indicator.current;
    measured = indicator.measured ?? null;
  } else if (latest) {
    value = latest.value;
    measured = latest.date;
  } else if (indicator.metric) {
    value = computeMetric(indicator.metric, ecosystem, map);
    measured = asOf;
  }
  const progressValue = progress(value, indicator.baseline ?? null, indicator.target ?? null);
  const expectedValue = expected(indicator.baselineDate ?? null, due ?? null, asOf);
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit ?? null,
    metric: indicator.metric ?? null,
    baseline: indicator.baseline ?? null,
    baselineDate: indicator.baselineDate ?? null,
    target: indicator.target ?? null,
    value: figureOrNull(value),
    measured,
    progress: figureOrNull(progressValue),
    expected: figureOrNull(expectedValue),
    onTrack: progressValue === null || expectedValue === null ? null : progressValue >= expectedValue,
    history,
  };
}

export function progress(value: number | null, baseline: number | null, target: number | null): number | null {
  if (value === null || baseline === null || target === null) return null;
  if (target === baseline) return value === target ? 1 : 0;
  return clamp((value - baseline) / (target - baseline));
}

export function expected(baselineDate: string | null, due: string | null, asOf: string): number | null {
  if (baselineDate === null || due === null) return null;
  const span = days(due) - days(baselineDate);
  if (span <= 0) return null;
  return clamp((days(asOf) - days(baselineDate)) / span);
}

export function isOverdue(due: string | undefined | null, status: TaskStatus, asOf: string): boolean {
  return due !== undefined && due !== null && due < asOf && status !== 'done';
}

const byId = (a: { goal: string; id: string }, b: { goal: string; id: string }): number =>
  a.goal < b.goal ? -1 : a.goal > b.goal ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Days since 1970-01-01 of a yyyy-mm-dd date: the difference of two is their distance in days, leap years included. */
function days(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}
