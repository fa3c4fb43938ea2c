// Which names the map shows at the present zoom: actors in order of how
// central they are, each name right of its dot (else left), kept only where it
// overlaps no name already placed, nothing `covered` (the card) and stays on
// the canvas. Names also keep off the `dots`, except the first `firm` names:
// the most central actors are named at every zoom even in a crowd, and no
// name ever covers another.

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

export interface Obstacles {
  /** Where no name may go (the card). */
  covered?: readonly Box[];
  /** Where names go only for the first `firm` candidates (the dots). */
  dots?: readonly Box[];
  firm?: number;
}

const CELL = 96;

/** Boxes filed by the grid cells they touch, so a test looks only at its neighbours. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  private keys(box: Box): number[] {
    const keys: number[] = [];
    for (let gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++) {
      for (let gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++) keys.push(gx * 100_003 + gy);
    }
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  clear(box: Box): boolean {
    return this.keys(box).every((key) =>
      (this.cells.get(key) ?? []).every((p) => box.right <= p.left || p.right <= box.left || box.bottom <= p.top || p.bottom <= box.top),
    );
  }
}

export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  view: { width: number; height: number },
  fontSize: number,
  limit: number,
  obstacles: Obstacles = {},
): PlacedLabel[] {
  const hard = new BoxGrid();
  const soft = new BoxGrid();
  for (const box of obstacles.covered ?? []) hard.add(box);
  for (const box of obstacles.dots ?? []) soft.add(box);
  const firm = obstacles.firm ?? 0;
  const placed: PlacedLabel[] = [];
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  let tried = 0;
  for (const c of candidates) {
    if (placed.length >= limit) break;
    const strong = tried++ < firm;
    const baseline = c.y + fontSize * 0.35;
    const gap = c.r + 3;
    for (const left of [c.x + gap, c.x - gap - c.width]) {
      const box = { left: left - 1, top: baseline - ascent - 1, right: left + c.width + 1, bottom: baseline + descent + 1 };
      const inside = box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height;
      if (!inside || !hard.clear(box) || (!strong && !soft.clear(box))) continue;
      hard.add(box);
      placed.push({ i: c.i, x: left, y: baseline });
      break;
    }
  }
  return placed;
}
