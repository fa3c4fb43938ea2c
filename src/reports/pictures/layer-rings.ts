// The geometry of the layer picture: concentric bands, one per layer from the
// centre out, each band's name at its top, and a place for each of its actors
// on one or more tracks (circles) along the band's middle. The places leave
// the names clear, are at least a dot apart, and come in clockwise order from
// the top, so that actors given in sector order sit in sector wedges.
import type { Position } from './network-layout.js';
import { ASCENT, type Box, DESCENT, round, textWidth, WIDTH } from './picture-frame.js';

/** The outermost band's outer radius; the drawing is this much and PAD more on each side. */
const RADIUS = 330;
const PAD = 20;
/** Dot radii tried, largest first: the largest with which every band holds its actors. */
const LARGEST_DOT = 7;
const SMALLEST_DOT = 1.5;
/** The angle step the free arcs of a track are found with: half a degree. */
const STEP = Math.PI / 360;

interface Band {
  inner: number;
  outer: number;
  /** The name's baseline, centred on the picture's middle. */
  label: { x: number; y: number; text: string; box: Box };
  /** Its actors' places, clockwise from the top. */
  places: Position[];
}

export interface Rings {
  cx: number;
  cy: number;
  /** The drawing's height, PAD under the outermost band included. */
  height: number;
  dot: number;
  bands: Band[];
}

/** One band per entry, from the centre out: how many actors it holds and its name. */
export function ringLayout(layers: readonly { count: number; name: string }[], top: number): Rings {
  const cx = WIDTH / 2;
  const cy = top + PAD + RADIUS;
  const step = RADIUS / Math.max(1, layers.length);
  const alone = layers[0]?.count === 1;
  const bands = layers.map((layer, i) => {
    const inner = i * step;
    const outer = (i + 1) * step;
    // The name at the top inside its band; a single actor in the middle has its name just above it.
    const y = i === 0 && alone ? cy - LARGEST_DOT - 6 - DESCENT : cy - outer + 5 + ASCENT;
    const width = textWidth(layer.name);
    const box = { left: cx - width / 2 - 3, right: cx + width / 2 + 3, top: y - ASCENT - 2, bottom: y + DESCENT + 2 };
    return { inner, outer, label: { x: cx, y: round(y), text: layer.name, box } };
  });
  const boxes = bands.map((b) => b.label.box);
  const fitted = largestFit(layers, bands, boxes, cx, cy);
  return {
    cx,
    cy,
    height: 2 * (RADIUS + PAD),
    dot: fitted.dot,
    bands: bands.map((band, i) => ({ ...band, places: fitted.places[i]! })),
  };
}

/** The largest dot with which every band holds its actors (the smallest when none does: dots may then touch). */
function largestFit(
  layers: readonly { count: number }[],
  bands: readonly { inner: number; outer: number }[],
  boxes: readonly Box[],
  cx: number,
  cy: number,
): { dot: number; places: Position[][] } {
  for (let dot = LARGEST_DOT; dot >= SMALLEST_DOT; dot -= 0.5) {
    const places = layers.map((layer, i) => bandPlaces(layer.count, bands[i]!, i === 0, dot, boxes, cx, cy, false));
    if (places.every((p) => p !== null)) return { dot, places };
  }
  return { dot: SMALLEST_DOT, places: layers.map((layer, i) => bandPlaces(layer.count, bands[i]!, i === 0, SMALLEST_DOT, boxes, cx, cy, true)!) };
}

/**
 * Places for `count` dots of radius `dot` in a band: the fewest tracks
 * around the band's middle that hold them clear of the names, the dots shared
 * among the tracks by their free length. Null when the band cannot hold them,
 * unless `anyway`.
 */
