// Computes the network figures an indicator can be bound to with `metric:`
// (names in src/model/metric-names.ts), from the ecosystem at report time.
import { projectMembers } from '../model/derived-links.js';
import { parseMetric, type FixedMetric } from '../model/metric-names.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { MapResult } from './map-result.js';

/** Layers that count as taking part: the orchestrator, partners and active members. */
export const ENGAGED_LAYERS: ReadonlySet<string> = new Set(['orchestrator', 'partner', 'active']);

const FIXED: Record<FixedMetric, (e: Ecosystem, m: MapResult) => number | null> = {
  actors: (e) => e.actors.length,
  'actors.engaged': (e) => e.actors.filter((a) => a.layer && ENGAGED_LAYERS.has(a.layer)).length,
  'actors.inProjects': (e) => inProjects(e).size,
  'actors.inEvents': (e) => inEvents(e).size,
  'actors.inProjectsOrEvents': (e) => new Set([...inProjects(e), ...inEvents(e)]).size,
  'sectors.covered': (e) => new Set(e.actors.map((a) => a.sector).filter((s) => s && s !== 'other')).size,
  links: (_e, m) => m.summary.links,
  density: (_e, m) => m.summary.density,
  components: (_e, m) => m.summary.components,
  communities: (_e, m) => m.summary.communities,
  modularity: (_e, m) => m.summary.modularity,
  'links.crossSectorShare': (_e, m) => m.summary.crossSectorShare,
  eiIndex: (_e, m) => m.summary.eiIndex,
};

export function computeMetric(name: string, ecosystem: Ecosystem, map: MapResult): number | null {
  const metric = parseMetric(name);
  if (!metric) return null;
  if (metric.kind === 'fixed') return FIXED[metric.name](ecosystem, map);
  const { prefix, word } = metric;
  if (prefix === 'actors.sector.') return ecosystem.actors.filter((a) => a.sector === word).length;
  if (prefix === 'actors.layer.') return ecosystem.actors.filter((a) => a.layer === word).length;
  return ecosystem.actors.filter((a) => a.tags?.includes(word)).length;
}

function inProjects(e: Ecosystem): Set<string> {
  return new Set((e.projects ?? []).flatMap(projectMembers));
}

function inEvents(e: Ecosystem): Set<string> {
  return new Set((e.events ?? []).flatMap((ev) => ev.participants ?? []));
}
