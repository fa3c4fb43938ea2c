// The network picture tells listed ties from those known only through shared
// projects and events: derived ties are drawn dashed and lighter, listed ones
// solid, and the legend explains the two line styles when the picture has
// derived ties. In a picture of groups, the line between two groups is dashed
// only when every tie between them is derived.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapEcosystem, type MapOptions } from '../../../src/analysis/map-analysis.js';
import type { MapResult } from '../../../src/analysis/map-result.js';
import { DEFAULT_SEED } from '../../../src/analysis/random.js';
import type { Ecosystem } from '../../../src/model/schema-types.js';
import { labelsFor } from '../../../src/reports/i18n/index.js';
import { communityMapNote } from '../../../src/reports/pictures/community-picture.js';
import { networkPicture } from '../../../src/reports/pictures/network-picture.js';
import type { NetworkPicture, PictureEdge } from '../../../src/reports/pictures/picture-model.js';
import { sharedPictures } from '../../../src/reports/pictures/shared-pictures.js';
import { render } from '../../../src/reports/render.js';
import { ecosystemOf } from '../analysis/helpers.js';

const OPTIONS: MapOptions = { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED };
const en = labelsFor('en');
const fi = labelsFor('fi');
const partial = (name: string): string => readFileSync(new URL(`../../../src/reports/templates/partials/${name}.hbs`, import.meta.url), 'utf8');
const PARTIALS = { 'network-svg': partial('network-svg'), 'picture-legend': partial('picture-legend') };

/**
 * Listed: HUB–A, A–B, HUB–C, C–D. Project P1 (HUB leads, A and C partners)
 * adds A–C, known only from the project; event E1 (B, D) adds B–D. A–B is
 * also met at event E2, but stays listed.
 */
function withProject(): Ecosystem {
  return ecosystemOf(
    { hub: 'public', a: 'company', b: 'company', c: 'research', d: 'education' },
    [
      ['hub', 'a'],
      ['a', 'b'],
      ['hub', 'c'],
      ['c', 'd'],
    ],
    {
      projects: [{ id: 'p1', title: 'Pilot', lead: 'hub', partners: ['a', 'c'] }],
      events: [
        { id: 'e1', title: 'Workshop', date: '2024-01-10', participants: ['b', 'd'] },
        { id: 'e2', title: 'Seminar', date: '2024-02-10', participants: ['a', 'b'] },
      ],
    },
  );
}

const pair = (e: { source: string; target: string }): string => [e.source, e.target].sort().join('–');
const drawn = (picture: NetworkPicture, derived: boolean): string[] =>
  picture.edges
    .filter((e) => e.derived === derived)
    .map(pair)
    .sort();

/** The rendered SVG's lines in the dashed layer and in the solid one, as sorted pairs. */
function svgLayers(picture: NetworkPicture): { dashed: string[]; solid: string[]; svg: string } {
  const svg = render({ main: '{{> network-svg picture=picture caption=caption}}', partials: PARTIALS }, { picture, caption: 'Network' }, 'svg');
  const layer = (open: RegExp): string[] => {
    const match = open.exec(svg);
    if (!match) return [];
    const body = svg.slice(match.index, svg.indexOf('</g>', match.index));
    return [...body.matchAll(/data-source="([^"]+)" data-target="([^"]+)"/g)].map((m) => pair({ source: m[1]!, target: m[2]! })).sort();
  };
  return { dashed: layer(/<g class="edges derived"[^>]*stroke-dasharray="4 3"[^>]*>/), solid: layer(/<g class="edges"[^>]*>/), svg };
}

