// The baseline report's view model on a hand-made ecosystem: the figures the
// reader relies on, the sections that appear only when the data has them,
// the two languages, and the order of the ranked actor lists.
import { describe, expect, it } from 'vitest';
import { mapEcosystem, type MapOptions } from '../../../src/analysis/map-analysis.js';
import type { MapResult } from '../../../src/analysis/map-result.js';
import { DEFAULT_SEED } from '../../../src/analysis/random.js';
import type { Ecosystem, Layer } from '../../../src/model/schema-types.js';
import { mapView, type ReportContext } from '../../../src/reports/map-view.js';
import type { LinkedText } from '../../../src/reports/map-view-sections.js';
import type { Table } from '../../../src/reports/table.js';
import { ecosystemOf } from '../analysis/helpers.js';

const OPTIONS: MapOptions = { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED };
const CONTEXT: ReportContext = { lang: 'en', version: '1.2.3', asOf: '2025-01-31' };

/**
 * HUB is tied to A and B (a triangle) and to C, and C to D; LONE has no tie.
 * 6 actors, 5 links: density 5/15. HUB lies between {A, B} and {C, D} (4 of
 * 10 pairs: betweenness 0.4), C between D and the rest (3 pairs: 0.3).
 */
function base(): Ecosystem {
  return ecosystemOf({ hub: 'public', a: 'company', b: 'company', c: 'research', d: 'education', lone: 'company' }, [
    ['hub', 'a'],
    ['hub', 'b'],
    ['a', 'b'],
    ['hub', 'c'],
    ['c', 'd'],
  ]);
}

/** The same, with HUB the orchestrator, leading a project with A and C, and two events listed out of date order. */
function withWork(layers: Record<string, Layer>): Ecosystem {
  const eco = base();
  return {
    ...eco,
    ecosystem: { ...eco.ecosystem, orchestrators: ['hub'] },
    actors: eco.actors.map((a) => ({ ...a, layer: layers[a.id]! })),
    projects: [{ id: 'p1', title: 'Pilot', lead: 'hub', partners: ['a', 'c'], funding: 'EAKR', budget: 450000, start: '2024-01-01', end: '2025-12-31' }],
    events: [
      { id: 'e2', title: 'Later', date: '2024-05-01', participants: ['a', 'b'] },
      { id: 'e1', title: 'Earlier', date: '2024-01-10', participants: ['b', 'd'] },
    ],
  };
}

/** Declared layers that participation agrees with except for B (two events: active) and LONE (nothing: potential). */
const TWO_OFF: Record<string, Layer> = { hub: 'orchestrator', a: 'active', b: 'passive', c: 'active', d: 'passive', lone: 'active' };

function viewOf(ecosystem: Ecosystem, context: Partial<ReportContext> = {}, options: Partial<MapOptions> = {}) {
  const { result, edges } = mapEcosystem(ecosystem, { ...OPTIONS, ...options });
  return { result, view: mapView(result, edges, { ...CONTEXT, ...context }) };
}

const figureIn = (t: Table, label: string): string | undefined => t.rows.find((row) => row[0] === label)?.[1];
const section = (view: Record<string, unknown>, key: string): Table | null => view[key] as Table | null;

describe('mapView: the headline figures', () => {
  it('shows the counts and density of the result summary, formatted', () => {
    const { result, view } = viewOf(base());
    expect(result.summary).toMatchObject({ actors: 6, links: 5, components: 2, isolates: 1 });
    expect(result.summary.density).toBeCloseTo(1 / 3, 10);
    const headline = view.network.headline;
    expect(headline.header).toEqual(['Figure', 'Value', 'Meaning']);
    expect(figureIn(headline, 'Actors')).toBe(String(result.summary.actors));
    expect(figureIn(headline, 'Links')).toBe(String(result.summary.links));
    expect(figureIn(headline, 'Density')).toBe('0.3333');
    expect(figureIn(headline, 'Components')).toBe('2');
    expect(figureIn(headline, 'Isolated actors')).toBe('1');
    expect(view.network.density).toBe('Of all possible ties, 33% exist; the average actor has 1.7 ties.');
    expect(view.sources.coverage).toBe('The inventory lists 6 actors. With a sector: 6; with a layer: 0; with at least one tie: 5.');
  });

  it('follows the summary it is given, not figures of its own', () => {
    const { result, edges } = mapEcosystem(base(), OPTIONS);
    const changed: MapResult = { ...result, summary: { ...result.summary, actors: 1234, links: 5678, density: 0.5 } };
    const headline = mapView(changed, edges, CONTEXT).network.headline;
    expect(figureIn(headline, 'Actors')).toBe('1,234');
    expect(figureIn(headline, 'Links')).toBe('5,678');
    expect(figureIn(headline, 'Density')).toBe('0.5000');
  });
});

