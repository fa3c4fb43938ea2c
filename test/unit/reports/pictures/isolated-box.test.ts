// Actors without ties go in a captioned box under the network: a grid that
// wraps into rows, the box (and so the picture) as tall as they need, the
// legend under it, the count in the caption written as the language writes it.
import { describe, expect, it } from 'vitest';
import { mapEcosystem } from '../../../../src/analysis/map-analysis.js';
import { DEFAULT_SEED } from '../../../../src/analysis/random.js';
import { labelsFor } from '../../../../src/reports/i18n/index.js';
import { cellOf, isolatedBox } from '../../../../src/reports/pictures/isolated-box.js';
import { networkPicture } from '../../../../src/reports/pictures/network-picture.js';
import { HEIGHT, WIDTH } from '../../../../src/reports/pictures/picture-frame.js';
import { ecosystemOf } from '../../analysis/helpers.js';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `x${String(i).padStart(4, '0')}`);

describe('the box of actors without ties', () => {
  it('is not there without such actors', () => {
    expect(isolatedBox([], HEIGHT)).toEqual({ box: null, positions: new Map(), height: 0 });
  });

  it('holds a few in one row and grows a row at a time', () => {
    const few = isolatedBox(ids(8), HEIGHT);
    const rowsOf = (n: number) => new Set([...isolatedBox(ids(n), HEIGHT).positions.values()].map((p) => p.y)).size;
    expect(rowsOf(8)).toBe(1);
    const perRow = [...few.positions.values()].length;
    expect(perRow).toBe(8);
    const many = isolatedBox(ids(100), HEIGHT);
    expect(rowsOf(100)).toBeGreaterThan(1);
    expect(many.height - few.height).toBe((rowsOf(100) - 1) * cellOf(100));
  });

  it('keeps every actor inside the box, under its caption, a grid step apart, in the order given', () => {
    for (const n of [1, 8, 45, 301, 1000]) {
      const { box, positions } = isolatedBox(ids(n), HEIGHT);
      const places = ids(n).map((id) => positions.get(id)!);
      const cell = cellOf(n);
      for (const p of places) {
        expect(p.x).toBeGreaterThan(box!.x);
        expect(p.x).toBeLessThan(box!.x + box!.width);
        expect(p.y).toBeGreaterThan(box!.ty);
        expect(p.y).toBeLessThan(box!.y + box!.height);
      }
      for (let i = 1; i < places.length; i++) {
        const [a, b] = [places[i - 1]!, places[i]!];
        // Left to right, then the next row.
        expect(b.y > a.y || (b.y === a.y && b.x - a.x >= cell - 0.1)).toBe(true);
      }
      expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('is captioned "No ties (n)" / "Ei yhteyksiä (n)" in the picture, the legend under it', () => {
    const sectors = Object.fromEntries([...ids(1000).map((id) => [id, 'company' as const]), ['a', 'public'], ['b', 'research']]);
    const { result, edges } = mapEcosystem(ecosystemOf(sectors, [['a', 'b']]), { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED });
    const fi = networkPicture(result, edges, labelsFor('fi'));
    expect(fi.isolated!.caption).toBe('Ei yhteyksiä (1\u00a0000)');
    const en = networkPicture(result, edges, labelsFor('en'));
    expect(en.isolated!.caption).toBe('No ties (1,000)');
    const box = en.isolated!;
    for (const item of en.legend) expect(item.cy).toBeGreaterThan(box.y + box.height);
    expect(en.height).toBeGreaterThan(box.y + box.height);
    // The tied actors stay in the drawing above it.
    for (const n of en.nodes.filter((n) => n.id === 'a' || n.id === 'b')) expect(n.y).toBeLessThan(HEIGHT);
  });
});

describe('the isolated actors’ names', () => {
  it('names each actor beside its dot when there are few, cut at a word with the full name kept', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const names: Record<string, string> = { a: 'Deltabit', b: 'FSM Oy', c: 'Gravelon Oy', d: 'Pirkanmaan ammattikorkeakoulun opiskelijakunta TAMKO ry' };
    const { box, positions } = isolatedBox(ids, 700, (id) => names[id]!);
    expect(box!.names.map((n) => n.text.slice(0, 8))).toEqual(['Deltabit', 'FSM Oy', 'Gravelon', 'Pirkanma']);
    expect(box!.names[3]!.text.endsWith('…')).toBe(true);
    expect(box!.names[3]!.title).toBe(names['d']);
    // Each name starts right of its own dot, on its row.
    ids.forEach((id, i) => {
      expect(box!.names[i]!.x).toBeGreaterThan(positions.get(id)!.x);
      expect(Math.abs(box!.names[i]!.y - positions.get(id)!.y)).toBeLessThan(8);
    });
  });

  it('draws dots only when there are many', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `x${i}`);
    expect(isolatedBox(ids, 700, (id) => id).box!.names).toEqual([]);
  });
});
