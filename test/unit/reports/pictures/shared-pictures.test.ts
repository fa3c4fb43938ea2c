// The two pictures of `eco diff`: one frame and one set of names for both;
// the picture after outlines what is new, the picture before draws faint what
// is gone, each with its legend entries; nothing is marked in a picture of a
// single snapshot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MapOptions, mapEcosystem } from '../../../../src/analysis/map-analysis.js';
import { DEFAULT_SEED } from '../../../../src/analysis/random.js';
import { labelsFor } from '../../../../src/reports/i18n/index.js';
import { networkPicture } from '../../../../src/reports/pictures/network-picture.js';
import { sharedPictures } from '../../../../src/reports/pictures/shared-pictures.js';
import { render } from '../../../../src/reports/render.js';
import { ecosystemOf } from '../../analysis/helpers.js';

const OPTIONS: MapOptions = { directed: false, links: 'all', exact: true, seed: DEFAULT_SEED };
const en = labelsFor('en');
const fi = labelsFor('fi');

/** Before: a hub with four spokes and OLD on C. After: OLD gone, NEW joined on B, and a new tie A–B. */
function snapshots() {
  const before = mapEcosystem(
    ecosystemOf({ hub: 'public', a: 'company', b: 'company', c: 'research', d: 'education', old: 'association' }, [
      ['hub', 'a'],
      ['hub', 'b'],
      ['hub', 'c'],
      ['hub', 'd'],
      ['c', 'old'],
    ]),
    OPTIONS,
  );
  const after = mapEcosystem(
    ecosystemOf({ hub: 'public', a: 'company', b: 'company', c: 'research', d: 'education', new: 'financier' }, [
      ['hub', 'a'],
      ['hub', 'b'],
      ['hub', 'c'],
      ['hub', 'd'],
      ['a', 'b'],
      ['b', 'new'],
    ]),
    OPTIONS,
  );
  return { before, after };
}

type Flag = 'isNew' | 'gone';
const actors = (nodes: { id: string; isNew: boolean; gone: boolean }[], flag: Flag): string[] =>
  nodes
    .filter((n) => n[flag])
    .map((n) => n.id)
    .sort();
const ties = (edges: { source: string; target: string; isNew: boolean; gone: boolean }[], flag: Flag): string[] =>
  edges
    .filter((e) => e[flag])
    .map((e) => [e.source, e.target].sort().join('–'))
    .sort();

describe('the pictures of a comparison', () => {
  const { before, after } = snapshots();
  const [then, now] = sharedPictures(before, after, en);

  it('outlines the new actor and ties in the picture after, and nothing in the picture before', () => {
    expect(actors(now.nodes, 'isNew')).toEqual(['new']);
    expect(ties(now.edges, 'isNew')).toEqual(['a–b', 'b–new']);
    expect(actors(now.nodes, 'gone')).toEqual([]);
    expect(actors(then.nodes, 'isNew')).toEqual([]);
  });

  it('draws the actor and the tie that are gone faint in the picture before', () => {
    expect(actors(then.nodes, 'gone')).toEqual(['old']);
    expect(ties(then.edges, 'gone')).toEqual(['c–old']);
    expect(ties(now.edges, 'gone')).toEqual([]);
  });

  it("explains the marks in each picture's legend, in either language", () => {
    expect(now.markLegend.map((m) => [m.mark, m.label])).toEqual([
      ['new-actor', 'new actor'],
      ['new-tie', 'new tie'],
    ]);
    expect(then.markLegend.map((m) => [m.mark, m.label])).toEqual([
      ['gone-actor', 'actor who left'],
      ['gone-tie', 'tie that is gone'],
    ]);
    const [thenFi, nowFi] = sharedPictures(before, after, fi);
    expect(nowFi.markLegend.map((m) => m.label)).toEqual(['uusi toimija', 'uusi yhteys']);
    expect(thenFi.markLegend.map((m) => m.label)).toEqual(['lähtenyt toimija', 'poistunut yhteys']);
    for (const picture of [now, then]) for (const item of picture.markLegend) expect(item.ty).toBeLessThan(picture.height);
  });

  it('names the same actors at the same places in both pictures', () => {
    const both = (id: string) => then.nodes.some((n) => n.id === id) && now.nodes.some((n) => n.id === id);
    const key = (l: { id: string; x: number; y: number; text: string }) => `${l.id} ${l.x} ${l.y} ${l.text}`;
    expect(then.labels.filter((l) => both(l.id)).map(key)).toEqual(now.labels.filter((l) => both(l.id)).map(key));
    expect(now.labels.map((l) => l.id)).toContain('hub');
    for (const n of then.nodes.filter((n) => both(n.id))) expect(now.nodes.find((m) => m.id === n.id)).toMatchObject({ x: n.x, y: n.y });
  });

  it('draws the marks in their own layers of the SVG', () => {
    const partial = (name: string) => readFileSync(new URL(`../../../../src/reports/templates/partials/${name}.hbs`, import.meta.url), 'utf8');
    const svg = (picture: typeof now) =>
      render(
        {
          main: '{{> network-svg picture=picture caption=caption}}',
          partials: { 'network-svg': partial('network-svg'), 'picture-legend': partial('picture-legend') },
        },
        { picture, caption: 'x' },
        'svg',
      );
    const nowSvg = svg(now);
    expect(nowSvg).toMatch(/<g class="marks"[^>]*>\n<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+"\/>\n<\/g>/);
    expect(nowSvg).toMatch(/<g class="edges new"[^>]*>\n(<line [^>]*data-source="(a|b)" data-target="(b|new)"\/>\n){2}<\/g>/);
    const thenSvg = svg(then);
    expect(thenSvg).toMatch(/<g class="nodes gone"[^>]*stroke-dasharray[^>]*>\n<circle class="node" [^>]*data-id="old"/);
    expect(thenSvg).toMatch(/<g class="edges gone"[^>]*>\n<line [^>]*data-source="c" data-target="old"\/>/);
  });

  it('marks nothing in the picture of one snapshot', () => {
    const picture = networkPicture(after.result, after.edges, en);
    expect(picture.hasMarks).toBe(false);
    expect(picture.markLegend).toEqual([]);
    expect(picture.nodes.some((n) => n.isNew || n.gone)).toBe(false);
  });
});
