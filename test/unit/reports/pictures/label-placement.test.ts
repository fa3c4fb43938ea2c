// Names are placed in rank order: the first PLACED_FIRST always get a place
// (beside the node, or further out with a leader line) even in a crowded
// star; no two names overlap; no name covers the node of a first-placed
// actor unless it is itself a first-placed one with nowhere else to go.
import { describe, expect, it } from 'vitest';
import { mapEcosystem } from '../../../../src/analysis/map-analysis.js';
import { DEFAULT_SEED } from '../../../../src/analysis/random.js';
import { labelsFor } from '../../../../src/reports/i18n/index.js';
import { type LabelNode, type LabelRequest, PLACED_FIRST, type PlacedLabel, placeLabels } from '../../../../src/reports/pictures/label-placement.js';
import { networkPicture } from '../../../../src/reports/pictures/network-picture.js';
import { type Box, boxesOverlap, textWidth } from '../../../../src/reports/pictures/picture-frame.js';
import { ecosystemOf } from '../../analysis/helpers.js';

const AREA: Box = { left: 2, right: 998, top: 2, bottom: 698 };

/** A hub, five sub-hubs close around it and sixty leaves packed around them, the names long. */
function crowdedStar(): { nodes: LabelNode[]; requests: LabelRequest[] } {
  const hub: LabelNode = { id: 'hub', x: 500, y: 350, r: 18 };
  const subs = Array.from({ length: 5 }, (_, i): LabelNode => {
    const angle = (2 * Math.PI * i) / 5;
    return { id: `sub${i}`, x: 500 + 45 * Math.cos(angle), y: 350 + 45 * Math.sin(angle), r: 11 };
  });
  const leaves = Array.from({ length: 60 }, (_, i): LabelNode => {
    const angle = (2 * Math.PI * i) / 60;
    const distance = 80 + (i % 3) * 14;
    return { id: `leaf${i}`, x: 500 + distance * Math.cos(angle), y: 350 + distance * Math.sin(angle), r: 5 };
  });
  const nodes = [hub, ...subs, ...leaves];
  const named = [hub, ...subs, ...leaves.slice(0, 12)];
  const requests = named.map((node, i) => ({ node, text: `Pirkanmaan kehittämisyhtiö ${i} Oy`, title: null }));
  return { nodes, requests };
}

function expectNoOverlaps(placed: readonly PlacedLabel[]): void {
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box), `${placed[i]!.text} / ${placed[j]!.text}`).toBe(false);
  }
}

const covers = (box: Box, n: LabelNode): boolean => {
  const dx = Math.max(box.left - n.x, 0, n.x - box.right);
  const dy = Math.max(box.top - n.y, 0, n.y - box.bottom);
  return Math.hypot(dx, dy) < n.r;
};

describe('placing names', () => {
  it('places the first five of a crowded star, the rest only where they fit', () => {
    const { nodes, requests } = crowdedStar();
    const placed = placeLabels(requests, nodes, AREA);
    expect(placed.slice(0, PLACED_FIRST).map((l) => l.id)).toEqual(requests.slice(0, PLACED_FIRST).map((r) => r.node.id));
    // Some of them could only go further out, on a leader line that starts at their node's edge.
    const far = placed.filter((l) => l.leader);
    expect(far.length).toBeGreaterThan(0);
    for (const l of far) {
      const node = nodes.find((n) => n.id === l.id)!;
      expect(Math.hypot(l.leader!.x1 - node.x, l.leader!.y1 - node.y)).toBeCloseTo(node.r + 1, 0);
    }
    expect(placed.length).toBeLessThan(requests.length);
    expectNoOverlaps(placed);
    for (const l of placed) {
      expect(l.box.left).toBeGreaterThanOrEqual(AREA.left);
      expect(l.box.right).toBeLessThanOrEqual(AREA.right);
      expect(l.box.right - l.box.left).toBeCloseTo(textWidth(l.text));
    }
  });

  it('keeps the names after the first five off the first five nodes', () => {
    const { nodes, requests } = crowdedStar();
    const placed = placeLabels(requests, nodes, AREA);
    const central = nodes.filter((n) => requests.slice(0, PLACED_FIRST).some((r) => r.node.id === n.id));
    for (const l of placed.slice(PLACED_FIRST)) for (const n of central) expect(covers(l.box, n), `${l.id} over ${n.id}`).toBe(false);
    // Nor does any name cover its own node.
    for (const l of placed) expect(covers(l.box, nodes.find((n) => n.id === l.id)!)).toBe(false);
  });

  it('puts a name right of its node when nothing is in the way', () => {
    const node = { id: 'a', x: 100, y: 100, r: 6 };
    const [label] = placeLabels([{ node, text: 'Alone', title: null }], [node], AREA);
    expect(label).toMatchObject({ anchor: 'start', leader: null });
    expect(label!.x).toBeGreaterThan(node.x + node.r);
  });

  it('leaves out a lower-ranked name that has no room, never a first-placed one', () => {
    // Two nodes so close that their long names cannot both sit beside them in a tiny frame.
    const a = { id: 'a', x: 50, y: 20, r: 4 };
    const b = { id: 'b', x: 60, y: 20, r: 4 };
    const area = { left: 0, right: 300, top: 0, bottom: 40 };
    const long = (node: LabelNode) => ({ node, text: 'A rather long name', title: null });
    const placed = placeLabels([long(a), long(b)], [a, b], area);
    expect(placed.map((l) => l.id)).toContain('a');
    expectNoOverlaps(placed);
  });

  it('gives the same places for the same input', () => {
    const { nodes, requests } = crowdedStar();
    expect(placeLabels(requests, nodes, AREA)).toEqual(placeLabels(requests, nodes, AREA));
  });
});

describe('names in the network picture', () => {
  /** Six hubs in a ring, each with eight leaves whose names are long. */
  function stars() {
    const sectors: Record<string, 'company' | 'public'> = {};
    const links: [string, string][] = [];
    for (let h = 0; h < 6; h++) {
      sectors[`hub${h}`] = 'public';
      links.push([`hub${h}`, `hub${(h + 1) % 6}`]);
      for (let l = 0; l < 8; l++) {
        sectors[`h${h}leaf${l}`] = 'company';
        links.push([`hub${h}`, `h${h}leaf${l}`]);
      }
    }
    const eco = ecosystemOf(sectors, links);
    eco.actors = eco.actors.map((a) => ({ ...a, name: `${a.name} Kehittämisyhtiö Pirkanmaan Seutu Oy` }));
    return mapEcosystem(eco, { directed: false, links: 'all', exact: true, seed: DEFAULT_SEED });
  }

  it('names the five most central actors, by betweenness, shortened at a word with the full name in a title', () => {
    const { result, edges } = stars();
    const picture = networkPicture(result, edges, labelsFor('en'));
    const top = [...result.actors].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree).slice(0, PLACED_FIRST);
    const named = new Set(picture.labels.map((l) => l.id));
    for (const a of top) expect(named, a.id).toContain(a.id);
    for (const label of picture.labels) {
      const name = result.actors.find((a) => a.id === label.id)!.name;
      if (label.text === name) expect(label.title).toBeNull();
      else {
        expect(label.title).toBe(name);
        expect(label.text.endsWith('…')).toBe(true);
        expect(name.startsWith(label.text.slice(0, -1))).toBe(true);
        expect(name[label.text.length - 1]).toBe(' ');
      }
    }
    expectNoOverlaps(picture.labels);
  });
});