describe('mapView: languages', () => {
  it('writes the same figures in Finnish and in English words and numbers', () => {
    const en = viewOf(base(), { lang: 'en' }).view;
    const fi = viewOf(base(), { lang: 'fi' }).view;
    expect(fi.network.headline.rows).toHaveLength(en.network.headline.rows.length);
    expect(figureIn(en.network.headline, 'Density')).toBe('0.3333');
    expect(figureIn(fi.network.headline, 'Tiheys')).toBe('0,3333');
    expect(figureIn(fi.network.headline, 'Toimijat')).toBe('6');
    expect(fi.network.density).toBe('Kaikista mahdollisista yhteyksistä on olemassa 33\u00a0%; toimijalla on keskimäärin 1,7 yhteyttä.');
    expect(fi.network.density).not.toBe(en.network.density);
    expect(fi.title).toBe(`${fi.t.title.report}: Test`);
    expect(fi.title).not.toBe(en.title);
    expect(fi.lang).toBe('fi');
  });

  it('writes money the way each language does', () => {
    const project = (lang: 'fi' | 'en') => section(viewOf(withWork(TWO_OFF), { lang }).view, 'projects')!.rows[0]![2];
    expect(project('en')).toBe('€450,000');
    expect(project('fi')).toBe('450\u00a0000\u00a0€');
  });

  it('writes dates the way each language does: d.m.yyyy and an unspaced dash in Finnish, ISO in English', () => {
    const fi = viewOf(withWork(TWO_OFF), { lang: 'fi' }).view;
    expect(section(fi, 'projects')!.rows[0]![3]).toBe('1.1.2024–31.12.2025');
    expect(section(fi, 'events')!.rows.map((row) => row[0])).toEqual(['10.1.2024', '1.5.2024']);
    expect(section(viewOf(withWork(TWO_OFF)).view, 'events')!.rows.map((row) => row[0])).toEqual(['2024-01-10', '2024-05-01']);
  });
});

describe('mapView: version and date', () => {
  it('carries the version and the date it is given into the generated line', () => {
    expect(viewOf(base(), { version: '1.2.3', asOf: '2025-01-31' }).view.generated).toBe('Made with eco 1.2.3 on 2025-01-31.');
    expect(viewOf(base(), { version: '0.9.0', asOf: null }).view.generated).toBe('Made with eco 0.9.0.');
    expect(viewOf(base(), { lang: 'fi', version: '1.2.3', asOf: '2025-01-31' }).view.generated).toBe('Laadittu eco 1.2.3 -työkalulla 31.1.2025.');
  });

  it('names a separate network picture only when there is one', () => {
    const withPicture = viewOf(base(), { pictureFile: 'kartta.svg' }).view.network;
    expect(withPicture.pictureFile).toBe('Network map: kartta.svg');
    expect(withPicture.pictureHref).toBe('kartta.svg');
    const without = viewOf(base()).view.network;
    expect(without.pictureFile).toBeNull();
    expect(without.pictureHref).toBeNull();
  });
});

