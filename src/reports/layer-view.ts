// The layer picture's part of the map report: the picture, its caption, and
// what the picture leaves out (actors without a layer; above 1,500 actors,
// single actors and ties), or null when the ecosystem has fewer than two layers.
import { fill, fillCount, formatInteger } from './format.js';
import type { Labels } from './i18n/en.js';
import type { MapResult } from '../analysis/map-result.js';
import { layerPicture, type LayerPicture } from './pictures/layer-picture.js';
import type { PictureEdge } from './pictures/picture-model.js';

export interface LayerSection {
  picture: LayerPicture;
  caption: string;
  /** What is not in the picture, in a sentence or two; null when it has everything. */
  note: string | null;
  /** The separate picture's file (Markdown), or null. */
  pictureHref: string | null;
}

export function layerSection(result: MapResult, edges: readonly PictureEdge[], t: Labels, file?: string): LayerSection | null {
  const picture = layerPicture(result, edges, t);
  if (!picture) return null;
  const { counts } = picture;
  const notes = [
    counts.leftOut > 0 ? fillCount(t.layerPicture.noLayer, counts.leftOut, t) : null,
    counts.shares ? fill(t.layerPicture.shares, { actors: formatInteger(counts.actors, t) }) : null,
  ].filter((note) => note !== null);
  return {
    picture,
    caption: counts.shares ? t.layerPicture.captionShares : t.layerPicture.caption,
    note: notes.length > 0 ? notes.join(' ') : null,
    pictureHref: file ?? null,
  };
}