describe('network picture: listed and derived ties', () => {
  const { result, edges } = mapEcosystem(withProject(), OPTIONS);

  it('marks exactly the ties known only from the project and the event as derived', () => {
    const picture = networkPicture(result, edges, en);
    expect(drawn(picture, true)).toEqual(['a–c', 'b–d']);
    expect(drawn(picture, false)).toEqual(['a–b', 'a–hub', 'c–d', 'c–hub']);
    expect(picture.hasDerived).toBe(true);
  });

  it('draws derived ties dashed and lighter, listed ones solid', () => {
    const { dashed, solid, svg } = svgLayers(networkPicture(result, edges, en));
    expect(dashed).toEqual(['a–c', 'b–d']);
    expect(solid).toEqual(['a–b', 'a–hub', 'c–d', 'c–hub']);
    const derivedLayer = /<g class="edges derived"([^>]*)>/.exec(svg)![1]!;
    const listedLayer = /<g class="edges"([^>]*)>/.exec(svg)![1]!;
    const opacity = (attrs: string): number => Number(/stroke-opacity="([\d.]+)"/.exec(attrs)![1]);
    expect(opacity(derivedLayer)).toBeLessThan(opacity(listedLayer));
    expect(listedLayer).not.toContain('stroke-dasharray');
    // The derived layer is drawn first, so listed ties lie on top.
    expect(svg.indexOf('class="edges derived"')).toBeLessThan(svg.indexOf('class="edges"'));
  });

  it('explains the two line styles under the picture, in either language', () => {
    expect(networkPicture(result, edges, en).tieLegend.map((item) => [item.derived, item.label])).toEqual([
      [false, 'listed tie'],
      [true, 'derived tie (shared project or event)'],
    ]);
    const finnish = networkPicture(result, edges, fi);
    expect(finnish.tieLegend.map((item) => item.label)).toEqual(['kirjattu yhteys', 'johdettu yhteys (yhteinen hanke tai tilaisuus)']);
    const { svg } = svgLayers(finnish);
    expect(svg).toContain('data-tie="derived"');
    expect(svg).toContain('>johdettu yhteys (yhteinen hanke tai tilaisuus)</text>');
    // The legend row fits in the picture.
    for (const item of finnish.tieLegend) expect(item.ty).toBeLessThan(finnish.height);
  });

  it('has no derived layer and no line legend when every tie is listed', () => {
    const listed: PictureEdge[] = edges.map((e) => ({ ...e, origin: 'explicit' }));
    const picture = networkPicture(result, listed, en);
    expect(picture.hasDerived).toBe(false);
    expect(picture.tieLegend).toEqual([]);
    const { dashed, svg } = svgLayers(picture);
    expect(dashed).toEqual([]);
    expect(svg).not.toContain('stroke-dasharray');
    expect(picture.height).toBeLessThan(networkPicture(result, edges, en).height);
  });

  it('shows only the derived style when no tie is listed', () => {
    const derived: PictureEdge[] = edges.map((e) => ({ ...e, origin: 'derived' }));
    expect(networkPicture(result, derived, en).tieLegend.map((item) => item.derived)).toEqual([true]);
  });

  it('keeps the origin in the before and after pictures of a comparison', () => {
    const before: PictureEdge[] = edges.filter((e) => pair(e) !== 'b–d');
    const [then, now] = sharedPictures({ result, edges: before }, { result, edges }, en);
    expect(drawn(then, true)).toEqual(['a–c']);
    expect(drawn(now, true)).toEqual(['a–c', 'b–d']);
    expect(drawn(now, false)).toEqual(['a–b', 'a–hub', 'c–d', 'c–hub']);
  });
});

describe('network picture of groups: listed and derived ties', () => {
  /**
   * Over 1,500 actors, so the picture shows groups: X = {HUB, A}, Y = {B, C},
   * Z = {D, LONE}; the padding actors belong to no group shown. X–Y has a
   * listed and a derived tie (solid), Y–Z only derived ones (dashed).
   */
  function grouped(): { result: MapResult; edges: PictureEdge[] } {
    const eco = withProject();
    const base = mapEcosystem({ ...eco, actors: [...eco.actors, { id: 'lone', name: 'LONE', sector: 'company' }] }, OPTIONS).result;
    const group: Record<string, number> = { hub: 0, a: 0, b: 1, c: 1, d: 2, lone: 2 };
    const template = base.actors[0]!;
    const padding = Array.from({ length: 1500 }, (_, i) => ({ ...template, id: `pad${i}`, name: `Pad ${i}`, community: 99 }));
    const row = (id: number, members: string[]): MapResult['communities'][number] => ({
      id,
      size: 2,
      sectors: [{ sector: 'company', actors: 2 }],
      topActors: members,
    });
    const result: MapResult = {
      ...base,
      actors: [...base.actors.map((a) => ({ ...a, community: group[a.id]! })), ...padding],
      communities: [row(0, ['hub', 'a']), row(1, ['b', 'c']), row(2, ['d', 'lone'])],
    };
    const edges: PictureEdge[] = [
      { source: 'hub', target: 'b', weight: 1, origin: 'explicit' },
      { source: 'a', target: 'c', weight: 1, origin: 'derived' },
      { source: 'c', target: 'd', weight: 1, origin: 'derived' },
      { source: 'b', target: 'lone', weight: 1, origin: 'derived' },
    ];
    return { result, edges };
  }

  it('dashes a line between groups only when all its ties are derived', () => {
    const { result, edges } = grouped();
    const picture = networkPicture(result, edges, en);
    expect(picture.mode).toBe('communities');
    expect(drawn(picture, false)).toEqual(['c0–c1']);
    expect(drawn(picture, true)).toEqual(['c1–c2']);
    expect(picture.tieLegend.map((item) => item.derived)).toEqual([false, true]);
    const { dashed, solid } = svgLayers(picture);
    expect(dashed).toEqual(['c1–c2']);
    expect(solid).toEqual(['c0–c1']);
  });

  it('names each group by its best-tied actors and counts actors, not groups, in the legend and the caption', () => {
    const { result, edges } = grouped();
    const picture = networkPicture(result, edges, en);
    expect(picture.labels.map((l) => l.text).sort()).toEqual(['B and C (company)', 'D and LONE (company)', 'HUB and A (company)']);
    expect(picture.nodes.find((n) => n.id === 'c0')!.title).toBe('HUB and A (company): 2 actors');
    expect(picture.legend.map((item) => [item.label, item.countText])).toEqual([['Companies', '6']]);
    expect(communityMapNote(result, picture, en)).toBe(
      'The network has 1,506 actors, too many to draw one by one: the picture shows its 3 largest groups (6 actors in all) and the ties between them. A group’s colour is its largest sector; the legend counts the actors in those groups. 1,500 actors, alone in their groups or in smaller groups, are left out.',
    );
    expect(communityMapNote(result, networkPicture(result, edges, fi), fi)).toContain('Kuvassa on verkon 3 suurinta ryhmää, joissa on yhteensä 6 toimijaa');
  });
});
