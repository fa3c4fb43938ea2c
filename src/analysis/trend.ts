// `eco trend`: one snapshot's row of the eco-trend/v1 document — the figures
// of its `eco map` summary, its actors per layer and sector, and the current
// value of each goal indicator, read as `eco status` reads it — and the order
// of the rows: by date, oldest first.
import type { EcoTrend as TrendResult, TrendSnapshot } from '../model/document-types.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { StatusResult } from './goal-status.js';
import type { MapResult } from './map-result.js';

export type { TrendResult, TrendSnapshot };

/** Where a snapshot came from: what its label and date are made of. */
export interface SnapshotOrigin {
  /** The folder's name (a manifest's folder), for a snapshot on disk. */
  folder: string | null;
  /** The commit, for a snapshot read from git. */
  revision: { hash: string; date: string } | null;
}

/** The snapshot's row; its figures are the map's own, unchanged. */
export function trendSnapshot(ecosystem: Ecosystem, map: MapResult, status: StatusResult, origin: SnapshotOrigin): TrendSnapshot {
  const s = map.summary;
  const collected = ecosystem.ecosystem.collected ?? null;
  return {
    label: collected ?? (origin.revision ? origin.revision.hash.slice(0, 7) : (origin.folder ?? ecosystem.ecosystem.id)),
    date: collected ?? origin.revision?.date ?? null,
    revision: origin.revision?.hash ?? null,
    summary: {
      actors: s.actors,
      linksExplicit: s.linksExplicit,
      linksDerived: s.linksDerived,
      density: s.density,
      components: s.components,
      communities: s.communities,
      modularity: s.modularity,
      crossSectorShare: s.crossSectorShare,
      eiIndex: s.eiIndex,
    },
    layers: Object.fromEntries(map.layers.map((l) => [l.layer, l.actors])),
    sectors: Object.fromEntries(map.sectors.map((r) => [r.sector, r.actors])),
    indicators: Object.fromEntries(status.goals.flatMap((g) => g.indicators.map((i) => [i.id, i.value]))),
  };
}

/**
 * Snapshots by date, oldest first; those of the same date, and those without
 * one (after the dated), keep the order they were given in.
 */
export function byDate<T extends { date: string | null }>(snapshots: readonly T[]): T[] {
  return snapshots
    .map((snapshot, i) => ({ snapshot, i }))
    .sort((a, b) => dateOrder(a.snapshot.date, b.snapshot.date) || a.i - b.i)
    .map(({ snapshot }) => snapshot);
}

/**
 * Labels that tell the snapshots apart: where commits share one (the same
 * collection date in each), each is followed by its commit's short hash.
 */
export function distinctLabels(snapshots: readonly TrendSnapshot[]): TrendSnapshot[] {
  const count = new Map<string, number>();
  for (const s of snapshots) count.set(s.label, (count.get(s.label) ?? 0) + 1);
  return snapshots.map((s) =>
    count.get(s.label)! > 1 && s.revision !== null && !s.label.startsWith(s.revision.slice(0, 7)) ? { ...s, label: `${s.label} ${s.revision.slice(0, 7)}` } : s,
  );
}

function dateOrder(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The indicators the snapshots name, each as the latest snapshot naming it describes it, sorted by id. */
export function trendIndicators(statuses: readonly StatusResult[]): TrendResult['indicators'] {
  const latest = new Map<string, TrendResult['indicators'][number]>();
  for (const status of statuses) {
    for (const i of status.goals.flatMap((g) => g.indicators)) {
      latest.set(i.id, { id: i.id, name: i.name, unit: i.unit, baseline: i.baseline, target: i.target });
    }
  }
  return [...latest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
