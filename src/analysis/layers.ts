// The participation funnel (VTT 2021: orchestrator → partner → active →
// passive → potential) and, when projects or events are known, the layer
// each actor's participation suggests beside the one declared:
//   named an orchestrator of the ecosystem   → orchestrator
//   leads a project or a work package        → partner
//   partner in a project, or at ≥ 2 events   → active
//   at one event                             → passive
// An actor in no project and at no event has no participation to go by, so
// nothing is suggested for it; and participation never suggests less than the
// declared layer for an orchestrator or a project's lead or partner, whose
// place the records of a few projects do not measure.
import { projectMembers } from '../model/derived-links.js';
import type { Ecosystem, Layer } from '../model/schema-types.js';
import { LAYERS } from '../model/vocabulary.js';

import type { LayerRow, LayerSuggestion } from '../model/document-types.js';

export interface LayerFigures {
  funnel: LayerRow[];
  /** Actors whose participation suggests another layer than declared; null without projects and events. */
  suggestions: LayerSuggestion[] | null;
}

export function layerFigures(ecosystem: Ecosystem): LayerFigures {
  const n = ecosystem.actors.length;
  const count = new Map<string, number>();
  for (const actor of ecosystem.actors) count.set(actor.layer ?? 'unknown', (count.get(actor.layer ?? 'unknown') ?? 0) + 1);
  const labels: LayerRow['layer'][] = [...LAYERS, ...(count.has('unknown') ? (['unknown'] as const) : [])];
  const funnel = labels.map((layer) => ({ layer, actors: count.get(layer) ?? 0, share: n > 0 ? (count.get(layer) ?? 0) / n : 0 }));

  const projects = ecosystem.projects ?? [];
  const events = ecosystem.events ?? [];
  if (projects.length === 0 && events.length === 0) return { funnel, suggestions: null };
  const suggested = suggestLayers(ecosystem);
  const suggestions = ecosystem.actors
    .filter((actor) => suggested.has(actor.id) && suggested.get(actor.id) !== (actor.layer ?? null))
    .map((actor) => ({ id: actor.id, declared: actor.layer ?? null, suggested: suggested.get(actor.id)! }));
  return { funnel, suggestions };
}

const RANK: Record<Layer, number> = { orchestrator: 0, partner: 1, active: 2, passive: 3, potential: 4 };

/** The layer participation suggests, for each actor in a project or at an event. */
export function suggestLayers(ecosystem: Ecosystem): Map<string, Layer> {
  const orchestrators = new Set(ecosystem.ecosystem.orchestrators ?? []);
  const leads = new Set<string>();
  const partners = new Set<string>();
  for (const project of ecosystem.projects ?? []) {
    if (project.lead) leads.add(project.lead);
    for (const wp of project.workPackages ?? []) if (wp.lead) leads.add(wp.lead);
    for (const member of projectMembers(project)) partners.add(member);
  }
  const eventCount = new Map<string, number>();
  for (const event of ecosystem.events ?? []) {
    for (const id of new Set(event.participants ?? [])) eventCount.set(id, (eventCount.get(id) ?? 0) + 1);
  }
  const result = new Map<string, Layer>();
  for (const { id, layer } of ecosystem.actors) {
    const events = eventCount.get(id) ?? 0;
    if (!orchestrators.has(id) && !partners.has(id) && events === 0) continue;
    const suggested: Layer = orchestrators.has(id) ? 'orchestrator' : leads.has(id) ? 'partner' : partners.has(id) || events >= 2 ? 'active' : 'passive';
    const named = orchestrators.has(id) || partners.has(id);
    result.set(id, named && layer !== undefined && RANK[layer] < RANK[suggested] ? layer : suggested);
  }
  return result;
}
