// What changed between two snapshots of an ecosystem (DESIGN section 5,
// eco-diff/v1): actors joined and left (matched by id, with likely renames
// named), layer and sector moves, links added, lost and reweighted (as
// unordered pairs), shifts in the network figures, rank changes among the
// top brokers, indicator changes and tasks done since.
import { editDistance } from '../diagnostics/did-you-mean.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { StatusResult } from './goal-status.js';
import type { MapAnalysis } from './map-analysis.js';
import { figure, type MapSummary } from './map-result.js';

import type { LinkChange } from '../model/document-types.js';

import type { EcoDiff as DiffResult } from '../model/document-types.js';
export type { DiffResult };

export interface Snapshot {
  label: string;
  ecosystem: Ecosystem;
  analysis: MapAnalysis;
  status: StatusResult;
}

export const SHIFT_METRICS = [
  'actors',
  'links',
  'density',
  'components',
  'isolates',
  'largestComponentShare',
  'averageClustering',
  'communities',
  'modularity',
  'crossSectorShare',
  'eiIndex',
] as const;
type ShiftMetric = (typeof SHIFT_METRICS)[number];

const TOP = 10;

export function diffSnapshots(before: Snapshot, after: Snapshot): DiffResult {
  const links = linkChanges(before.analysis, after.analysis);
  const summary = { before: shiftFigures(before.analysis.result.summary), after: shiftFigures(after.analysis.result.summary) };
  return {
    schema: 'eco-diff/v1',
    ecosystem: { id: after.ecosystem.ecosystem.id, name: after.ecosystem.ecosystem.name },
    before: { label: before.label, asOf: before.status.asOf },
    after: { label: after.label, asOf: after.status.asOf },
    ...actorChanges(before.ecosystem, after.ecosystem),
    links,
    derivedSources: derivedSources(links.added, after.ecosystem),
    summary,
    shifts: SHIFT_METRICS.map((metric) => {
      const b = summary.before[metric];
      const a = summary.after[metric];
      return { metric, before: b, after: a, change: a === null || b === null ? null : figure(a - b) };
    }),
    ranks: rankChanges(before.analysis, after.analysis),
    indicators: indicatorChanges(before.status, after.status),
    tasksDone: tasksDoneSince(before.status, after.status),
  };
}

/** Actors matched by id; an actor that kept its id but changed layer or sector is a move, not a join and a leave. */
function actorChanges(before: Ecosystem, after: Ecosystem): Pick<DiffResult, 'actors' | 'renames' | 'layerMoves' | 'sectorChanges'> {
  const oldActors = new Map(before.actors.map((a) => [a.id, a]));
  const newActors = new Map(after.actors.map((a) => [a.id, a]));
  const joined = after.actors.filter((a) => !oldActors.has(a.id)).map((a) => a.id);
  const left = before.actors.filter((a) => !newActors.has(a.id)).map((a) => a.id);

  const stayed = after.actors.filter((a) => oldActors.has(a.id));
  const layerMoves = stayed
    .filter((a) => (oldActors.get(a.id)!.layer ?? null) !== (a.layer ?? null))
    .map((a) => ({ id: a.id, from: oldActors.get(a.id)!.layer ?? null, to: a.layer ?? null }));
  const sectorChanges = stayed
    .filter((a) => (oldActors.get(a.id)!.sector ?? null) !== (a.sector ?? null))
    .map((a) => ({ id: a.id, from: oldActors.get(a.id)!.sector ?? null, to: a.sector ?? null }));

  return {
    actors: { joined, left },
    renames: likelyRenames(
      joined.map((id) => newActors.get(id)!),
      left.map((id) => oldActors.get(id)!),
    ),
    layerMoves,
    sectorChanges,
  };
}

/** Links as unordered pairs, so a link read the other way round is the same link. */
function linkChanges(before: MapAnalysis, after: MapAnalysis): DiffResult['links'] {
  const pairs = (analysis: MapAnalysis): Map<string, LinkChange> =>
    new Map(
      analysis.edges.map((e) => {
        const [source, target] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
        return [`${source}\u0000${target}`, { source, target, weight: e.weight, types: e.types, origin: e.origin }];
      }),
    );
  const oldLinks = pairs(before);
  const newLinks = pairs(after);
  const byPair = (a: { source: string; target: string }, b: { source: string; target: string }): number =>
    a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1;
  const added = [...newLinks]
    .filter(([k]) => !oldLinks.has(k))
    .map(([, l]) => l)
    .sort(byPair);
  const removed = [...oldLinks]
    .filter(([k]) => !newLinks.has(k))
    .map(([, l]) => l)
    .sort(byPair);
  const reweighted = [...newLinks]
    .filter(([k, l]) => oldLinks.has(k) && oldLinks.get(k)!.weight !== l.weight)
    .map(([k, l]) => ({ source: l.source, target: l.target, from: oldLinks.get(k)!.weight, to: l.weight }))
    .sort(byPair);
  return { added, removed, reweighted };
}