describe('mapView: key actors and cut points', () => {
  const keyNames = (t: Table): string[] => t.rows.map((row) => row[0]!);

  it('shows one table of the top ten by each figure, ordered by betweenness, numbers right-aligned', () => {
    const { keyActors } = viewOf(base()).view;
    expect(keyActors.table.header).toEqual(['Actor', 'Sector', 'Betweenness', 'Ties', 'Eigenvector']);
    expect(keyActors.table.align).toEqual(['left', 'left', 'right', 'right', 'right']);
    expect(keyNames(keyActors.table)).toEqual(['HUB', 'C', 'A', 'B', 'D']);
    expect(keyActors.table.rows[0]!.slice(0, 4)).toEqual(['HUB', 'public sector', '(#1) 0.400', '(#1) 3']);
    // LONE has no ties: in no top ten, not even by an eigenvector of rounding.
    expect(keyNames(keyActors.table)).not.toContain('LONE');
    expect(keyActors.intro).toMatch(/^5 actors are among the top ten/);
    expect(keyActors.eigenvectorNote).toBeNull();
  });

  it('puts the actor with more ties first when betweenness is equal, whatever the input order', () => {
    const { result, edges } = mapEcosystem(base(), OPTIONS);
    const hub = result.actors.find((a) => a.id === 'hub')!;
    const tied = [...result.actors].reverse().map((a) => (a.id === 'c' ? { ...a, betweenness: hub.betweenness } : a));
    const view = mapView({ ...result, actors: tied }, edges, CONTEXT);
    expect(keyNames(view.keyActors.table).slice(0, 2)).toEqual(['HUB', 'C']);
  });

  it('lists the union of the top tens: an actor in the top ten by degree only has no rank by betweenness', () => {
    const leaves = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`leaf${i}`, 'company' as const]));
    const star = ecosystemOf(
      { hub: 'public', ...leaves },
      Object.keys(leaves).map((id): [string, string] => ['hub', id]),
    );
    const { keyActors } = viewOf(star).view;
    expect(keyActors.rows).toHaveLength(10);
    expect(keyActors.rows[0]!.figures.map((x) => x.rank)).toEqual(['#1', '#1', '#1']);
    expect(keyActors.rows[1]!.figures[0]).toEqual({ value: '0.000', rank: null });
    expect(keyActors.rows.filter((r) => r.figures[1]!.rank !== null)).toHaveLength(10);
  });

  it('never ranks an actor by an eigenvector value that is only rounding', () => {
    const { result, edges } = mapEcosystem(base(), OPTIONS);
    const actors = result.actors.map((a) => (a.id === 'lone' ? { ...a, eigenvector: 3e-13 } : a));
    const view = mapView({ ...result, actors }, edges, CONTEXT);
    expect(keyNames(view.keyActors.table)).not.toContain('LONE');
  });

  it('shows "–" and says why when eigenvector centrality did not converge', () => {
    const { result, edges } = mapEcosystem(base(), OPTIONS);
    const unsettled: MapResult = {
      ...result,
      summary: { ...result.summary, eigenvectorConverged: false },
      actors: result.actors.map((a) => ({ ...a, eigenvector: null })),
    };
    const { keyActors } = mapView(unsettled, edges, CONTEXT);
    expect(keyActors.table.rows.map((row) => row[4])).toEqual(['–', '–', '–', '–', '–']);
    expect(keyActors.rows.every((r) => r.figures[2]!.rank === null)).toBe(true);
    expect(keyActors.eigenvectorNote).toMatch(/^Eigenvector centrality is not shown/);
  });

  it('says how many actors each cut point cuts off, biggest first', () => {
    const { brokers } = viewOf(base()).view;
    expect(brokers.cutPoints).toBe(
      '2 actors each hold part of the network together on their own: if one of them left, actors would be cut off from the rest of the network; HUB cuts off 2 actors and C cuts off 1 actor.',
    );
    expect(viewOf(base(), { lang: 'fi' }).view.brokers.cutPoints).toMatch(/jäisi erilleen toimijoita: HUB – 2 toimijaa ja C – 1 toimija\.$/);
    expect(brokers.table?.rows).toEqual([
      ['HUB', 'public sector', '2', 'education and research'],
      ['C', 'research', '1', 'education'],
    ]);
    expect(brokers.top).toBe('HUB (public sector) lies on more shortest paths between other actors than any other actor.');
  });

  it('claims no fragility when each cut point leaves only one actor without ties', () => {
    const path = ecosystemOf({ a: 'company', b: 'research', c: 'public', d: 'company' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(viewOf(path).view.brokers.cutPoints).toBe(
      '2 actors are each the only tie of some actor, but the network does not depend on them: each would leave only one actor without ties.',
    );
    const pair = ecosystemOf({ a: 'company', b: 'research', c: 'public' }, [
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(viewOf(pair, { lang: 'fi' }).view.brokers.cutPoints).toBe(
      'B on yhden toimijan ainoa yhteys, mutta verkko ei ole siitä riippuvainen: sen lähtö jättäisi vain yhden toimijan ilman yhteyksiä.',
    );
  });

  it('says no one holds the network together when there is no cut point', () => {
    const triangle = ecosystemOf({ a: 'company', b: 'research', c: 'public' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
    ]);
    const { brokers } = viewOf(triangle).view;
    expect(brokers.table).toBeNull();
    expect(brokers.top).toBeNull();
    expect(brokers.cutPoints).toBe("No single actor's departure would cut other actors off from the rest of the network.");
  });

  it('splits a cut list around "N more" for the HTML report to link it to the actor table', () => {
    const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`x${i}`, 'company' as const]));
    const activationOf = (view: Record<string, unknown>) => view['activation'] as Record<'isolated' | 'weaklyTied', LinkedText | null>;
    const isolated = activationOf(viewOf(ecosystemOf({ hub: 'public', ...many }, [])).view).isolated!;
    expect(isolated.text).toMatch(/ and 4 more\.$/);
    expect(isolated.more).toBe('4 more');
    expect(`${isolated.before}${isolated.more}${isolated.after}`).toBe(isolated.text);
    expect(activationOf(viewOf(base()).view).weaklyTied?.more).toBeNull();
  });
});

