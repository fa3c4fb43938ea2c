// The terminal summary of `eco status`, in the report's language, and the
// one-line reasons a CI job fails (--fail-on), which stay in English.
import type { StatusResult } from '../analysis/goal-status.js';
import { dataQualityLines } from './data-quality-view.js';
import { fill, formatDate, formatInteger, formatPercent, idAndTitle, idIsTitle } from './format.js';
import { en, type Labels } from './i18n/en.js';

export type FailCondition = 'overdue' | 'off-track' | 'invalid';
export const FAIL_CONDITIONS: readonly FailCondition[] = ['overdue', 'off-track', 'invalid'];

/** One line per reason the named conditions hold; empty when none does. */
export function failReasons(status: StatusResult, conditions: readonly FailCondition[], warnings: number): string[] {
  const reasons: string[] = [];
  const pct = (x: number | null): string => percent(x, en);
  if (conditions.includes('overdue')) {
    for (const o of status.overdue) reasons.push(`overdue: task ${o.id} of goal ${o.goal} was due ${o.due}${o.owner ? ` (owner ${o.owner})` : ''}`);
  }
  if (conditions.includes('off-track')) {
    for (const goal of status.goals) {
      for (const i of goal.indicators) {
        if (i.onTrack === false)
          reasons.push(
            `off-track: indicator ${i.id} of goal ${goal.id} is ${pct(i.progress)} of the way from baseline to target, ${pct(i.expected)} expected by ${status.asOf}`,
          );
      }
    }
  }
  if (conditions.includes('invalid') && warnings > 0)
    reasons.push(
      `invalid: the input has ${formatInteger(warnings, en)} validation warning${warnings === 1 ? '' : 's'} (eco validate shows ${warnings === 1 ? 'it' : 'them'})`,
    );
  return reasons;
}

export function statusText(status: StatusResult, t: Labels): string {
  const w = t.terminal;
  const s = status.summary;
  const int = (x: number): string => formatInteger(x, t);
  const lines = [
    fill(w.goalsAsOf, { name: status.ecosystem.name, date: formatDate(status.asOf, t) }),
    fill(w.summary, {
      onTrack: int(s.onTrack),
      offTrack: int(s.offTrack),
      unknown: int(s.unknown),
      indicators: int(s.indicators),
      done: int(s.done),
      overdue: int(s.overdue),
      tasks: int(s.tasks),
    }),
  ];
  if (status.goals.length === 0) lines.push('', w.noGoals);
  for (const goal of status.goals) {
    lines.push('', wrapTitle(idAndTitle(goal.id, goal.title)));
    for (const i of goal.indicators) {
      const mark = i.onTrack === null ? ' ' : i.onTrack ? '✓' : '✗';
      const expected = fill(w.expected, { share: percent(i.expected, t) });
      // An indicator whose id is its name is named once, at the end.
      const id = idIsTitle(i.id, i.name) ? '' : `${i.id.padEnd(8)} `;
      lines.push(`  ${mark} ${id}${percent(i.progress, t).padStart(5)} (${expected})  ${clip(i.name, 44)}`);
    }
    const tasks = goal.tasks;
    lines.push(
      `    ${fill(w.tasks, {
        done: int(tasks.done),
        inProgress: int(tasks['in-progress']),
        planned: int(tasks.planned),
        blocked: int(tasks.blocked),
        overdue: int(tasks.overdue),
      })}`,
    );
  }
  const names = new Map((status.actors ?? []).map((a) => [a.id, a.name]));
  const withOwner = (task: string, owner: string | null): string => (owner ? fill(w.overdueOwner, { task, owner: names.get(owner) ?? owner }) : task);
  // A task whose id is its title (kept in a spreadsheet without ids) is named once.
  const named = (o: { id: string; title: string }): string => (idIsTitle(o.id, o.title) ? clip(o.title, 50) : `${o.id} ${clip(o.title, 50)}`);
  if (status.overdue.length > 0) {
    lines.push('', w.overdue);
    for (const o of status.overdue) {
      const task = fill(w.overdueTask, {
        task: named(o),
        goal: o.goal,
        date: formatDate(o.due, t),
        days: int(o.daysLate),
      });
      lines.push(`  ${withOwner(task, o.owner)}`);
    }
  }
  if (status.blocked.length > 0) {
    lines.push('', w.blocked);
    for (const o of status.blocked) lines.push(`  ${withOwner(fill(w.blockedTask, { task: named(o), goal: o.goal }), o.owner)}`);
  }
  if (status.dueSoon.length > 0) {
    lines.push('', fill(w.dueSoon, { days: int(status.dueWithin) }));
    for (const o of status.dueSoon) {
      const task = fill(o.daysLeft === 0 ? w.dueTodayTask : w.dueSoonTask, {
        task: named(o),
        goal: o.goal,
        date: formatDate(o.due, t),
        days: int(o.daysLeft),
      });
      lines.push(`  ${withOwner(task, o.owner)}`);
    }
  }
  lines.push(...dataQualityLines(status.dataQuality, t));
  return `${lines.join('\n')}\n`;
}

function percent(x: number | null, t: Labels): string {
  return x === null ? '–' : formatPercent(x, t);
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function wrapTitle(text: string): string {
  return clip(text, 80);
}