function bandPlaces(
  count: number,
  band: { inner: number; outer: number },
  centre: boolean,
  dot: number,
  boxes: readonly Box[],
  cx: number,
  cy: number,
  anyway: boolean,
): Position[] | null {
  if (count === 0) return [];
  if (centre && count === 1) return [{ x: cx, y: cy }];
  const spacing = 2 * dot + 2;
  const low = centre ? Math.max(spacing, band.outer * 0.35) : band.inner + dot + 3;
  const high = band.outer - dot - 3;
  const middle = centre ? Math.max(low, band.outer * 0.55) : (band.inner + band.outer) / 2;
  const most = Math.max(1, Math.floor((high - low) / spacing) + 1);
  const grown = boxes.map((b) => ({ left: b.left - dot - 1, right: b.right + dot + 1, top: b.top - dot - 1, bottom: b.bottom + dot + 1 }));
  for (let tracks = 1; tracks <= most; tracks++) {
    // Centred on the band's middle, moved in or out as a whole to stay in the band.
    const first = Math.max(low, Math.min(middle - ((tracks - 1) / 2) * spacing, high - (tracks - 1) * spacing));
    const radii = Array.from({ length: tracks }, (_, j) => first + j * spacing);
    const arcs = radii.map((r) => freeArcs(r, grown, cx, cy));
    const room = radii.map((r, j) => Math.floor((arcs[j]!.reduce((sum, [a, b]) => sum + b - a, 0) * r) / spacing));
    const total = room.reduce((a, b) => a + b, 0);
    if (total < count && !(anyway && tracks === most)) continue;
    const shares = share(count, room);
    const places = radii.flatMap((r, j) => spread(shares[j]!, arcs[j]!).map((angle) => ({ angle, r })));
    places.sort((a, b) => a.angle - b.angle || a.r - b.r);
    return places.map(({ angle, r }) => ({ x: round(cx + r * Math.sin(angle)), y: round(cy - r * Math.cos(angle)) }));
  }
  return null;
}

/** The angles (clockwise from the top, 0 to 2π) at which a circle of radius r stays clear of the boxes. */
function freeArcs(r: number, boxes: readonly Box[], cx: number, cy: number): [number, number][] {
  const arcs: [number, number][] = [];
  let start: number | null = null;
  const steps = Math.round((2 * Math.PI) / STEP);
  for (let k = 0; k <= steps; k++) {
    const angle = k * STEP;
    const x = cx + r * Math.sin(angle);
    const y = cy - r * Math.cos(angle);
    const free = k < steps && !boxes.some((b) => x > b.left && x < b.right && y > b.top && y < b.bottom);
    if (free && start === null) start = angle;
    if (!free && start !== null) {
      arcs.push([start, angle - STEP]);
      start = null;
    }
  }
  if (start !== null) arcs.push([start, 2 * Math.PI]);
  return arcs;
}

/** `count` split among tracks in proportion to their room, never past it (unless nothing has room): largest remainders first. */
function share(count: number, room: readonly number[]): number[] {
  const total = room.reduce((a, b) => a + b, 0);
  if (total === 0) return room.map((_, j) => (j === 0 ? count : 0));
  const exact = room.map((r) => (count * r) / total);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, j) => ({ j, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.j - b.j);
  let left = count - shares.reduce((a, b) => a + b, 0);
  for (let pass = 0; left > 0 && pass < 2; pass++) {
    for (const { j } of order) {
      if (left === 0) break;
      if (pass === 0 && shares[j]! >= room[j]!) continue;
      shares[j] = shares[j]! + 1;
      left--;
    }
  }
  return shares;
}

/** `count` angles evenly along the free arcs, each in the middle of its even share of their length. */
function spread(count: number, arcs: readonly [number, number][]): number[] {
  const length = arcs.reduce((sum, [a, b]) => sum + b - a, 0);
  if (count === 0 || length === 0) return Array.from({ length: count }, (_, m) => (2 * Math.PI * (m + 0.5)) / Math.max(1, count));
  const angles: number[] = [];
  let arc = 0;
  let before = 0;
  for (let m = 0; m < count; m++) {
    const at = ((m + 0.5) * length) / count;
    while (arc < arcs.length - 1 && at > before + arcs[arc]![1] - arcs[arc]![0]) {
      before += arcs[arc]![1] - arcs[arc]![0];
      arc++;
    }
    angles.push(arcs[arc]![0] + at - before);
  }
  return angles;
}
