// Names beside the nodes of a picture, placed in rank order so that the most
// central actors choose first. The first few (PLACED_FIRST) are always placed
// when the frame has any room: eight places around the node, then further out
// with a thin leader line. The rest take one of the eight places or are left
// out. No label covers another label or a leader line, and no label covers the
// node of a first-placed actor unless that is the only place left for another
// first-placed one. A greedy placement in the spirit of Imhof's rules for map
// lettering (Imhof 1975, "Positioning names on maps"): the name close to its
// node, right of it first, covering as little as it can.
// The rest may go a little further out too (NEAR_RINGS), rather than cover
// a node.
import type { Position } from './network-layout.js';
import { ASCENT, type Box, boxesOverlap, DESCENT, FONT, round, segmentCrossesBox, textWidth } from './picture-frame.js';

/** How many of the highest-ranked names are placed whatever it takes. */
export const PLACED_FIRST = 5;

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest {
  node: LabelNode;
  text: string;
  /** The full name, when `text` is shortened. */
  title: string | null;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  title: string | null;
  /** A thin line from the node to a label set further out; null for a label beside its node. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  box: Box;
}

const GAP = 3;
/** Further out: rings this far apart, this many of them, this many directions on each. */
const FAR_STEP = 16;
const FAR_RINGS = 6;
const FAR_DIRECTIONS = 16;
/** How far out names after the first few may go. */
const NEAR_RINGS = 2;
/** A name nearer than this to a node touches it, which reads as badly as covering it. */
const TOUCH = 2;
/**
 * What a place costs: each node it covers or touches, each node of a
 * first-placed actor, being further out, each node a leader crosses, and,
 * beside the node, another node nearer to the name than its own (the reader
 * would take the name for that node's; a leader line says whose it is).
 */
const COST = { covered: 45, central: 1000, far: 30, ring: 8, crossed: 5, ambiguous: 25 } as const;

interface Spot {
  anchor: PlacedLabel['anchor'];
  x: number;
  y: number;
  box: Box;
  leader: { from: Position; to: Position } | null;
  /** Preference before any cost: the order places are tried in, and the distance out. */
  base: number;
}

/** The baseline that centres a line of text on `y`, as the eye sees it (capitals and x-height). */
const middle = (y: number): number => y + FONT * 0.35;

function spot(anchor: Spot['anchor'], x: number, y: number, width: number, base: number, leader: Spot['leader'] = null): Spot {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { anchor, x, y, box: { left, right: left + width, top: y - ASCENT, bottom: y + DESCENT }, leader, base };
}

/** Right, left, above, below, then the four corners. */
function nearSpots(n: LabelNode, width: number): Spot[] {
  const d = n.r * Math.SQRT1_2;
  return [
    spot('start', n.x + n.r + GAP, middle(n.y), width, 0),
    spot('end', n.x - n.r - GAP, middle(n.y), width, 0.5),
    spot('middle', n.x, n.y - n.r - GAP - DESCENT, width, 1),
    spot('middle', n.x, n.y + n.r + GAP + ASCENT, width, 1.5),
    spot('start', n.x + d + GAP - 1, n.y - d - GAP - DESCENT, width, 2),
    spot('end', n.x - d - GAP + 1, n.y - d - GAP - DESCENT, width, 2.5),
    spot('start', n.x + d + GAP - 1, n.y + d + GAP + ASCENT, width, 3),
    spot('end', n.x - d - GAP + 1, n.y + d + GAP + ASCENT, width, 3.5),
  ];
}

/** Rings of places around the node, each joined to it by a leader line: the label's nearest corner or side at the line's end. */
function farSpots(n: LabelNode, width: number, rings: number): Spot[] {
  const spots: Spot[] = [];
  for (let ring = 1; ring <= rings; ring++) {
    const distance = n.r + GAP + ring * FAR_STEP;
    for (let k = 0; k < FAR_DIRECTIONS; k++) {
      const angle = (2 * Math.PI * k) / FAR_DIRECTIONS;
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      const end = { x: n.x + distance * cos, y: n.y + distance * sin };
      const anchor = cos > 0.38 ? 'start' : cos < -0.38 ? 'end' : 'middle';
      const y = sin > 0.38 ? end.y + ASCENT : sin < -0.38 ? end.y - DESCENT : middle(end.y);
      const from = { x: n.x + (n.r + 1) * cos, y: n.y + (n.r + 1) * sin };
      spots.push(spot(anchor, end.x, y, width, COST.far + ring * COST.ring + k * 0.01, { from, to: end }));
    }
  }
  return spots;
}

/**
 * Places the names of `requests`, highest rank first, inside `area`, around
 * `nodes` (every node drawn, the requests' own included). The result keeps
 * the rank order; names that found no place are missing from it.
 */
export function placeLabels(requests: readonly LabelRequest[], nodes: readonly LabelNode[], area: Box): PlacedLabel[] {
  const central = new Set(requests.slice(0, PLACED_FIRST).map((r) => r.node.id));
  const boxes: Box[] = [];
  const leaders: { from: Position; to: Position }[] = [];
  const placed: PlacedLabel[] = [];
  requests.forEach((request, rank) => {
    const first = rank < PLACED_FIRST;
    const width = textWidth(request.text);
    const spots = [...nearSpots(request.node, width), ...farSpots(request.node, width, first ? FAR_RINGS : NEAR_RINGS)];
    let best: { spot: Spot; cost: number } | null = null;
    for (const s of spots) {
      if (!fits(s, area, boxes, leaders)) continue;
      let cost = s.base;
      const own = gapTo(s.box, request.node);
      let ambiguous = false;
      for (const n of nodes) {
        if (n.id === request.node.id) continue;
        const gap = gapTo(s.box, n);
        if (!ambiguous && !s.leader && gap < own - 1) {
          ambiguous = true;
          cost += COST.ambiguous;
        }
        if (gap < TOUCH) {
          if (central.has(n.id) && !first) {
            cost = Infinity;
            break;
          }
          cost += central.has(n.id) ? COST.central : COST.covered;
        } else if (s.leader && crossesCircle(s.leader.from, s.leader.to, n)) cost += COST.crossed;
      }
      if (cost < (best?.cost ?? Infinity)) best = { spot: s, cost };
    }
    if (!best) return;
    const { spot: chosen } = best;
    boxes.push(chosen.box);
    if (chosen.leader) leaders.push(chosen.leader);
    placed.push({
      id: request.node.id,
      x: round(chosen.x),
      y: round(chosen.y),
      text: request.text,
      anchor: chosen.anchor,
      title: request.title,
      leader: chosen.leader
        ? { x1: round(chosen.leader.from.x), y1: round(chosen.leader.from.y), x2: round(chosen.leader.to.x), y2: round(chosen.leader.to.y) }
        : null,
      box: chosen.box,
    });
  });
  return placed;
}

/** In the area, clear of the labels and leader lines placed so far, its own leader clear of their labels. */
function fits(s: Spot, area: Box, boxes: readonly Box[], leaders: readonly { from: Position; to: Position }[]): boolean {
  const { box } = s;
  if (box.left < area.left || box.right > area.right || box.top < area.top || box.bottom > area.bottom) return false;
  // A pixel apart, so two labels never touch.
  const padded = { left: box.left - 1, right: box.right + 1, top: box.top - 1, bottom: box.bottom + 1 };
  if (boxes.some((b) => boxesOverlap(padded, b))) return false;
  if (leaders.some((l) => segmentCrossesBox(l.from, l.to, padded))) return false;
  return !s.leader || !boxes.some((b) => segmentCrossesBox(s.leader!.from, s.leader!.to, b));
}

/** How far a circle's edge is from a box (0 when it reaches into it). */
function gapTo(box: Box, c: LabelNode): number {
  const dx = Math.max(box.left - c.x, 0, c.x - box.right);
  const dy = Math.max(box.top - c.y, 0, c.y - box.bottom);
  return Math.max(0, Math.hypot(dx, dy) - c.r);
}

function crossesCircle(a: Position, b: Position, c: LabelNode): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return (a.x + t * dx - c.x) ** 2 + (a.y + t * dy - c.y) ** 2 < c.r * c.r;
}
