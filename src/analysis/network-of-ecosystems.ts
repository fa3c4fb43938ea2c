// The figures of a network of ecosystems: each member's headline figures side
// by side, the actors members share (the same id, or the same business id
// under different ids), the links that cross from one member to another, and
// the members benchmarked against each other (member-benchmark.ts).
import type { Ecosystem } from '../model/schema-types.js';
import type { StatusResult } from './goal-status.js';
import type { MapResult } from './map-result.js';
import { benchmarkMembers } from './member-benchmark.js';

import type { MemberFigures, NetworkFigures } from '../model/document-types.js';
export type { MemberFigures, NetworkFigures };

export interface MemberInput {
  id: string;
  name: string;
  ecosystem: Ecosystem;
  map: MapResult;
  /** The member's goals scored on the report date; null when there is none. */
  status: StatusResult | null;
}

export function networkFigures(
  members: readonly MemberInput[],
  memberships: ReadonlyMap<string, readonly string[]>,
  edges: readonly { source: string; target: string; weight: number }[],
): NetworkFigures {
  const figures = members.map((m) => {
    const indicators = m.ecosystem.goals?.reduce((n, g) => n + (g.indicators?.length ?? 0), 0) ?? 0;
    const onTrack = m.status?.summary.onTrack ?? null;
    const tasks = m.status?.summary.tasks ?? 0;
    return {
      id: m.id,
      name: m.name,
      actors: m.map.summary.actors,
      links: m.map.summary.links,
      sectorsCovered: m.map.sectors.filter((s) => s.actors > 0 && s.sector !== 'other' && s.sector !== 'unknown').length,
      density: m.map.summary.density,
      eiIndex: m.map.summary.eiIndex,
      indicators,
      onTrack,
      overdue: m.status?.summary.overdue ?? null,
      onTrackShare: onTrack !== null && indicators > 0 ? onTrack / indicators : null,
      overdueShare: m.status && tasks > 0 ? m.status.summary.overdue / tasks : null,
    };
  });
  const { benchmark, ranks, peers } = benchmarkMembers(
    figures.map((f, i) => ({
      id: f.id,
      values: f,
      actors: f.actors,
      sectors: Object.fromEntries(members[i]!.map.sectors.map((s) => [s.sector, s.actors])),
    })),
  );
  const rows = figures.map((f) => ({ ...f, ranks: ranks.get(f.id)!, peers: peers.get(f.id)! }));
  const shared = [...memberships].filter(([, list]) => list.length > 1).map(([id, list]) => ({ id, members: [...list] }));
  const byBusinessId = new Map<string, { id: string; member: string }[]>();
  for (const m of members) {
    for (const a of m.ecosystem.actors) {
      if (!a.businessId) continue;
      const list = byBusinessId.get(a.businessId) ?? [];
      if (!list.some((x) => x.id === a.id)) list.push({ id: a.id, member: m.id });
      byBusinessId.set(a.businessId, list);
    }
  }
  const sameBusinessId = [...byBusinessId]
    .filter(([, list]) => list.length > 1)
    .map(([businessId, actors]) => ({ businessId, actors }))
    .sort((a, b) => (a.businessId < b.businessId ? -1 : 1));
  const crossing = edges.filter((e) => {
    const a = memberships.get(e.source) ?? [];
    const b = memberships.get(e.target) ?? [];
    return a.length > 0 && b.length > 0 && !a.some((m) => b.includes(m));
  });
  return {
    members: rows,
    shared,
    sameBusinessId,
    crossMemberLinks: {
      count: crossing.length,
      share: edges.length > 0 ? crossing.length / edges.length : 0,
      links: [...crossing]
        .sort((a, b) => b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1))
        .slice(0, 50)
        .map(({ source, target, weight }) => ({ source, target, weight })),
    },
    benchmark,
  };
}