describe('mapView: sections for what the data has', () => {
  it('has no project, event or layer-suggestion section without projects and events', () => {
    const { view } = viewOf(base());
    expect(section(view, 'projects')).toBeNull();
    expect(section(view, 'events')).toBeNull();
    expect(view['workPackages']).toBeNull();
    expect(view.sectors.layerSuggestions).toBeNull();
    expect(view.sources.links).toBe('Links in the network (5) are all listed in the inventory.');
  });

  it('lists projects, and events by date, with members by name', () => {
    const { view } = viewOf(withWork(TWO_OFF));
    expect(section(view, 'projects')?.rows).toEqual([['Pilot', 'EAKR', '€450,000', '2024-01-01 – 2025-12-31', 'HUB', '3: HUB, A and C']]);
    expect(section(view, 'events')?.rows).toEqual([
      ['2024-01-10', 'Earlier', '–', '2: B and D'],
      ['2024-05-01', 'Later', '–', '2: A and B'],
    ]);
    expect(view.orchestrators.text).toBe('Orchestrated by HUB.');
  });

  it('says where the links come from: derived from projects and events, or only listed', () => {
    const derived = viewOf(withWork(TWO_OFF));
    expect(derived.result.summary.links).toBe(7);
    expect(derived.view.sources.links).toBe(
      'Links in the network (7) include both those listed in the inventory and ties derived from shared projects and events (1 project and 2 events).',
    );
    const explicit = viewOf(withWork(TWO_OFF), {}, { links: 'explicit' });
    expect(explicit.result.summary.links).toBe(5);
    expect(explicit.view.sources.links).toBe('Links in the network (5) are all listed in the inventory.');
  });

  it('suggests another layer where participation differs from the declared one', () => {
    const en = viewOf(withWork(TWO_OFF)).view.sectors.layerSuggestions;
    // LONE takes part in nothing: there is no participation to suggest a layer from.
    expect(en?.intro).toBe('Project and event participation suggests another layer for 1 actor:');
    expect(en?.items).toEqual(['B: listed as passive member, participation suggests active member']);
    const fi = viewOf(withWork(TWO_OFF), { lang: 'fi' }).view.sectors.layerSuggestions;
    expect(fi?.items[0]).toBe('B: kartoituksessa passiivinen jäsen, osallistumisen perusteella aktiivinen jäsen');
  });

  it('suggests nothing when every declared layer is what participation suggests', () => {
    const agreed = withWork({ ...TWO_OFF, b: 'active', lone: 'potential' });
    const { result, view } = viewOf(agreed);
    expect(result.layerSuggestions).toEqual([]);
    expect(view.sectors.layerSuggestions).toBeNull();
  });
});
