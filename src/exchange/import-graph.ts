// Reads a GEXF or GraphML file (e.g. made in Gephi or yEd) into the files of
// an eco ecosystem folder: a manifest, actors.csv and links.csv. Known
// attribute names (label/name, sector, layer, weight, type, …; Finnish ones
// too) become eco's fields; other attributes are kept, as actor columns or in
// a link's note. The figures eco itself computes are left out: they would be
// stale, and `eco map` recomputes them.
import { parse as parseGexf } from 'graphology-gexf/node/index.js';
import { parse as parseGraphml } from 'graphology-graphml/node/index.js';
import GraphModule from 'graphology';
import type { GraphConstructor } from 'graphology-types';
import { canonicalWord, LAYER_ALIASES, LAYERS, SECTOR_ALIASES, SECTORS } from '../model/vocabulary.js';
import type { Graph } from '../model/graphology.js';
import { csvText } from './csv.js';
import { type Cell, FIGURES } from './network-table.js';
import { RESERVED_IDS as RESERVED } from '../model/vocabulary.js';

const Constructor = GraphModule as unknown as GraphConstructor;

export type GraphFormat = 'gexf' | 'graphml';

interface ImportedFiles {
  'ecosystem.yaml': string;
  'actors.csv': string;
  'links.csv': string;
}

export interface ImportSummary {
  files: ImportedFiles;
  actors: number;
  links: number;
  /** Ids changed to fit eco's rules (no control characters, no space at either end, no reserved name), original → new. */
  renamedIds: [string, string][];
}

/** Attributes not taken in: eco's own figures, which it recomputes, and what graph tools add for drawing. */
const COMPUTED = new Set<string>([...FIGURES, 'articulationPoint', 'colour', 'color', 'size', 'x', 'y', 'z', 'viz', 'label', 'links']);
const NAME = ['name', 'label', 'nimi', 'title'];
const ACTOR_FIELDS: Record<string, string[]> = {
  sector: ['sector', 'sektori'],
  layer: ['layer', 'kerros', 'rooli', 'role'],
  city: ['city', 'kunta', 'kaupunki', 'paikkakunta'],
  businessId: ['businessid', 'ytunnus', 'y-tunnus'],
  website: ['website', 'url', 'www'],
  tags: ['tags', 'tagit'],
};
const LINK_FIELDS: Record<string, string[]> = {
  type: ['type', 'tyyppi', 'types', 'label', 'kind'],
  weight: ['weight', 'paino'],
  since: ['since', 'alkaen', 'start'],
  until: ['until', 'asti', 'end'],
};

export function importGraph(source: string, format: GraphFormat, id: string, name: string): ImportSummary {
  const graph = parseGraph(source, format);
  const { ids, renamedIds } = ecoIds(graph);
  const actorRows = actorTable(graph, ids);
  const linkRows = linkTable(graph, ids);
  return {
    files: {
      'ecosystem.yaml': manifestText(format, id, name),
      'actors.csv': csvText(actorRows, { excel: false, guard: false }),
      'links.csv': csvText(linkRows, { excel: false, guard: false }),
    },
    actors: graph.order,
    links: graph.size,
    renamedIds,
  };
}

function parseGraph(source: string, format: GraphFormat): Graph {
  return (format === 'gexf'
    ? parseGexf(Constructor, source, { allowUndeclaredAttributes: true, addMissingNodes: true })
    : parseGraphml(Constructor, source)) as unknown as Graph;
}

/** Each node's id as eco takes it, by the node's key, and those that had to change. */
interface EcoIds {
  ids: Map<string, string>;
  renamedIds: [string, string][];
}

function ecoIds(graph: Graph): EcoIds {
  const renamedIds: [string, string][] = [];
  const ids = new Map<string, string>();
  const used = new Set<string>();
  graph.forEachNode((key) => {
    // Spaces are fine in an id (as in Gephi); control characters and the names every JavaScript object has are not.
    let clean = key.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() || 'actor';
    if (RESERVED.has(clean)) clean = `${clean.replace(/^_+|_+$/g, '')}-1`;
    while (used.has(clean)) clean = `${clean}-2`;
    used.add(clean);
    ids.set(key, clean);
    if (clean !== key) renamedIds.push([key, clean]);
  });
  return { ids, renamedIds };
}

