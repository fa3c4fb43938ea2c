// What the reader chose to see: sectors, layers, one group or all, listed or
// derived ties, and a least number of ties; and the counts the legend shows
// under that choice. Pure.
import type { ExplorerData } from '../reports/explorer-view.js';

export interface FilterState {
  sectors: Set<number>;
  layers: Set<number>;
  /** A group's number, or -1 for all. */
  community: number;
  explicit: boolean;
  derived: boolean;
  minDegree: number;
}

export function allShown(data: ExplorerData): FilterState {
  return {
    sectors: new Set(data.sectors.map((_s, i) => i)),
    layers: new Set(data.layers.map((_l, i) => i)),
    community: -1,
    explicit: true,
    derived: true,
    minDegree: 0,
  };
}

export interface Visibility {
  /** 1 for each actor shown. */
  actors: Uint8Array;
  /** 1 for each tie shown (both ends shown and its origin chosen). */
  ties: Uint8Array;
  actorCount: number;
  tieCount: number;
  /** Per sector (and per layer): actors that pass every other filter, so a box unticked still tells what it would add. */
  bySector: number[];
  byLayer: number[];
  /** Ties between shown actors, listed and derived, whether or not their origin is chosen. */
  explicitTies: number;
  derivedTies: number;
}

export function visibility(data: ExplorerData, state: FilterState): Visibility {
  const n = data.nodes.name.length;
  const actors = new Uint8Array(n);
  const bySector = data.sectors.map(() => 0);
  const byLayer = data.layers.map(() => 0);
  let actorCount = 0;
  for (let i = 0; i < n; i++) {
    const base = (state.community === -1 || data.nodes.community[i] === state.community) && data.nodes.degree[i]! >= state.minDegree;
    if (!base) continue;
    const sector = data.nodes.sector[i]!;
    const layer = data.nodes.layer[i]!;
    const inSector = state.sectors.has(sector);
    const inLayer = state.layers.has(layer);
    if (inLayer) bySector[sector]!++;
    if (inSector) byLayer[layer]!++;
    if (inSector && inLayer) {
      actors[i] = 1;
      actorCount++;
    }
  }
  const t = data.ties;
  const ties = new Uint8Array(t.length / 5);
  let tieCount = 0;
  let explicitTies = 0;
  let derivedTies = 0;
  for (let k = 0; k < ties.length; k++) {
    if (!actors[t[5 * k]!] || !actors[t[5 * k + 1]!]) continue;
    const derived = t[5 * k + 3] === 1;
    if (derived) derivedTies++;
    else explicitTies++;
    if (derived ? state.derived : state.explicit) {
      ties[k] = 1;
      tieCount++;
    }
  }
  return { actors, ties, actorCount, tieCount, bySector, byLayer, explicitTies, derivedTies };
}
