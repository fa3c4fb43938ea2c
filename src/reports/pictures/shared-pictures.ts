// The pictures of two snapshots for `eco diff`: laid out once on the union of
// their actors and ties, so an actor in both is at the same place in both,
// with the same names shown in both (placed once, around every node of
// either). The picture after outlines the actors and ties that are new; the
// picture before draws those that are gone faint and dashed.
import type { MapResult } from '../../analysis/map-result.js';
import type { Labels } from '../i18n/en.js';
import { actorFrame, actorLabels, actorPicture, type Marks, radius, rankForLabels } from './actor-picture.js';
import { MAX_ACTORS, networkPicture } from './network-picture.js';
import { type NetworkPicture, type PictureEdge, tieKey } from './picture-model.js';

interface Snapshot {
  result: MapResult;
  edges: readonly PictureEdge[];
}

/** At most this many new or gone actors are named, before the most central. */
const MARKED_NAMES = 8;

export function sharedPictures(before: Snapshot, after: Snapshot, labels: Labels): [NetworkPicture, NetworkPicture] {
  if (before.result.actors.length > MAX_ACTORS || after.result.actors.length > MAX_ACTORS) {
    return [networkPicture(before.result, before.edges, labels), networkPicture(after.result, after.edges, labels)];
  }
  // Each actor once, as it is now if it still is: its larger degree and betweenness of the two.
  const union = new Map<string, MapResult['actors'][number]>();
  for (const a of [...after.result.actors, ...before.result.actors]) {
    const seen = union.get(a.id);
    union.set(a.id, seen ? { ...seen, degree: Math.max(seen.degree, a.degree), betweenness: Math.max(seen.betweenness, a.betweenness) } : a);
  }
  const actors = [...union.values()];
  const frame = actorFrame(actors, [...after.edges, ...before.edges], labels);
  const [gone, added] = [only('gone', before, after), only('new', after, before)];
  // A new actor's ring takes room too.
  const nodes = actors.map((a) => ({ id: a.id, ...frame.positions.get(a.id)!, r: radius(a.degree) + (added.actors.has(a.id) ? 5.5 : 0) }));
  // New and gone actors are named first: they are what the reader compares.
  const marked = actors
    .filter((a) => added.actors.has(a.id) || gone.actors.has(a.id))
    .sort((a, b) => b.degree - a.degree || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, MARKED_NAMES);
  const named = new Set(marked.map((a) => a.id));
  const placed = actorLabels([...marked, ...rankForLabels(actors).filter((a) => !named.has(a.id))], nodes);
  return [
    actorPicture(before.result, before.edges, labels, { frame, labels: placed, marks: gone }),
    actorPicture(after.result, after.edges, labels, { frame, labels: placed, marks: added }),
  ];
}

/** The actors and ties of `snapshot` that `other` does not have. */
function only(kind: Marks['kind'], snapshot: Snapshot, other: Snapshot): Marks {
  const otherActors = new Set(other.result.actors.map((a) => a.id));
  const otherTies = new Set(other.edges.map((e) => tieKey(e.source, e.target)));
  return {
    kind,
    actors: new Set(snapshot.result.actors.filter((a) => !otherActors.has(a.id)).map((a) => a.id)),
    ties: new Set(snapshot.edges.map((e) => tieKey(e.source, e.target)).filter((key) => !otherTies.has(key))),
  };
}