/** The rows of actors.csv, header first: known fields, then every other attribute as a column of its own. */
function actorTable(graph: Graph, ids: ReadonlyMap<string, string>): Cell[][] {
  const extraColumns = new Set<string>();
  const known = new Set([...NAME, ...Object.values(ACTOR_FIELDS).flat()]);
  graph.forEachNode((_key, attributes) => {
    for (const attr of Object.keys(attributes)) if (!known.has(squash(attr)) && !COMPUTED.has(attr)) extraColumns.add(attr);
  });
  const extras = [...extraColumns].sort();
  const actorRows: Cell[][] = [['id', 'name', 'sector', 'layer', 'city', 'businessId', 'website', 'tags', ...extras]];
  graph.forEachNode((key, attributes) => {
    const a = attributes as Record<string, unknown>;
    const sector = pick(a, ACTOR_FIELDS['sector']!)?.[1];
    const layer = pick(a, ACTOR_FIELDS['layer']!)?.[1];
    actorRows.push([
      ids.get(key)!,
      String(pick(a, NAME)?.[1] ?? key),
      typeof sector === 'string' ? (canonicalWord(sector, SECTORS, SECTOR_ALIASES) ?? sector) : null,
      typeof layer === 'string' ? (canonicalWord(layer, LAYERS, LAYER_ALIASES) ?? layer) : null,
      text(pick(a, ACTOR_FIELDS['city']!)?.[1]),
      text(pick(a, ACTOR_FIELDS['businessId']!)?.[1]),
      text(pick(a, ACTOR_FIELDS['website']!)?.[1]),
      text(pick(a, ACTOR_FIELDS['tags']!)?.[1]),
      ...extras.map((column) => text(a[column])),
    ]);
  });
  return actorRows;
}

/** The rows of links.csv, header first: known fields, every other attribute in the note. */
function linkTable(graph: Graph, ids: ReadonlyMap<string, string>): Cell[][] {
  const linkRows: Cell[][] = [['source', 'target', 'type', 'weight', 'directed', 'since', 'until', 'note']];
  const linkKnown = new Set(Object.values(LINK_FIELDS).flat());
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => {
    const a = attributes as Record<string, unknown>;
    const weight = Number(pick(a, LINK_FIELDS['weight']!)?.[1] ?? 1);
    const types = text(pick(a, LINK_FIELDS['type']!)?.[1])?.split(';') ?? [];
    const rest = Object.entries(a)
      .filter(([key, value]) => !linkKnown.has(squash(key)) && !COMPUTED.has(key) && value !== null && value !== undefined && value !== '')
      .map(([key, value]) => `${key}=${String(value)}`);
    // eco links have one type; a merged edge's other types go to the note.
    if (types.length > 1) rest.unshift(`types=${types.join(',')}`);
    linkRows.push([
      ids.get(source)!,
      ids.get(target)!,
      types[0] ?? null,
      Number.isFinite(weight) && weight > 0 ? weight : 1,
      graph.type === 'directed' || (graph.type === 'mixed' && !undirected),
      text(pick(a, LINK_FIELDS['since']!)?.[1]),
      text(pick(a, LINK_FIELDS['until']!)?.[1]),
      rest.length > 0 ? rest.join('; ') : null,
    ]);
  });
  return linkRows;
}

function manifestText(format: GraphFormat, id: string, name: string): string {
  return [
    'schema: eco/v1',
    'ecosystem:',
    `  id: ${id}`,
    `  name: ${JSON.stringify(name)}`,
    `  description: ${JSON.stringify(`Imported from a ${format.toUpperCase()} file by eco import.`)}`,
    'actors: actors.csv',
    'links: links.csv',
    '',
  ].join('\n');
}

/** An attribute name as the field lists spell it: lower case, no spaces, dashes or underscores. */
function squash(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The first attribute, with a value, whose name is one of the names. */
function pick(attributes: Record<string, unknown>, names: string[]): [string, unknown] | undefined {
  for (const [key, value] of Object.entries(attributes))
    if (names.includes(squash(key)) && value !== undefined && value !== null && value !== '') return [key, value];
  return undefined;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return Array.isArray(value) ? value.join(';') : String(value);
}
