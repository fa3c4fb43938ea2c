// The layer picture: rings from the centre out in VTT's order, only for the
// layers present, each named with its count; actors on their ring in sector
// then name order, clockwise from the top, no two dots overlapping and none on
// a ring's name; actors without a layer left out and counted; above 1,500
// actors the sectors' shares of each ring instead.
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../../../src/analysis/map-result.js';
import type { Layer, Sector } from '../../../../src/model/schema-types.js';
import { labelsFor } from '../../../../src/reports/i18n/index.js';
import { layerSection } from '../../../../src/reports/layer-view.js';
import { type LayerPicture, layerPicture } from '../../../../src/reports/pictures/layer-picture.js';
import { ASCENT, DESCENT, textWidth } from '../../../../src/reports/pictures/picture-frame.js';
import type { PictureEdge } from '../../../../src/reports/pictures/picture-model.js';

const en = labelsFor('en');
const fi = labelsFor('fi');

type Row = { id: string; name: string; sector: Sector | null; layer: Layer | null };

/** Just what the picture reads of a map. */
function mapOf(actors: Row[]): MapResult {
  return { actors: actors.map((a) => ({ ...a, degree: 0, betweenness: 0 })) } as unknown as MapResult;
}

const SECTORS: Sector[] = ['company', 'research', 'public', 'association'];
function ecosystem(counts: Partial<Record<Layer, number>>, unlayered = 0): Row[] {
  const rows: Row[] = [];
  for (const [layer, n] of Object.entries(counts) as [Layer, number][]) {
    for (let i = 0; i < n; i++)
      rows.push({ id: `${layer}${i}`, name: `${String.fromCharCode(90 - (i % 26))} ${layer} ${i}`, sector: SECTORS[(i * 7) % 4]!, layer });
  }
  for (let i = 0; i < unlayered; i++) rows.push({ id: `none${i}`, name: `None ${i}`, sector: 'company', layer: null });
  return rows;
}

/** The angle of a dot clockwise from the top, 0 to 2π. */
const angleOf = (p: LayerPicture, d: { x: number; y: number }): number => {
  const a = Math.atan2(d.x - p.cx, -(d.y - p.cy));
  return a < 0 ? a + 2 * Math.PI : a;
};

