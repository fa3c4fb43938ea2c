// For a network of ecosystems: maps and scores each member on its own, and
// adds the network's figures to the combined map.
import { goalStatus } from '../analysis/goal-status.js';
import { mapEcosystem, type MapAnalysis } from '../analysis/map-analysis.js';
import { networkFigures, type NetworkFigures } from '../analysis/network-of-ecosystems.js';
import type { ValidEcosystem } from './load-valid.js';

export function addNetworkFigures(valid: ValidEcosystem, analysis: MapAnalysis, asOf: string): NetworkFigures | undefined {
  if (!valid.network) return undefined;
  const members = valid.network.members.map((m) => {
    const map = mapEcosystem(m.ecosystem, { directed: false, links: analysis.result.options.links, exact: false, seed: analysis.result.options.seed }).result;
    return { id: m.id, name: m.name, ecosystem: m.ecosystem, map, status: goalStatus(m.ecosystem, map, asOf) };
  });
  const figures = networkFigures(members, valid.network.memberships, analysis.edges);
  analysis.result.network = figures;
  return figures;
}
