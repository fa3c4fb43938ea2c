// The terminal summary of `eco status`, and the one-line reasons a CI job
// fails (--fail-on).
import type { StatusResult } from '../analysis/goal-status.js';

export type FailCondition = 'overdue' | 'off-track' | 'invalid';
export const FAIL_CONDITIONS: readonly FailCondition[] = ['overdue', 'off-track', 'invalid'];

/** One line per reason the named conditions hold; empty when none does. */
export function failReasons(status: StatusResult, conditions: readonly FailCondition[], warnings: number): string[] {
  const reasons: string[] = [];
  if (conditions.includes('overdue')) {
    for (const o of status.overdue) reasons.push(`overdue: task ${o.id} of goal ${o.goal} was due ${o.due}${o.owner ? ` (owner ${o.owner})` : ''}`);
  }
  if (conditions.includes('off-track')) {
    for (const goal of status.goals) {
      for (const i of goal.indicators) {
        if (i.onTrack === false)
          reasons.push(`off-track: indicator ${i.id} of goal ${goal.id} is at ${pct(i.progress)} of its target, ${pct(i.expected)} expected by ${status.asOf}`);
      }
    }
  }
  if (conditions.includes('invalid') && warnings > 0)
    reasons.push(`invalid: the input has ${warnings} validation warning${warnings === 1 ? '' : 's'} (eco validate shows them)`);
  return reasons;
}

export function statusText(status: StatusResult): string {
  const s = status.summary;
  const lines = [
    `${status.ecosystem.name}: goals as of ${status.asOf}`,
    `${s.onTrack} of ${s.indicators} indicators on track, ${s.offTrack} behind, ${s.unknown} unknown; ${s.done} of ${s.tasks} tasks done, ${s.overdue} overdue`,
  ];
  if (status.goals.length === 0) lines.push('', 'No goals are listed (goals: in the manifest).');
  for (const goal of status.goals) {
    lines.push('', wrapTitle(`${goal.id} ${goal.title}`));
    for (const i of goal.indicators) {
      const mark = i.onTrack === null ? ' ' : i.onTrack ? '✓' : '✗';
      lines.push(`  ${mark} ${i.id.padEnd(8)} ${pct(i.progress).padStart(5)} (expected ${pct(i.expected)})  ${clip(i.name, 44)}`);
    }
    const t = goal.tasks;
    lines.push(`    tasks: ${t.done} done, ${t['in-progress']} in progress, ${t.planned} planned, ${t.blocked} blocked, ${t.overdue} overdue`);
  }
  if (status.overdue.length > 0) {
    lines.push('', 'Overdue:');
    for (const o of status.overdue) lines.push(`  ${o.id} (goal ${o.goal}) due ${o.due}${o.owner ? `, owner ${o.owner}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function pct(x: number | null): string {
  return x === null ? '–' : `${Math.round(x * 100)} %`;
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function wrapTitle(text: string): string {
  return clip(text, 80);
}