describe('the layer picture', () => {
  it('is drawn only with at least two layers', () => {
    expect(layerPicture(mapOf(ecosystem({ active: 5 }, 3)), [], en)).toBeNull();
    expect(layerPicture(mapOf(ecosystem({ active: 5, passive: 1 })), [], en)).not.toBeNull();
  });

  it('has a ring per layer present, from the centre out, named with its count', () => {
    const picture = layerPicture(mapOf(ecosystem({ potential: 9, orchestrator: 1, active: 16, partner: 1 })), [], en)!;
    // Drawn outermost first.
    expect(picture.rings.map((r) => r.layer)).toEqual(['potential', 'active', 'partner', 'orchestrator']);
    expect(picture.rings.map((r) => r.label.text)).toEqual(['Potential members (9)', 'Active members (16)', 'Partner (1)', 'Orchestrator (1)']);
    const radii = picture.rings.map((r) => r.r);
    expect([...radii].sort((a, b) => b - a)).toEqual(radii);
    const finnish = layerPicture(mapOf(ecosystem({ orchestrator: 1, partner: 1200, passive: 3 })), [], fi)!;
    expect(finnish.rings.map((r) => r.label.text)).toEqual(['Passiiviset jäsenet (3)', 'Partnerit (1\u00a0200)', 'Orkestroija (1)']);
  });

  it('puts every actor on its own ring: a lone orchestrator in the middle', () => {
    const picture = layerPicture(mapOf(ecosystem({ orchestrator: 1, partner: 8, active: 30, passive: 60 })), [], en)!;
    const bounds = new Map(picture.rings.map((r, i) => [r.layer, { outer: r.r, inner: picture.rings[i + 1]?.r ?? 0 }]));
    for (const d of picture.dots) {
      const distance = Math.hypot(d.x - picture.cx, d.y - picture.cy);
      const { inner, outer } = bounds.get(d.layer)!;
      if (d.layer === 'orchestrator') expect(distance).toBe(0);
      else {
        expect(distance).toBeGreaterThan(inner);
        expect(distance).toBeLessThan(outer);
      }
    }
  });

  it('sets each ring clockwise from the top in sector order, then by name, so the colours group', () => {
    const picture = layerPicture(mapOf(ecosystem({ partner: 12, active: 40 })), [], en)!;
    const order = Object.keys(en.sector);
    for (const layer of ['partner', 'active'] as const) {
      const dots = picture.dots.filter((d) => d.layer === layer).sort((a, b) => angleOf(picture, a) - angleOf(picture, b));
      const keys = dots.map((d) => order.indexOf(d.sector));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      // Within a sector, by name.
      const names = dots.filter((d) => d.sector === 'company').map((d) => d.title);
      expect(names).toEqual([...names].sort());
    }
  });

  it("keeps dots apart and off the rings' names, even with thousands of actors", () => {
    for (const counts of [
      { orchestrator: 1, partner: 5, active: 40 },
      { orchestrator: 3, partner: 300, active: 1200, passive: 2500, potential: 800 },
    ]) {
      const picture = layerPicture(mapOf(ecosystem(counts)), [], en)!;
      const dots = [...picture.dots].sort((a, b) => a.x - b.x);
      for (let i = 0; i < dots.length; i++) {
        for (let j = i + 1; j < dots.length && dots[j]!.x - dots[i]!.x < 2 * dots[i]!.r; j++) {
          expect(Math.hypot(dots[i]!.x - dots[j]!.x, dots[i]!.y - dots[j]!.y)).toBeGreaterThanOrEqual(dots[i]!.r + dots[j]!.r - 0.2);
        }
      }
      for (const ring of picture.rings) {
        const w = textWidth(ring.label.text) / 2;
        for (const d of picture.dots) {
          const inside = d.x > ring.label.x - w && d.x < ring.label.x + w && d.y > ring.label.y - ASCENT && d.y < ring.label.y + DESCENT;
          expect(inside, `${d.id} on ${ring.label.text}`).toBe(false);
        }
      }
    }
  });

  it('leaves out actors without a layer and says how many', () => {
    const result = mapOf(ecosystem({ orchestrator: 1, active: 4 }, 3));
    const section = layerSection(result, [], en)!;
    expect(section.picture.dots).toHaveLength(5);
    expect(section.note).toBe('3 actors without a layer are not in the picture.');
    expect(layerSection(mapOf(ecosystem({ orchestrator: 1, active: 4 }, 1)), [], fi)!.note).toBe('Kuvasta puuttuu 1 toimija, jolle ei ole merkitty kerrosta.');
    expect(layerSection(mapOf(ecosystem({ orchestrator: 1, active: 4 })), [], en)!.note).toBeNull();
  });

  it('draws ties between actors on the rings, derived ones apart', () => {
    const result = mapOf(ecosystem({ orchestrator: 1, active: 4 }, 1));
    const edges: PictureEdge[] = [
      { source: 'orchestrator0', target: 'active0', weight: 1, origin: 'explicit' },
      { source: 'active1', target: 'active2', weight: 2, origin: 'derived' },
      { source: 'active3', target: 'none0', weight: 1, origin: 'explicit' },
    ];
    const picture = layerPicture(result, edges, en)!;
    expect(picture.edges.map((e) => [e.source, e.derived])).toEqual([
      ['orchestrator0', false],
      ['active1', true],
    ]);
    expect(picture.hasDerived).toBe(true);
    expect(picture.tieLegend.map((t) => t.derived)).toEqual([false, true]);
  });

  it('names the orchestrator first, then the partners with the most ties, clear of the rings’ names', () => {
    const rows = ecosystem({ orchestrator: 1, partner: 3, active: 6 });
    const edges: PictureEdge[] = rows.slice(1).map((r) => ({ source: rows[0]!.id, target: r.id, weight: 1, origin: 'explicit' }));
    edges.push({ source: 'partner2', target: 'active0', weight: 1, origin: 'explicit' });
    const byDegree = mapOf(rows);
    for (const a of byDegree.actors) (a as { degree: number }).degree = edges.filter((e) => e.source === a.id || e.target === a.id).length;
    const picture = layerPicture(byDegree, edges, en)!;
    // Ties broken by name: "Y partner 1" before "Z partner 0".
    expect(picture.labels.map((l) => l.id)).toEqual(['orchestrator0', 'partner2', 'partner1', 'partner0']);
    for (const ring of picture.rings) {
      const top = ring.label.y - 14;
      for (const l of picture.labels) expect(l.y < top - 2 || l.y - 14 > ring.label.y + 4 || Math.abs(l.x - ring.label.x) > 60).toBe(true);
    }
  });

  it('with over 1,500 actors on the rings, shows each ring’s sector shares as arcs, draws no ties and says so', () => {
    const rows = ecosystem({ orchestrator: 1, active: 800, passive: 800 });
    const edges: PictureEdge[] = rows.slice(1).map((r) => ({ source: rows[0]!.id, target: r.id, weight: 1, origin: 'explicit' }));
    const section = layerSection(mapOf(rows), edges, en)!;
    expect(section.picture.dots).toEqual([]);
    expect(section.picture.edges).toEqual([]);
    // One arc per sector on each ring: the orchestrator's one, and four on each of the others.
    expect(section.picture.arcs.map((a) => a.layer)).toEqual(['orchestrator', ...Array(4).fill('active'), ...Array(4).fill('passive')]);
    expect(section.picture.arcs.find((a) => a.layer === 'active')!.title).toBe('Companies: 200 (Active members)');
    // The legend still counts actors.
    expect(section.picture.legend.reduce((sum, l) => sum + l.count, 0)).toBe(1601);
    expect(section.caption).toBe(en.layerPicture.captionShares);
    expect(section.note).toBe('With 1,601 actors on the rings, each ring shows its sectors’ shares instead of single actors, and ties are not drawn.');
  });
});
