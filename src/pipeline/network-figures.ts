// For a network of ecosystems: maps and scores each member on its own, with
// the same options as the whole, and adds the network's figures to the
// combined map. Goals are scored only on a given date: without one, the
// figures that depend on the day (indicators on track, tasks overdue) are
// left out, so the same files give the same document on any day.
import { goalStatus } from '../analysis/goal-status.js';
import { mapEcosystem, type MapAnalysis, type MapOptions } from '../analysis/map-analysis.js';
import { networkFigures, type NetworkFigures } from '../analysis/network-of-ecosystems.js';
import type { ValidEcosystem } from './check-ecosystem.js';

export function addNetworkFigures(valid: ValidEcosystem, analysis: MapAnalysis, asOf: string | null, options: MapOptions): NetworkFigures | undefined {
  if (!valid.network) return undefined;
  const { onProgress: _, ...memberOptions } = options;
  const members = valid.network.members.map((m) => {
    const map = mapEcosystem(m.ecosystem, memberOptions).result;
    return { id: m.id, name: m.name, ecosystem: m.ecosystem, map, status: asOf === null ? null : goalStatus(m.ecosystem, map, asOf) };
  });
  const figures = networkFigures(members, valid.network.memberships, analysis.edges);
  analysis.result.network = figures;
  return figures;
}
