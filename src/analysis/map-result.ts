// The eco-map/v1 document: what `eco map --format json` writes and what the
// reports are built from. Field names are a contract (DESIGN section 4):
// fields may be added, never renamed.
import type { LinkSource } from '../model/build-graph.js';
import type { Layer, Sector } from '../model/schema-types.js';
import type { Role } from './brokerage-roles.js';
import type { HelixRow, SectorRow } from './sectors.js';
import type { LayerRow, LayerSuggestion } from './layers.js';
import type { NetworkFigures } from './network-of-ecosystems.js';
import type { DataQuality } from '../model/data-quality.js';

/** `"exact"`, or the number of sampled pivot sources. */
export type Method = 'exact' | { sample: number };

export interface MapSummary {
  actors: number;
  links: number;
  density: number;
  components: number;
  isolates: number;
  diameter: number;
  averagePathLength: number;
  averageClustering: number;
  communities: number;
  modularity: number | null;
  betweennessMethod: Method;
  closenessMethod: Method;
  /** Diameter and average path length: exact, or from the sampled sources (a lower bound for the diameter). */
  pathLengthMethod: Method;
  largestComponentShare: number;
  crossSectorShare: number | null;
  eiIndex: number | null;
  eigenvectorConverged: boolean;
  pagerankConverged: boolean;
}

export interface ActorFigures {
  id: string;
  name: string;
  sector: Sector | null;
  layer: Layer | null;
  degree: number;
  strength: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number | null;
  clustering: number;
  community: number;
  /** Null for an actor without ties (undefined, as in NetworkX). */
  constraint: number | null;
  effectiveSize: number | null;
  component: number;
  articulationPoint: boolean;
  suggestedLayer: Layer | null;
}

export interface CommunityRow {
  id: number;
  size: number;
  /** Actors per sector ("unknown" for those without one), largest first. */
  sectors: { sector: string; actors: number }[];
  /** Up to five members with the most ties. */
  topActors: string[];
}

export interface BrokerRow {
  id: string;
  name: string;
  sector: Sector | null;
  betweenness: number;
  degree: number;
  articulationPoint: boolean;
}

export interface ArticulationRow {
  id: string;
  name: string;
  sector: Sector | null;
  cutOff: number;
  pieces: number;
  sectorsCutOff: string[];
  communitiesSplit: number[];
}

export interface BrokerageRow extends Record<Role, number> {
  id: string;
  total: number;
}

export interface ProjectRow {
  id: string;
  title: string;
  funding: string | null;
  budget: number | null;
  start: string | null;
  end: string | null;
  lead: string | null;
  members: string[];
  workPackages: { id: string; title: string; lead: string | null }[];
}

export interface EventRow {
  id: string;
  title: string;
  date: string | null;
  phase: string | null;
  participants: string[];
}

export interface MapResult {
  schema: 'eco-map/v1';
  /** The date the figures that depend on the day were computed for (--as-of, SOURCE_DATE_EPOCH); null when none was given. */
  asOf: string | null;
  ecosystem: {
    id: string;
    name: string;
    kind: string | null;
    region: string | null;
    theme: string | null;
    description: string | null;
    orchestrators: string[];
    sources: string[];
  };
  options: { directed: boolean; links: LinkSource; seed: number };
  summary: MapSummary;
  actors: ActorFigures[];
  sectors: SectorRow[];
  helices: HelixRow[];
  missingSectors: Sector[];
  missingHelices: string[];
  sectorMatrix: { labels: string[]; links: number[][] };
  layers: LayerRow[];
  layerSuggestions: LayerSuggestion[] | null;
  communities: CommunityRow[];
  brokers: BrokerRow[];
  articulationPoints: { count: number; assessed: ArticulationRow[] };
  fragmentation: {
    removed: string[];
    before: { components: number; largestShare: number };
    after: { components: number; largestShare: number };
  };
  brokerageRoles: BrokerageRow[];
  activation: { weaklyTied: string[]; isolated: string[]; potentialNoTies: string[] };
  linkTypes: { type: string; links: number }[];
  projects: ProjectRow[];
  events: EventRow[];
  /** For a network of ecosystems: its members side by side, shared actors, links between members. */
  network?: NetworkFigures;
  /** What --skip-invalid left out, and actors that look entered twice. */
  dataQuality?: DataQuality;
}

/** Figures are rounded to 12 significant digits, so output does not depend on the last bits of a float. */
export function figure(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

export function figureOrNull(x: number | null | undefined): number | null {
  return x === null || x === undefined || Number.isNaN(x) ? null : figure(x);
}
