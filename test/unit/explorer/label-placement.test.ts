// The explorer's names: the most central actors are named first, no two
// names overlap, and none runs off the canvas.
import { describe, expect, it } from 'vitest';
import { type LabelCandidate, placeLabels } from '../../../src/explorer/label-placement.js';

const VIEW = { width: 400, height: 300 };
const FONT = 13;

function boxes(placed: ReturnType<typeof placeLabels>, candidates: readonly LabelCandidate[]) {
  const byId = new Map(candidates.map((c) => [c.i, c]));
  return placed.map((p) => ({ left: p.x, right: p.x + byId.get(p.i)!.width, top: p.y - FONT * 0.8, bottom: p.y + FONT * 0.25 }));
}

describe('placing the explorer’s names', () => {
  it('names the first candidate and keeps every name clear of the others and on the canvas', () => {
    // A crowd: 200 actors packed into the middle of the canvas, in order of centrality.
    const candidates: LabelCandidate[] = Array.from({ length: 200 }, (_, i) => ({
      i,
      x: 150 + ((i * 37) % 100),
      y: 100 + ((i * 53) % 100),
      r: 4,
      width: 60 + (i % 5) * 10,
    }));
    const placed = placeLabels(candidates, VIEW, FONT, 1000);
    expect(placed[0]!.i).toBe(0);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(200);
    const b = boxes(placed, candidates);
    for (let p = 0; p < b.length; p++) {
      expect(b[p]!.left).toBeGreaterThanOrEqual(0);
      expect(b[p]!.right).toBeLessThanOrEqual(VIEW.width);
      for (let q = p + 1; q < b.length; q++) {
        const apart = b[p]!.right <= b[q]!.left || b[q]!.right <= b[p]!.left || b[p]!.bottom <= b[q]!.top || b[q]!.bottom <= b[p]!.top;
        expect(apart, `names of ${placed[p]!.i} and ${placed[q]!.i} overlap`).toBe(true);
      }
    }
  });

  it('puts a name left of its dot when the right side runs off the canvas', () => {
    const [placed] = placeLabels([{ i: 7, x: 380, y: 150, r: 5, width: 80 }], VIEW, FONT, 10);
    expect(placed!.x + 80).toBeLessThanOrEqual(380 - 5);
  });

  it('keeps a more central actor’s name and drops the less central one it would cover', () => {
    const placed = placeLabels(
      [
        { i: 1, x: 200, y: 100, r: 4, width: 100 },
        { i: 2, x: 200, y: 102, r: 4, width: 100 },
      ],
      VIEW,
      FONT,
      10,
    );
    // The second name fits only on the left, clear of the first.
    expect(placed.map((p) => p.i)).toEqual([1, 2]);
    expect(placed[1]!.x + 100).toBeLessThanOrEqual(200 - 4);
  });

  it('stops at the limit', () => {
    const spread = Array.from({ length: 50 }, (_, i) => ({ i, x: 10 + (i % 5) * 80, y: 20 + Math.floor(i / 5) * 28, r: 2, width: 20 }));
    expect(placeLabels(spread, VIEW, FONT, 12)).toHaveLength(12);
  });
});

describe('names, dots and the card', () => {
  it('keeps names off other dots, except the first few, which are named whatever they cross', () => {
    const dot = { left: 100, top: 90, right: 140, bottom: 110 };
    const name = (i: number) => ({ i, x: 90, y: 100, r: 4, width: 40 });
    // Right of the dot the name would cross the other dot; left of it, it fits.
    expect(placeLabels([name(1)], VIEW, FONT, 10, { dots: [dot] })[0]!.x).toBeLessThan(90);
    const blocked = { left: 0, top: 0, right: 89, bottom: 300 };
    expect(placeLabels([name(1)], VIEW, FONT, 10, { dots: [dot, blocked] })).toEqual([]);
    expect(placeLabels([name(1)], VIEW, FONT, 10, { dots: [dot, blocked], firm: 1 })).toHaveLength(1);
  });

  it('keeps names out of what the card covers', () => {
    const card = { left: 250, top: 0, right: 400, bottom: 300 };
    const placed = placeLabels([{ i: 1, x: 240, y: 100, r: 4, width: 60 }], VIEW, FONT, 10, { covered: [card] });
    expect(placed).toHaveLength(1);
    expect(placed[0]!.x + 60).toBeLessThanOrEqual(250);
  });
});
