// Sector and helix coverage, links between sectors as a sector × sector
// matrix, the share of cross-sector links and Krackhardt & Stern's (1988)
// E-I index, (E − I)/(E + I): E ties to other sectors, I ties within. Ties
// to actors without a sector count in neither.
import type { Network } from '../model/build-graph.js';
import type { Sector } from '../model/schema-types.js';
import { HELICES, HELIX_OF, SECTORS, type Helix } from '../model/vocabulary.js';

import type { HelixRow, SectorRow } from '../model/document-types.js';

const UNKNOWN = 'unknown';

export interface SectorFigures {
  sectors: SectorRow[];
  helices: HelixRow[];
  /** Sectors with no actor ("other" is never missing). */
  missingSectors: Sector[];
  missingHelices: Helix[];
  /** Rows and columns in `labels` order; on an undirected graph each cross tie counts in both cells. */
  matrix: { labels: string[]; links: number[][] };
  crossSectorLinks: number;
  withinSectorLinks: number;
  crossSectorShare: number | null;
  eiIndex: number | null;
}

export function sectorFigures(network: Network): SectorFigures {
  const n = network.nodes.length;
  const count = new Map<string, number>();
  const byHelix = new Map<Helix, number>();
  for (const a of network.actors) {
    count.set(a.sector ?? UNKNOWN, (count.get(a.sector ?? UNKNOWN) ?? 0) + 1);
    if (a.helix) byHelix.set(a.helix, (byHelix.get(a.helix) ?? 0) + 1);
  }
  const labels: string[] = [...SECTORS, ...(count.has(UNKNOWN) ? [UNKNOWN] : [])];
  const position = new Map(labels.map((label, i) => [label, i]));
  const links = labels.map(() => labels.map(() => 0));
  const internal = new Map<string, number>();
  const external = new Map<string, number>();
  let cross = 0;
  let within = 0;
  for (let e = 0; e < network.size; e++) {
    const a = network.actors[network.source[e]!]!.sector ?? UNKNOWN;
    const b = network.actors[network.target[e]!]!.sector ?? UNKNOWN;
    const i = position.get(a)!;
    const j = position.get(b)!;
    links[i]![j]! += 1;
    if (!network.directed && i !== j) links[j]![i]! += 1;
    if (a === UNKNOWN || b === UNKNOWN) continue;
    if (a === b) {
      within++;
      internal.set(a, (internal.get(a) ?? 0) + 1);
    } else {
      cross++;
      external.set(a, (external.get(a) ?? 0) + 1);
      external.set(b, (external.get(b) ?? 0) + 1);
    }
  }
  const sectors: SectorRow[] = labels.map((label) => {
    const e = external.get(label) ?? 0;
    const i = internal.get(label) ?? 0;
    return {
      sector: label as SectorRow['sector'],
      helix: label === UNKNOWN ? null : HELIX_OF[label as Sector],
      actors: count.get(label) ?? 0,
      share: n > 0 ? (count.get(label) ?? 0) / n : 0,
      internalLinks: i,
      externalLinks: e,
      eiIndex: label === UNKNOWN || e + i === 0 ? null : (e - i) / (e + i),
    };
  });
  const helices: HelixRow[] = HELICES.map((helix) => {
    const members = SECTORS.filter((s) => HELIX_OF[s] === helix);
    // An actor's own helix, where given, counts over its sector's.
    const actors = byHelix.get(helix) ?? 0;
    return { helix, sectors: [...members], actors, share: n > 0 ? actors / n : 0 };
  });
  return {
    sectors,
    helices,
    missingSectors: SECTORS.filter((s) => s !== 'other' && !count.has(s)),
    missingHelices: helices.filter((h) => h.actors === 0).map((h) => h.helix),
    matrix: { labels, links },
    crossSectorLinks: cross,
    withinSectorLinks: within,
    crossSectorShare: cross + within > 0 ? cross / (cross + within) : null,
    eiIndex: cross + within > 0 ? (cross - within) / (cross + within) : null,
  };
}
