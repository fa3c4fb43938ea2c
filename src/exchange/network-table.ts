// The network as flat, typed rows for the exchange formats: every actor
// attribute and every figure of `eco map` per node; type, weight and dates
// per edge. Personal data (contacts) only when asked for.
import type { MapAnalysis } from '../analysis/map-analysis.js';
import type { Ecosystem } from '../model/schema-types.js';
import { sectorColour } from '../model/sector-palette.js';

export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
}

export interface NetworkTable {
  directed: boolean;
  name: string;
  nodes: { id: string; attributes: Record<string, Cell> }[];
  edges: { source: string; target: string; attributes: Record<string, Cell> }[];
  /** Attribute names in a stable order, with their type. */
  nodeColumns: Column[];
  edgeColumns: Column[];
}

/** The figures eco computes for every actor, exported as columns (and never imported back). */
export const FIGURES = [
  'degree',
  'strength',
  'degreeCentrality',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'clustering',
  'community',
  'constraint',
  'effectiveSize',
  'component',
] as const;
const FIXED = ['name', 'sector', 'layer', 'city', 'businessId', 'website', 'tags'] as const;

export function networkTable(ecosystem: Ecosystem, analysis: MapAnalysis, options: { includeContacts?: boolean } = {}): NetworkTable {
  const figures = new Map(analysis.result.actors.map((a) => [a.id, a]));
  const extraNames = new Set<string>();
  for (const actor of ecosystem.actors) {
    for (const key of Object.keys(actor)) if (!['id', 'contacts', ...FIXED].includes(key)) extraNames.add(key);
  }
  const extras = [...extraNames].sort();
  const nodes = ecosystem.actors.map((actor) => {
    const f = figures.get(actor.id)!;
    const attributes: Record<string, Cell> = {
      name: actor.name,
      sector: actor.sector ?? null,
      layer: actor.layer ?? null,
      city: actor.city ?? null,
      businessId: actor.businessId ?? null,
      website: actor.website ?? null,
      tags: actor.tags?.join(';') ?? null,
    };
    for (const key of extras) {
      const value = actor[key];
      attributes[key] = value === undefined || typeof value === 'object' ? null : value;
    }
    if (options.includeContacts)
      attributes['contacts'] = actor.contacts?.map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(' ')).join('; ') ?? null;
    for (const key of FIGURES) attributes[key] = f[key];
    attributes['articulationPoint'] = f.articulationPoint;
    attributes['colour'] = sectorColour(actor.sector ?? null);
    return { id: actor.id, attributes };
  });
  const edges = analysis.edges.map((e) => ({
    source: e.source,
    target: e.target,
    attributes: {
      type: e.types.join(';'),
      weight: e.weight,
      since: e.since ?? null,
      until: e.until ?? null,
      origin: e.origin,
    } as Record<string, Cell>,
  }));
  return {
    directed: analysis.directed,
    name: ecosystem.ecosystem.name,
    nodes,
    edges,
    nodeColumns: columnsOf(nodes.map((n) => n.attributes)),
    edgeColumns: columnsOf(edges.map((e) => e.attributes)),
  };
}

/** Each attribute's type: a number or boolean column only if every value present is one. */
function columnsOf(rows: readonly Record<string, Cell>[]): Column[] {
  // The kinds of value seen per attribute, as bits: one pass, no array per row.
  const seen = new Map<string, number>();
  for (const row of rows) {
    for (const name in row) {
      const value = row[name];
      const kind = value === null || value === undefined ? 0 : (KIND[typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value] ?? OTHER);
      seen.set(name, (seen.get(name) ?? 0) | kind);
    }
  }
  return [...seen].map(([name, kinds]) => {
    if (kinds === KIND['boolean']) return { name, type: 'boolean' };
    if (kinds === KIND['integer']) return { name, type: 'integer' };
    if (kinds !== 0 && (kinds & ~(KIND['integer']! | KIND['number']!)) === 0) return { name, type: 'number' };
    return { name, type: 'string' };
  });
}

const KIND: Record<string, number> = { integer: 1, number: 2, boolean: 4, string: 8 };
const OTHER = 16;
