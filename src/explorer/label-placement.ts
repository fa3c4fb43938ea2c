// Which names the map shows at the present zoom: actors in order of how
// central they are, each name right of its dot (else left), kept only where it
// overlaps no name already placed and stays on the canvas. So the most
// central actors are named at every zoom and no name covers another.

export interface LabelCandidate {
  /** The actor. */
  i: number;
  /** The dot's centre and radius on screen. */
  x: number;
  y: number;
  r: number;
  /** The name's width on screen. */
  width: number;
}

export interface PlacedLabel {
  i: number;
  /** Where the text starts (left edge) and its baseline. */
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  view: { width: number; height: number },
  fontSize: number,
  limit: number,
  /** Parts of the canvas something covers (the card): no name goes there. */
  covered: readonly Box[] = [],
): PlacedLabel[] {
  const cell = 96;
  const grid = new Map<number, Box[]>();
  const cellsOf = (box: Box): number[] => {
    const keys: number[] = [];
    for (let gx = Math.floor(box.left / cell); gx <= Math.floor(box.right / cell); gx++) {
      for (let gy = Math.floor(box.top / cell); gy <= Math.floor(box.bottom / cell); gy++) keys.push(gx * 100_003 + gy);
    }
    return keys;
  };
  const free = (box: Box): boolean =>
    box.left >= 0 &&
    box.top >= 0 &&
    box.right <= view.width &&
    box.bottom <= view.height &&
    cellsOf(box).every((key) => (grid.get(key) ?? []).every((p) => box.right <= p.left || p.right <= box.left || box.bottom <= p.top || p.bottom <= box.top));
  const occupy = (box: Box): void => {
    for (const key of cellsOf(box)) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
  };
  for (const box of covered) occupy(box);
  const placed: PlacedLabel[] = [];
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  for (const c of candidates) {
    if (placed.length >= limit) break;
    const baseline = c.y + fontSize * 0.35;
    const gap = c.r + 3;
    for (const left of [c.x + gap, c.x - gap - c.width]) {
      const box = { left: left - 1, top: baseline - ascent - 1, right: left + c.width + 1, bottom: baseline + descent + 1 };
      if (!free(box)) continue;
      occupy(box);
      placed.push({ i: c.i, x: left, y: baseline });
      break;
    }
  }
  return placed;
}
