// The network picture of a map: one circle per actor up to MAX_ACTORS actors
// (actor-picture.ts), one per group of actors above that (community-picture.ts),
// where a circle per actor would be a blot and take minutes to lay out.
import type { MapResult } from '../../analysis/map-result.js';
import type { Labels } from '../i18n/en.js';
import { actorPicture } from './actor-picture.js';
import { communityPicture } from './community-picture.js';
import type { NetworkPicture, PictureEdge } from './picture-model.js';

export const MAX_ACTORS = 1500;

export function networkPicture(result: MapResult, edges: readonly PictureEdge[], labels: Labels): NetworkPicture {
  return result.actors.length > MAX_ACTORS ? communityPicture(result, edges, labels) : actorPicture(result, edges, labels);
}
