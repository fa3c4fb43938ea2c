import { describe, expect, it } from 'vitest';
import { expected, goalStatus, isOverdue, progress } from '../../../src/analysis/goal-status.js';
import { analyseEcosystem } from '../../../src/analysis/map-analysis.js';
import { computeMetric } from '../../../src/analysis/indicator-metrics.js';
import type { Ecosystem } from '../../../src/model/schema-types.js';

describe('progress', () => {
  it('is the share of the way from baseline to target, clamped to [0, 1]', () => {
    expect(progress(6, 2, 10)).toBe(0.5);
    expect(progress(12, 2, 10)).toBe(1);
    expect(progress(1, 2, 10)).toBe(0);
  });

  it('works for a target below the baseline (a goal to reduce)', () => {
    expect(progress(7, 10, 4)).toBe(0.5);
    expect(progress(11, 10, 4)).toBe(0);
  });

  it('is 1 when baseline = target and the value is there, else 0', () => {
    expect(progress(5, 5, 5)).toBe(1);
    expect(progress(4, 5, 5)).toBe(0);
  });

  it('is null without a value, a baseline or a target', () => {
    expect(progress(null, 2, 10)).toBeNull();
    expect(progress(3, null, 10)).toBeNull();
    expect(progress(3, 2, null)).toBeNull();
  });
});

describe('expected', () => {
  it('follows the straight line from the baseline date to the due date', () => {
    expect(expected('2025-01-01', '2027-01-01', '2026-01-01')).toBeCloseTo(365 / 730, 12);
    expect(expected('2025-01-01', '2027-01-01', '2024-06-30')).toBe(0);
    expect(expected('2025-01-01', '2027-01-01', '2028-01-01')).toBe(1);
  });

  it('is null without dates, or when the due date is not after the baseline date', () => {
    expect(expected(null, '2027-01-01', '2026-01-01')).toBeNull();
    expect(expected('2025-01-01', null, '2026-01-01')).toBeNull();
    expect(expected('2027-01-01', '2027-01-01', '2026-01-01')).toBeNull();
  });
});

describe('isOverdue', () => {
  it('is a due date before the report date on a task not done', () => {
    expect(isOverdue('2026-03-31', 'in-progress', '2026-04-01')).toBe(true);
    expect(isOverdue('2026-03-31', 'blocked', '2026-04-01')).toBe(true);
    expect(isOverdue('2026-03-31', 'done', '2026-04-01')).toBe(false);
    expect(isOverdue('2026-04-01', 'planned', '2026-04-01')).toBe(false);
    expect(isOverdue(undefined, 'planned', '2026-04-01')).toBe(false);
  });
});

const eco: Ecosystem = {
  schema: 'eco/v1',
  ecosystem: { id: 'e', name: 'E', orchestrators: ['city'] },
  actors: [
    { id: 'city', name: 'City', sector: 'public', layer: 'orchestrator', tags: ['tki'] },
    { id: 'uni', name: 'University', sector: 'research', layer: 'partner', tags: ['tki'] },
    { id: 'firm', name: 'Firm Oy', sector: 'company', layer: 'passive' },
    { id: 'firm2', name: 'Firm Two Oy', sector: 'company', layer: 'potential' },
  ],
  links: [
    { source: 'city', target: 'uni' },
    { source: 'uni', target: 'firm' },
    { source: 'firm', target: 'firm2' },
  ],
  events: [{ id: 'ws', title: 'Workshop', participants: ['city', 'firm'] }],
  goals: [
    {
      id: 'G1',
      title: 'Goal',
      due: '2027-12-31',
      owner: 'firm',
      indicators: [
        { id: 'G1-I1', name: 'Engaged actors', baseline: 1, baselineDate: '2025-12-31', target: 5, metric: 'actors.engaged' },
        {
          id: 'G1-I2',
          name: 'From history',
          baseline: 0,
          baselineDate: '2025-12-31',
          target: 10,
          history: [
            { date: '2026-06-30', value: 4 },
            { date: '2025-12-31', value: 0 },
          ],
        },
      ],
      tasks: [
        { id: 'G1-T1', title: 'a', owner: 'uni', status: 'done', due: '2026-01-31' },
        { id: 'G1-T2', title: 'b', owner: 'firm', status: 'in-progress', due: '2026-03-31' },
        { id: 'G1-T3', title: 'c', status: 'planned', due: '2027-03-31' },
      ],
    },
    { id: 'G2', title: 'Nobody active', owner: 'firm2', tasks: [{ id: 'G2-T1', title: 'd', owner: 'firm', status: 'planned' }] },
  ],
};

