// What an ecosystem lacks, as a candidate could fill it: a sector or a helix
// party no actor stands for, a participation layer no one is on, and the
// competences its manifest and goals say it needs.
import type { Ecosystem, Helix, Layer, Sector } from '../../model/schema-types.js';
import { HELICES, HELIX_OF, LAYERS, SECTORS } from '../../model/vocabulary.js';
import { placeKey } from './places.js';

export interface Gaps {
  sectors: Sector[];
  helices: Helix[];
  /** Layers no actor is on, where some actor has a layer at all; never the potential layer, which is the outside by definition. */
  layers: Layer[];
  /** Competences named as needed, as written, each once. */
  needs: string[];
}

export function gapsOf(ecosystem: Ecosystem): Gaps {
  const sectors = new Set<Sector>();
  const helices = new Set<Helix>();
  const layers = new Set<Layer>();
  for (const actor of ecosystem.actors) {
    if (actor.sector) sectors.add(actor.sector);
    const helix = helixOf(actor.sector, actor.helix);
    if (helix) helices.add(helix);
    if (actor.layer) layers.add(actor.layer);
  }
  const named = [...(ecosystem.ecosystem.needs ?? []), ...(ecosystem.goals ?? []).flatMap((g) => g.needs ?? [])];
  const needs: string[] = [];
  const seen = new Set<string>();
  for (const need of named) {
    const key = tagKey(need);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    needs.push(need.trim());
  }
  return {
    sectors: SECTORS.filter((s) => s !== 'other' && !sectors.has(s)),
    helices: HELICES.filter((h) => !helices.has(h)),
    layers: layers.size === 0 ? [] : LAYERS.filter((l) => l !== 'potential' && !layers.has(l)),
    needs,
  };
}

export function helixOf(sector: Sector | undefined, helix: Helix | undefined): Helix | null {
  return helix ?? (sector ? HELIX_OF[sector] : null);
}

/** A competence tag as matched: case, spacing and hyphens aside ("Tekoäly", "tekoäly", "data-analytiikka", "data analytiikka"). */
export function tagKey(tag: string): string {
  return placeKey(tag).replace(/[\s_-]+/g, '');
}
