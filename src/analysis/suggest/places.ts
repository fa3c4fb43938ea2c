// Where an ecosystem is at home, and how near to it a candidate is: the town,
// region and country its manifest names, else the ones most of its actors
// are in. Places are compared as people write them, case and spacing aside.
import type { Actor, Ecosystem } from '../../model/schema-types.js';

export type Nearness = 'same-city' | 'member-city' | 'same-region' | 'same-country';

interface Home {
  city: string | null;
  region: string | null;
  country: string | null;
}

export interface Places {
  home: Home;
  /** Members per town, by place key, and the countries those towns are in: a candidate in a town where members are is near too. */
  memberCities: Map<string, { city: string; members: number; countries: Set<string> }>;
}

export function placeKey(place: string): string {
  return place.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function textAttribute(actor: Actor, field: string): string | null {
  const value = actor[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The home the manifest names; else the place most actors are in, when it
 * holds at least the given share of those whose place is known (a network of
 * towns has no single home town, but has one country).
 */
export function placesOf(ecosystem: Ecosystem): Places {
  const info = ecosystem.ecosystem;
  const actors = ecosystem.actors;
  const memberCities = new Map<string, { city: string; members: number; countries: Set<string> }>();
  for (const actor of actors) {
    const city = textAttribute(actor, 'city');
    if (city === null) continue;
    const key = placeKey(city);
    const entry = memberCities.get(key) ?? { city, members: 0, countries: new Set<string>() };
    entry.members++;
    const country = textAttribute(actor, 'country');
    if (country !== null) entry.countries.add(placeKey(country));
    memberCities.set(key, entry);
  }
  return {
    home: {
      city: given(info.city) ?? mostCommon(actors, 'city', 1 / 3),
      region: given(info.region) ?? mostCommon(actors, 'region', 1 / 3),
      country: given(info.country) ?? mostCommon(actors, 'country', 1 / 2),
    },
    memberCities,
  };
}

/** How near a candidate is: its town, a town members are in, its region, its country; null when none is shared. */
export function nearness(candidate: Actor, places: Places): { kind: Nearness; place: string; members?: number } | null {
  const { home } = places;
  const country = textAttribute(candidate, 'country');
  const countryKey = country === null ? null : placeKey(country);
  // Towns and regions of one name lie in many countries (Cambridge, Cambridge): a known country must agree.
  const inHomeCountry = countryKey === null || home.country === null || countryKey === placeKey(home.country);
  const city = textAttribute(candidate, 'city');
  if (inHomeCountry && city !== null && home.city !== null && placeKey(city) === placeKey(home.city)) return { kind: 'same-city', place: home.city };
  const memberCity = city === null ? undefined : places.memberCities.get(placeKey(city));
  if (memberCity && (countryKey === null || memberCity.countries.size === 0 || memberCity.countries.has(countryKey)))
    return { kind: 'member-city', place: memberCity.city, members: memberCity.members };
  const region = textAttribute(candidate, 'region');
  if (inHomeCountry && region !== null && home.region !== null && placeKey(region) === placeKey(home.region))
    return { kind: 'same-region', place: home.region };
  if (countryKey !== null && home.country !== null && countryKey === placeKey(home.country)) return { kind: 'same-country', place: home.country };
  return null;
}

function given(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? value.trim() : null;
}

function mostCommon(actors: readonly Actor[], field: string, share: number): string | null {
  const counts = new Map<string, { value: string; n: number }>();
  let known = 0;
  for (const actor of actors) {
    const value = textAttribute(actor, field);
    if (value === null) continue;
    known++;
    const key = placeKey(value);
    const entry = counts.get(key) ?? { value, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { value: string; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n || (entry.n === best.n && entry.value < best.value)) best = entry;
  return best && best.n >= share * known ? best.value : null;
}