describe('indicator metrics', () => {
  const map = analyseEcosystem(eco);
  it.each([
    ['actors', 4],
    ['actors.engaged', 2],
    ['actors.sector.company', 2],
    ['actors.layer.potential', 1],
    ['actors.tag.tki', 2],
    ['actors.inEvents', 2],
    ['actors.inProjects', 0],
    ['actors.inProjectsOrEvents', 2],
    ['sectors.covered', 3],
    // Three explicit links and the co-event link city–firm: 4 of 6 possible pairs,
    // 3 across sectors (city–uni, uni–firm, city–firm) and 1 within (firm–firm2).
    ['links', 4],
    ['density', 4 / 6],
    ['links.crossSectorShare', 3 / 4],
    ['eiIndex', (3 - 1) / 4],
  ])('%s is %d, counted by hand', (name, value) => {
    expect(computeMetric(name, eco, map)).toBeCloseTo(value, 12);
  });
});

describe('goalStatus', () => {
  const status = goalStatus(eco, analyseEcosystem(eco), '2026-12-31');
  const g1 = status.goals[0]!;

  it('scores a metric-bound indicator from the network and a history one from its latest entry', () => {
    expect(g1.indicators[0]).toMatchObject({ value: 2, measured: '2026-12-31', progress: 0.25, expected: 0.5, onTrack: false });
    expect(g1.indicators[1]).toMatchObject({ value: 4, measured: '2026-06-30', progress: 0.4, onTrack: false });
  });

  it('counts tasks by status and lists the overdue', () => {
    expect(g1.tasks).toEqual({ planned: 1, 'in-progress': 1, done: 1, blocked: 0, overdue: 1 });
    expect(status.overdue).toEqual([{ id: 'G1-T2', goal: 'G1', title: 'b', due: '2026-03-31', owner: 'firm', daysLate: 275 }]);
  });

  it('finds open tasks without an active owner and goals nobody active works on', () => {
    expect(status.ownerProblems).toEqual([
      { id: 'G1-T2', goal: 'G1', owner: 'firm', problem: 'owner-not-active' },
      { id: 'G1-T3', goal: 'G1', owner: null, problem: 'no-owner' },
      { id: 'G2-T1', goal: 'G2', owner: 'firm', problem: 'owner-not-active' },
    ]);
    expect(status.goalsWithoutActiveWork).toEqual(['G1', 'G2']);
  });
});

describe('what needs attention, by the day', () => {
  /** One goal whose tasks are given as [id, status, due]. */
  const withTasks = (tasks: [string, 'planned' | 'in-progress' | 'done' | 'blocked', string | undefined][]): Ecosystem => ({
    ...eco,
    goals: [{ id: 'G', title: 'G', tasks: tasks.map(([id, status, due]) => ({ id, title: `Task ${id}`, owner: 'city', status, ...(due && { due }) })) }],
  });

  it('counts days late across a leap day, and a task due on the report date as due today, not late', () => {
    const status = goalStatus(
      withTasks([
        ['leap', 'planned', '2024-02-28'],
        ['today', 'in-progress', '2024-03-01'],
      ]),
      analyseEcosystem(eco),
      '2024-03-01',
    );
    // 2024-02-28 → 2024-03-01 crosses 29 February: two days.
    expect(status.overdue).toEqual([{ id: 'leap', goal: 'G', title: 'Task leap', due: '2024-02-28', owner: 'city', daysLate: 2 }]);
    expect(status.dueSoon).toEqual([{ id: 'today', goal: 'G', title: 'Task today', due: '2024-03-01', owner: 'city', daysLeft: 0 }]);
  });

  it('lists open tasks due within the window, soonest first, and not those after it, done, blocked or without a date', () => {
    const status = goalStatus(
      withTasks([
        ['later', 'planned', '2026-09-28'],
        ['soon', 'planned', '2026-07-15'],
        ['edge', 'in-progress', '2026-09-28'],
        ['after', 'planned', '2026-09-29'],
        ['done', 'done', '2026-07-01'],
        ['stuck', 'blocked', '2026-08-01'],
        ['undated', 'planned', undefined],
      ]),
      analyseEcosystem(eco),
      '2026-06-30',
      90,
    );
    expect(status.dueSoon.map((t) => [t.id, t.daysLeft])).toEqual([
      ['soon', 15],
      ['edge', 90],
      ['later', 90],
    ]);
    expect(status.blocked).toEqual([{ id: 'stuck', goal: 'G', title: 'Task stuck', due: '2026-08-01', owner: 'city' }]);
    expect(status.summary).toMatchObject({ overdue: 0, blocked: 1, dueSoon: 3 });
    expect(goalStatus(withTasks([['soon', 'planned', '2026-07-15']]), analyseEcosystem(eco), '2026-06-30', 10).dueSoon).toEqual([]);
  });
});
