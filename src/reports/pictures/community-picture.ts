// The network picture above MAX_ACTORS actors, where one circle per actor
// would be a blot: one circle per group (Louvain community) of two or more
// actors, the MAX_COMMUNITIES largest, each sized by its members, coloured by
// its largest sector and named by its best-tied actors. Between two groups,
// one line for all their ties: dashed only when every one of them is derived.
// The legend counts the actors the groups of each colour hold.
import type { MapResult } from '../../analysis/map-result.js';
import { sectorColour } from '../../model/sector-palette.js';
import { countOf, fillCount, formatInteger } from '../format.js';
import { groupName } from '../group-names.js';
import type { Labels } from '../i18n/en.js';
import { pictureLines } from './actor-picture.js';
import { type LabelRequest, placeLabels } from './label-placement.js';
import { shortenLabel } from './label-text.js';
import { layoutNetwork, separate } from './network-layout.js';
import { FONT, fitToFrame, HEIGHT, round, WIDTH } from './picture-frame.js';
import { legendsUnder } from './picture-legend.js';
import type { NetworkPicture, PictureEdge, PictureNode } from './picture-model.js';

const MAX_COMMUNITIES = 60;
const MAX_LINES = 400;
const LABELLED = 12;
const LABEL_CHARS = 34;

const radius = (size: number): number => Math.min(40, 4 + 1.5 * Math.sqrt(size));

export function communityPicture(result: MapResult, edges: readonly PictureEdge[], labels: Labels): NetworkPicture {
  const shown = result.communities
    .filter((c) => c.size > 1)
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .slice(0, MAX_COMMUNITIES);
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const between = linesBetween(result, edges, new Set(shown.map((c) => c.id)));
  const raw = layoutNetwork(
    shown.map((c) => ({ id: `c${c.id}`, size: radius(c.size) })),
    [...between.values()],
  );
  const sizes = new Map(shown.map((c) => [`c${c.id}`, radius(c.size)]));
  const place = fitToFrame(separate(fitToFrame(raw, HEIGHT), sizes), HEIGHT);
  const named = shown.map((c) => ({ group: c, name: groupName(c, labels, (id) => names.get(id) ?? id) }));
  const nodes: PictureNode[] = named.map(({ group, name }) => {
    const p = place.get(`c${group.id}`)!;
    const sector = group.sectors[0]?.sector ?? 'unknown';
    return {
      id: `c${group.id}`,
      x: p.x,
      y: p.y,
      r: round(radius(group.size)),
      halo: round(radius(group.size) + 4),
      colour: sectorColour(sector === 'unknown' ? null : sector),
      title: `${name}: ${countOf(group.size, labels.unit.actor, labels)}`,
      sector,
      isNew: false,
      gone: false,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const strongest = [...between.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_LINES);
  const drawn = pictureLines(strongest, byId, (w) => 0.5 + Math.log10(1 + w));
  const { bottom, ...legends } = legendsUnder(
    HEIGHT,
    named.map(({ group }) => ({ sector: group.sectors[0]?.sector ?? 'unknown', count: group.size })),
    drawn,
    [],
    labels,
  );
  const requests: LabelRequest[] = named.slice(0, LABELLED).map(({ name }, i) => {
    const short = shortenLabel(name, LABEL_CHARS);
    return { node: nodes[i]!, text: short.text, title: short.shortened ? name : null };
  });
  return {
    mode: 'communities',
    width: WIDTH,
    height: bottom,
    fontSize: FONT,
    nodes,
    edges: drawn,
    hasDerived: drawn.some((e) => e.derived),
    hasMarks: false,
    labels: placeLabels(requests, nodes, { left: 2, right: WIDTH - 2, top: 2, bottom: HEIGHT - 2 }),
    isolated: null,
    ...legends,
  };
}

/** Between two groups shown, one line for all their ties, weights summed: derived only if every one of them is. */
function linesBetween(result: MapResult, edges: readonly PictureEdge[], shown: ReadonlySet<number>): Map<number, PictureEdge> {
  const communityOf = new Map(result.actors.map((a) => [a.id, a.community]));
  // Keyed by a number made of the two groups, not a string per tie: this runs on every tie of a large network.
  const byPair = new Map<number, PictureEdge>();
  const span = Math.max(0, ...shown) + 1;
  for (const edge of edges) {
    const a = communityOf.get(edge.source);
    const b = communityOf.get(edge.target);
    if (a === undefined || b === undefined || a === b || !shown.has(a) || !shown.has(b)) continue;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const existing = byPair.get(lo * span + hi);
    if (existing) {
      existing.weight += edge.weight;
      if (edge.origin === 'explicit') existing.origin = 'explicit';
    } else byPair.set(lo * span + hi, { source: `c${lo}`, target: `c${hi}`, weight: edge.weight, origin: edge.origin });
  }
  return byPair;
}

/** The caption's sentence on a picture of groups: how many actors, groups shown and actors in them; null for a picture of actors. */
export function communityMapNote(result: MapResult, picture: NetworkPicture, labels: Labels): string | null {
  if (picture.mode !== 'communities') return null;
  const inGroups = picture.legend.reduce((sum, item) => sum + item.count, 0);
  const shown = fillCount(labels.text.communityMap, picture.nodes.length, labels, {
    actors: formatInteger(result.actors.length, labels),
    shown: formatInteger(inGroups, labels),
  });
  const leftOut = result.actors.length - inGroups;
  return leftOut > 0 ? `${shown} ${fillCount(labels.text.communityMapLeftOut, leftOut, labels)}` : shown;
}
