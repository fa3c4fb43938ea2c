// Whom to invite: every pool actor that is not a member, scored by evidence a
// development officer would accept, each piece kept as a reason with its
// points and the data behind it. The points add up to the score.
//
// - Works with us: ties to members, weighed by the share of the candidate's
//   own ties they are, so a hub that works with everyone does not crowd out
//   the partner whose work is here.
// - Near: the home town, a town members are in, the region, the country.
// - Fills a gap: a missing helix party or sector, a needed competence, a
//   missing layer.
// - Bridges: ties to members in separate parts of the network or in separate
//   communities; a university or research body tying the town to a university
//   town.
import type { Sector } from '../../model/schema-types.js';
import { type Gaps, helixOf, tagKey } from './gaps.js';
import { type Nearness, nearness, type Places, placeKey, textAttribute } from './places.js';
import type { Pool } from './pool.js';

// Nearness weighs most: an organisation joins an ecosystem of a place more
// readily than one far away however well it fills a gap, and on Horizon 2020
// ranking by ties or by what a candidate would add puts foreign hubs first
// (bench/suggest.mjs measures it).
export const POINTS = {
  /** The most ties to members can give: when all of a candidate's ties are to members, and there are many. */
  worksWithUs: 4,
  near: { 'same-city': 5, 'member-city': 4.5, 'same-region': 4.5, 'same-country': 4 } satisfies Record<Nearness, number>,
  missingHelix: 2,
  missingSector: 1.5,
  neededTag: 1.5,
  missingLayer: 0.5,
  joinsComponents: 1.5,
  joinsCommunities: 0.75,
  universityTown: 1,
} as const;

/** Needed competences counted per candidate, at most. */
const MAX_TAGS = 2;
/** Members named as introducers per candidate. */
const INTRODUCERS = 3;

import type { Candidate } from '../../model/document-types.js';
export type { Candidate };
type Reason = Candidate['reasons'][number];

/** An ecosystem actor, by its index in the ecosystem: its part of the network and its community. */
export interface MemberPlace {
  id: string;
  name: string;
  component: number;
  community: number;
}

export interface CandidateFilter {
  sector?: Sector;
  tag?: string;
}

/** What the ecosystem is and lacks, as the reasons need it. */
export interface EcosystemProfile {
  places: Places;
  gaps: Gaps;
  /** Whether some research or education actor is in the home town. */
  academiaAtHome: boolean;
}

/** Every candidate with some evidence for it, best first (ties broken by ties to members, then name and id). */
export function rankCandidates(pool: Pool, members: readonly MemberPlace[], profile: EcosystemProfile, filter: CandidateFilter = {}): Candidate[] {
  const needs = new Map(profile.gaps.needs.map((n) => [tagKey(n), n]));
  const wanted = filter.tag === undefined ? undefined : tagKey(filter.tag);
  const found: Candidate[] = [];
  for (let c = 0; c < pool.actors.length; c++) {
    if (pool.member[c]! >= 0) continue;
    const actor = pool.actors[c]!;
    if (filter.sector !== undefined && actor.sector !== filter.sector) continue;
    const tags = (actor.tags ?? []).map((t) => ({ key: tagKey(t), tag: t }));
    if (wanted !== undefined && !tags.some((t) => t.key === wanted)) continue;

    const reasons: Reason[] = [];
    const ties = pool.offset[c + 1]! - pool.offset[c]!;
    const toMembers = new Map<number, number>();
    for (let k = pool.offset[c]!; k < pool.offset[c + 1]!; k++) {
      const m = pool.member[pool.neighbour[k]!]!;
      if (m >= 0) toMembers.set(m, (toMembers.get(m) ?? 0) + pool.weight[k]!);
    }
    if (toMembers.size > 0) {
      const share = toMembers.size / ties;
      const strength = 1 - 2 ** (-toMembers.size / 2);
      let weight = 0;
      for (const w of toMembers.values()) weight += w;
      reasons.push({
        code: 'works-with-members',
        points: POINTS.worksWithUs * strength * Math.sqrt(share),
        evidence: { members: toMembers.size, weight, ties, share },
      });
    }

    const near = nearness(actor, profile.places);
    if (near)
      reasons.push({
        code: near.kind,
        points: POINTS.near[near.kind],
        evidence: { place: near.place, ...(near.members !== undefined && { members: near.members }) },
      });

    const helix = helixOf(actor.sector, actor.helix);
    if (helix !== null && profile.gaps.helices.includes(helix)) reasons.push({ code: 'missing-helix', points: POINTS.missingHelix, evidence: { helix } });
    else if (actor.sector && profile.gaps.sectors.includes(actor.sector))
      reasons.push({ code: 'missing-sector', points: POINTS.missingSector, evidence: { sector: actor.sector } });
    const needed = [...new Set(tags.filter((t) => needs.has(t.key)).map((t) => needs.get(t.key)!))];
    if (needed.length > 0)
      reasons.push({ code: 'needed-competence', points: POINTS.neededTag * Math.min(needed.length, MAX_TAGS), evidence: { tags: needed } });
    if (actor.layer && profile.gaps.layers.includes(actor.layer))
      reasons.push({ code: 'missing-layer', points: POINTS.missingLayer, evidence: { layer: actor.layer } });

    if (toMembers.size > 1) {
      const parts = new Set<number>();
      const communities = new Set<number>();
      for (const m of toMembers.keys()) {
        const f = members[m];
        if (!f) continue;
        parts.add(f.component);
        communities.add(f.community);
      }
      if (parts.size > 1) reasons.push({ code: 'joins-components', points: POINTS.joinsComponents, evidence: { components: parts.size } });
      else if (communities.size > 1) reasons.push({ code: 'joins-communities', points: POINTS.joinsCommunities, evidence: { communities: communities.size } });
    }
    const city = textAttribute(actor, 'city');
    if (
      !profile.academiaAtHome &&
      (actor.sector === 'research' || actor.sector === 'education') &&
      city !== null &&
      (profile.places.home.city === null || placeKey(city) !== placeKey(profile.places.home.city)) &&
      sameCountry(textAttribute(actor, 'country'), profile.places.home.country)
    ) {
      reasons.push({ code: 'university-town', points: POINTS.universityTown, evidence: { city } });
    }

    if (reasons.length === 0) continue;
    const introducers = [...toMembers]
      .map(([m, weight]) => ({ id: members[m]?.id ?? '', name: members[m]?.name ?? '', weight }))
      .sort((a, b) => b.weight - a.weight || compare(a.name, b.name) || compare(a.id, b.id))
      .slice(0, INTRODUCERS);
    found.push({
      id: actor.id,
      name: actor.name,
      sector: actor.sector ?? null,
      city,
      country: textAttribute(actor, 'country'),
      score: rounded(reasons.reduce((sum, r) => sum + rounded(r.points), 0)),
      reasons: reasons.map((r) => ({ ...r, points: rounded(r.points) })),
      tiesToMembers: toMembers.size,
      ties,
      introducers,
    });
  }
  return found.sort((a, b) => b.score - a.score || b.tiesToMembers - a.tiesToMembers || compare(a.name, b.name) || compare(a.id, b.id));
}

function sameCountry(country: string | null, home: string | null): boolean {
  return country === null || home === null || placeKey(country) === placeKey(home);
}

function rounded(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
