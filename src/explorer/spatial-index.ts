// A grid over the world for finding the actor under the pointer without
// looking at every actor.

export class SpatialIndex {
  private readonly cells = new Map<number, number[]>();

  constructor(
    private readonly xs: readonly number[],
    private readonly ys: readonly number[],
    private readonly cell: number,
  ) {
    for (let i = 0; i < xs.length; i++) {
      const key = this.key(xs[i]!, ys[i]!);
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }
  }

  private key(x: number, y: number): number {
    return cellKey(Math.floor(x / this.cell), Math.floor(y / this.cell));
  }

  /** The nearest actor within `reach` of (x, y) that `accept` takes, or -1. */
  nearest(x: number, y: number, reach: number, accept: (i: number) => boolean): number {
    let best = -1;
    let bestDistance = reach * reach;
    const span = Math.ceil(reach / this.cell);
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    for (let gx = cx - span; gx <= cx + span; gx++) {
      for (let gy = cy - span; gy <= cy + span; gy++) {
        for (const i of this.cells.get(cellKey(gx, gy)) ?? []) {
          const dx = this.xs[i]! - x;
          const dy = this.ys[i]! - y;
          const d = dx * dx + dy * dy;
          if (d <= bestDistance && accept(i)) {
            best = i;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }
}

/** One number for a cell of the grid: worlds are far smaller than a million cells across. */
function cellKey(gx: number, gy: number): number {
  return gx * 1_048_576 + gy;
}
