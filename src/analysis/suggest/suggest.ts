// `eco suggest`: the ecosystem's home and gaps, the pool around it, and the
// candidates best first — the eco-suggest/v1 document.
import type { EcoSuggest } from '../../model/document-types.js';
import type { Ecosystem, Sector } from '../../model/schema-types.js';
import type { MapResult } from '../map-result.js';
import { rankCandidates } from './candidates.js';
import { gapsOf } from './gaps.js';
import { placeKey, placesOf, textAttribute } from './places.js';
import { buildPool, type PoolSource } from './pool.js';

export type SuggestResult = EcoSuggest;
export type { PoolSource };

export interface SuggestOptions {
  top: number;
  sector?: Sector;
  tag?: string;
  asOf?: string | null;
}

/** @param map the ecosystem's own figures: each actor's component and community */
export function suggest(ecosystem: Ecosystem, map: Pick<MapResult, 'actors'>, sources: readonly PoolSource[], options: SuggestOptions): SuggestResult {
  const places = placesOf(ecosystem);
  const gaps = gapsOf(ecosystem);
  const homeCity = places.home.city === null ? null : placeKey(places.home.city);
  const academiaAtHome = ecosystem.actors.some((a) => {
    const city = textAttribute(a, 'city');
    return (a.sector === 'research' || a.sector === 'education') && (homeCity === null || (city !== null && placeKey(city) === homeCity));
  });
  const figures = new Map(map.actors.map((a) => [a.id, a]));
  const members = ecosystem.actors.map((a) => {
    const f = figures.get(a.id);
    return { id: a.id, name: a.name, component: f?.component ?? -1, community: f?.community ?? -1 };
  });
  const pool = buildPool(sources, ecosystem.actors);
  const ranked = rankCandidates(
    pool,
    members,
    { places, gaps, academiaAtHome },
    {
      ...(options.sector !== undefined && { sector: options.sector }),
      ...(options.tag !== undefined && { tag: options.tag }),
    },
  );
  return {
    schema: 'eco-suggest/v1',
    ecosystem: { id: ecosystem.ecosystem.id, name: ecosystem.ecosystem.name, actors: ecosystem.actors.length },
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    home: places.home,
    gaps,
    pool: { sources: pool.sources, actors: pool.actors.length, matched: pool.matched, candidates: ranked.length },
    filter: { top: options.top, sector: options.sector ?? null, tag: options.tag ?? null },
    candidates: ranked.slice(0, options.top),
  };
}
