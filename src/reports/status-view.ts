// The view model of the goals status report, in the order a steering group
// reads it: the goals at a glance (indicators on track, with bars against the
// expected line; tasks by status), what needs attention (overdue, blocked and
// soon-due tasks, work without an active owner), then each goal in detail,
// and the member towns' table last.
import type { IndicatorStatus, StatusResult } from '../analysis/goal-status.js';
import { fill, formatDate, formatInteger, formatNumber, formatPercent, idAndTitle, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { labelsFor, type Lang } from './i18n/index.js';
import { indicatorChart } from './pictures/indicator-chart.js';
import { type Table, table } from './table.js';
import { memberTable } from './network-view.js';
import { dataQualitySection } from './data-quality-view.js';
import { slugify } from '../model/values.js';

export interface StatusContext {
  lang: Lang;
  version: string;
  /** Actor names by id. */
  names: ReadonlyMap<string, string>;
  /** Sentences about what changed since an earlier snapshot (eco status --since). */
  since?: { date: string; lines: string[] };
}

/** What the status templates lay out (and a user's own template may use). */
export interface StatusView extends ReturnType<typeof header>, ReturnType<typeof attentionSection> {
  lang: Lang;
  t: Labels;
  dashboard: ReturnType<typeof dashboardSection>;
  expectedExplained: string;
  since: { title: string; lines: string[] } | null;
  dataQuality: ReturnType<typeof dataQualitySection>;
  goals: ReturnType<typeof goalSection>[];
  noGoals: string | null;
  members: { title: string; table: ReturnType<typeof memberTable> } | null;
}

interface Formatters {
  int: (x: number) => string;
  /** A task or goal may have no owner: shown as a dash. */
  nameOf: (id: string | null) => string;
}

type Goal = StatusResult['goals'][number];

export function statusView(status: StatusResult, context: StatusContext): StatusView {
  const t = labelsFor(context.lang);
  const f: Formatters = {
    int: (x) => formatInteger(x, t),
    nameOf: (id) => (id === null ? '–' : (context.names.get(id) ?? id)),
  };
  return {
    lang: context.lang,
    t,
    ...header(status, context, t, f),
    dashboard: dashboardSection(status, t, f),
    expectedExplained: t.status.expectedExplained,
    since: context.since ? { title: fill(t.status.sinceTitle, { date: context.since.date }), lines: context.since.lines } : null,
    dataQuality: dataQualitySection(status.dataQuality, t, f.int),
    goals: status.goals.map((goal, index) => goalSection(goal, index, status.asOf, t, f)),
    noGoals: status.goals.length === 0 ? t.status.noGoals : null,
    members: status.members ? { title: t.network.title, table: memberTable(status.members, t) } : null,
    ...attentionSection(status, t, f),
  };
}

function header(status: StatusResult, context: StatusContext, t: Labels, { int }: Formatters) {
  const s = status.summary;
  return {
    title: `${t.status.report}: ${status.ecosystem.name}`,
    asOf: fill(t.status.asOf, { date: formatDate(status.asOf, t) }),
    summary: fill(t.status.summary, {
      onTrack: int(s.onTrack),
      indicators: int(s.indicators),
      offTrack: int(s.offTrack),
      done: int(s.done),
      tasks: int(s.tasks),
      blocked: int(s.blocked),
      overdue: int(s.overdue),
    }),
    generated: fill(t.text.generated, { version: context.version, asOf: fill(t.text.asOf, { date: formatDate(status.asOf, t) }) }),
  };
}

function goalSection(goal: Goal, index: number, asOf: string, t: Labels, f: Formatters) {
  const { int, nameOf } = f;
  return {
    id: goal.id,
    anchor: goalAnchor(goal.id, index),
    title: goal.title,
    heading: idAndTitle(goal.id, goal.title, ': '),
    meta: [goal.due ? fill(t.status.due, { date: formatDate(goal.due, t) }) : null, goal.owner ? fill(t.status.owner, { name: nameOf(goal.owner) }) : null]
      .filter((x) => x !== null)
      .join(' · '),
    indicators: indicatorTable(goal.indicators, t),
    charts: goal.indicators
      .map((i) => ({ name: i.unit ? `${i.name} (${i.unit})` : i.name, chart: indicatorChart(i, goal.due, asOf, t) }))
      .filter((x) => x.chart !== null),
    taskCounts: fill(t.status.taskCounts, {
      planned: int(goal.tasks.planned),
      inProgress: int(goal.tasks['in-progress']),
      done: int(goal.tasks.done),
      blocked: int(goal.tasks.blocked),
      overdue: int(goal.tasks.overdue),
    }),
    tasks: taskTable(goal.taskList, t, f),
    overdueIds: goal.taskList.filter((task) => task.overdue).map((task) => task.id),
  };
}

function indicatorTable(indicators: readonly IndicatorStatus[], t: Labels): Table {
  // The unit stands in a column of its own, as the data gives it: an English report does not write "2 kpl" as if it were English.
  const number = (x: number | null): string => (x === null ? '–' : formatNumber(x, Number.isInteger(x) ? 0 : 2, t));
  const onTrack = (i: IndicatorStatus): string => (i.onTrack === null ? t.onTrack.unknown : i.onTrack ? t.onTrack.yes : t.onTrack.no);
  return table(
    [
      t.indicatorColumn.indicator,
      t.indicatorColumn.unit,
      t.indicatorColumn.baseline,
      t.indicatorColumn.target,
      t.indicatorColumn.value,
      t.indicatorColumn.progress,
      t.indicatorColumn.expected,
      t.indicatorColumn.onTrack,
    ],
    indicators.map((i) => [
      i.metric ? `${i.name} (${fill(t.status.metricNote, { metric: i.metric })})` : i.name,
      i.unit ?? '–',
      number(i.baseline),
      number(i.target),
      number(i.value),
      i.progress === null ? '–' : formatPercent(i.progress, t),
      i.expected === null ? '–' : formatPercent(i.expected, t),
      onTrack(i),
    ]),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

function taskTable(tasks: Goal['taskList'], t: Labels, { nameOf }: Formatters): Table {
  return table(
    [t.indicatorColumn.task, t.indicatorColumn.owner, t.indicatorColumn.status, t.indicatorColumn.due],
    tasks.map((task) => [
      idAndTitle(task.id, task.title),
      nameOf(task.owner),
      `${t.taskStatus[task.status]}${task.overdue ? ' ⚠' : ''}`,
      task.due ? formatDate(task.due, t) : '–',
    ]),
    ['left', 'left', 'left', 'left'],
  );
}

/**
 * Per goal: its owner, how many of its indicators are on track with a bar for
 * each (progress, and a mark where it is expected to be), and its tasks by
 * status.
 */
function dashboardSection(status: StatusResult, t: Labels, { int, nameOf }: Formatters) {
  const d = t.status.dashboard;
  const rows = status.goals.map((goal, index) => {
    const known = goal.indicators.filter((i) => i.onTrack !== null);
    const tasks = [
      [goal.tasks.done, d.done],
      [goal.tasks['in-progress'], d.inProgress],
      [goal.tasks.planned, d.planned],
      [goal.tasks.blocked, d.blocked],
      [goal.tasks.overdue, d.overdue],
    ] as const;
    return {
      anchor: goalAnchor(goal.id, index),
      goal: idAndTitle(goal.id, goal.title, ': '),
      owner: nameOf(goal.owner),
      onTrack: known.length > 0 ? `${int(known.filter((i) => i.onTrack).length)}/${int(known.length)}` : '–',
      bars: goal.indicators.filter((i) => i.progress !== null).map((i) => progressBar(i, t)),
      // Each count whole on its line: "2 in progress" never broken between its words.
      taskCounts: tasks.map(([n, word]) => `${int(n)} ${word}`.replace(/ /g, '\u00a0')),
      hasOverdue: goal.tasks.overdue > 0,
    };
  });
  return {
    title: t.status.dashboardTitle,
    head: [d.goal, d.owner, d.indicators, d.tasks],
    rows,
    // Markdown has no pictures in a table: each bar as its words.
    table: table(
      [d.goal, d.owner, d.indicators, d.tasks],
      rows.map((r) => [r.goal, r.owner, [r.onTrack, ...r.bars.map((b) => b.text)].join('; '), r.taskCounts.join(' · ')]),
      ['left', 'left', 'left', 'left'],
    ),
  };
}

/** An indicator's bar: how far it has come (0–1) and where the straight line says it should be. */
function progressBar(i: IndicatorStatus, t: Labels) {
  const progress = i.progress ?? 0;
  const expectedShare = i.expected;
  return {
    name: i.name,
    width: 160,
    filled: Math.round(progress * 160 * 10) / 10,
    hasExpected: expectedShare !== null,
    expectedX: Math.round((expectedShare ?? 0) * 160 * 10) / 10,
    colour: i.onTrack === false ? '#D55E00' : '#009E73',
    text: fill(t.status.indicatorBar, {
      name: i.name,
      progress: formatPercent(progress, t),
      expected: expectedShare === null ? '–' : formatPercent(expectedShare, t),
    }),
  };
}

function goalAnchor(id: string, index: number): string {
  // Ids may hold spaces and any letter; an HTML anchor may not.
  return `goal-${index + 1}-${slugify(id, 'goal')}`;
}

/** Overdue, blocked and soon-due tasks, tasks without an active owner, and goals nobody is working on. */
function attentionSection(status: StatusResult, t: Labels, { int, nameOf }: Formatters) {
  const task = (o: { id: string; title: string }): string => idAndTitle(o.id, o.title);
  const days = fill(t.status.dueSoonTitle, { days: int(status.dueWithin) });
  return {
    overdue:
      status.overdue.length > 0
        ? table(
            [t.indicatorColumn.task, t.indicatorColumn.owner, t.indicatorColumn.due, t.status.daysLate],
            status.overdue.map((o) => [task(o), nameOf(o.owner), formatDate(o.due, t), int(o.daysLate)]),
            ['left', 'left', 'left', 'right'],
          )
        : null,
    noOverdue: t.status.noOverdue,
    blocked:
      status.blocked.length > 0
        ? table(
            [t.indicatorColumn.task, t.indicatorColumn.owner, t.indicatorColumn.due],
            status.blocked.map((o) => [task(o), nameOf(o.owner), o.due ? formatDate(o.due, t) : '–']),
            ['left', 'left', 'left'],
          )
        : null,
    noBlocked: t.status.noBlocked,
    dueSoonTitle: days,
    dueSoon:
      status.dueSoon.length > 0
        ? table(
            [t.indicatorColumn.task, t.indicatorColumn.owner, t.indicatorColumn.due, t.status.daysLeft],
            status.dueSoon.map((o) => [task(o), nameOf(o.owner), formatDate(o.due, t), int(o.daysLeft)]),
            ['left', 'left', 'left', 'right'],
          )
        : null,
    noDueSoon: fill(t.status.noDueSoon, { days: int(status.dueWithin) }),
    owners: status.ownerProblems.map(
      (p) => `${p.id} (${p.goal}): ${p.problem === 'no-owner' ? t.status.noOwner : fill(t.status.ownerNotActive, { name: nameOf(p.owner) })}`,
    ),
    noOwnerProblems: t.status.noOwnerProblems,
    goalsWithoutWork: status.goalsWithoutActiveWork.length > 0 ? fill(t.status.goalsWithoutWork, { list: listOf(status.goalsWithoutActiveWork, t, 20) }) : null,
  };
}