/**
 * The projects and events of the later snapshot that the new derived ties
 * come from: each with how many new derived ties join two of its people (a
 * tie two of them share counts for both), most first.
 */
function derivedSources(added: readonly LinkChange[], ecosystem: Ecosystem): DiffResult['derivedSources'] {
  const derived = added.filter((l) => l.origin === 'derived');
  if (derived.length === 0) return [];
  const groups = [
    ...(ecosystem.projects ?? []).map((p) => ({
      kind: 'project' as const,
      id: p.id,
      title: p.title,
      date: p.start ?? null,
      members: new Set([...(p.lead ? [p.lead] : []), ...(p.partners ?? [])]),
    })),
    ...(ecosystem.events ?? []).map((e) => ({
      kind: 'event' as const,
      id: e.id,
      title: e.title,
      date: e.date ?? null,
      members: new Set(e.participants ?? []),
    })),
  ];
  return groups
    .map(({ members, ...group }) => ({ ...group, ties: derived.filter((l) => members.has(l.source) && members.has(l.target)).length }))
    .filter((g) => g.ties > 0)
    .sort((a, b) => b.ties - a.ties || (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function shiftFigures(s: MapSummary): Pick<MapSummary, ShiftMetric> {
  return Object.fromEntries(SHIFT_METRICS.map((m) => [m, s[m]])) as Pick<MapSummary, ShiftMetric>;
}

/** The top brokers now, each with its rank before (null if it was not among the brokers then). */
function rankChanges(before: MapAnalysis, after: MapAnalysis): DiffResult['ranks'] {
  const oldRank = new Map(before.result.brokers.map((b, i) => [b.id, i + 1]));
  return after.result.brokers.slice(0, TOP).map((b, i) => ({ id: b.id, after: i + 1, before: oldRank.get(b.id) ?? null }));
}

function indicatorChanges(before: StatusResult, after: StatusResult): DiffResult['indicators'] {
  const oldIndicators = new Map(before.goals.flatMap((g) => g.indicators.map((i) => [i.id, i] as const)));
  return after.goals
    .flatMap((g) =>
      g.indicators.map((i) => {
        const old = oldIndicators.get(i.id);
        return {
          id: i.id,
          name: i.name,
          goal: g.id,
          before: old?.value ?? null,
          after: i.value,
          progressBefore: old?.progress ?? null,
          progressAfter: i.progress,
        };
      }),
    )
    .filter((i) => i.before !== i.after || i.progressBefore !== i.progressAfter);
}

function tasksDoneSince(before: StatusResult, after: StatusResult): DiffResult['tasksDone'] {
  const oldDone = new Set(before.goals.flatMap((g) => g.taskList.filter((t) => t.status === 'done').map((t) => t.id)));
  return after.goals.flatMap((g) => g.taskList.filter((t) => t.status === 'done' && !oldDone.has(t.id)).map((t) => ({ id: t.id, goal: g.id, title: t.title })));
}

interface Named {
  id: string;
  name: string;
  businessId?: string;
}

/** A joined actor that is probably a left one under a new id: the same business id, or a near-identical name. */
export function likelyRenames(joined: readonly Named[], left: readonly Named[]): DiffResult['renames'] {
  const normal = (name: string): string =>
    name
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const renames: DiffResult['renames'] = [];
  const taken = new Set<string>();
  for (const j of joined) {
    const byBusinessId = j.businessId ? left.find((l) => !taken.has(l.id) && l.businessId === j.businessId) : undefined;
    const byName = left.find((l) => {
      if (taken.has(l.id)) return false;
      const a = normal(l.name);
      const b = normal(j.name);
      return a === b || (Math.min(a.length, b.length) >= 6 && editDistance(a, b) <= 2);
    });
    const match = byBusinessId ?? byName;
    if (match) {
      taken.add(match.id);
      renames.push({ from: match.id, to: j.id, reason: byBusinessId ? 'business-id' : 'name' });
    }
  }
  return renames;
}
