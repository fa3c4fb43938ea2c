// How large a network one run of eco map (and status, diff, export) takes on
// the machine the README's figures come from (2 cores, Node's default heap of
// about 4 GB): beyond this it would run out of memory part-way, so it is
// refused at the start, in one line. eco validate checks larger inventories.
// Measured with bench/limits.mjs; see "How far one machine goes".
import { derivedPairBound } from './derived-links.js';
import type { Ecosystem } from './schema-types.js';

export const MAP_LIMITS = {
  actors: 1_000_000,
  /** Links listed, plus the pairs shared projects and events tie. */
  links: 3_000_000,
};

export interface ScaleProblem {
  actors: number;
  links: number;
}

/** The network's size, when it is more than one run can map; otherwise undefined. */
export function beyondMapLimits(ecosystem: Ecosystem): ScaleProblem | undefined {
  const actors = ecosystem.actors.length;
  const links = (ecosystem.links?.length ?? 0) + derivedPairBound(ecosystem.projects ?? [], ecosystem.events ?? []);
  return actors > MAP_LIMITS.actors || links > MAP_LIMITS.links ? { actors, links } : undefined;
}
