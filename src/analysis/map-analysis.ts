// From a validated ecosystem to the eco-map/v1 document: builds the network,
// computes every figure, and lays them out sorted and rounded. Pure: no I/O,
// no clock; the same ecosystem and options give the same document.
import { buildGraph, type LinkSource, type Network } from '../model/build-graph.js';
import { projectMembers } from '../model/derived-links.js';
import type { Ecosystem } from '../model/schema-types.js';
import { brokerageRoles, ROLES } from './brokerage-roles.js';
import { brokerFigures } from './brokers.js';
import { weightedPagerank } from './centrality.js';
import { eigenvectorCentrality } from './eigenvector.js';
import { findings } from './findings.js';
import { clustering } from './clustering.js';
import { communities } from './communities.js';
import { components } from './components.js';
import { inCsr, outCsr, undirectedSkeleton } from './csr.js';
import { suggestLayers, layerFigures } from './layers.js';
import { figure, figureOrNull, type ActorFigures, type MapEdge, type MapResult, type Method } from './map-result.js';
import { phase, phaseAsync } from '../diagnostics/phases.js';
import { DEFAULT_SEED, pivotOrder, samplePivots } from './random.js';
import { TOP_K } from './sampling-bound.js';
import { sectorFigures } from './sectors.js';
import { parallelPathFigures } from './parallel-paths.js';
import { shortestPathFigures, type PathFigures, type PathOptions } from './shortest-paths.js';
import { structuralHoles } from './structural-holes.js';

/**
 * One source costs a step per node and about two per arc (the search, then
 * the dependency accumulation): some 5 ns a step while the search's per-node
 * arrays fit in a core's cache, up to about CACHED_NODES nodes, and
 * proportionally more beyond (4.5–5 ns on 10,000 and 31,665 nodes, 13 ns on
 * 100,000; bench/phases.mjs). Past this many cache-fitting steps (about ten
 * seconds of one core's work), sources are sampled.
 */
const EXACT_STEP_BUDGET = 2e9;
const CACHED_NODES = 40_000;

export interface MapOptions {
  directed: boolean;
  links: LinkSource;
  /** Always compute betweenness and closeness exactly, however long it takes. */
  exact: boolean;
  /** Sample this many pivot sources (instead of choosing by size). */
  pivots?: number;
  /** Threads for the shortest-path searches (mapEcosystemParallel; default one per core). */
  threads?: number;
  seed: number;
  /** Recorded in the document: the date its day-dependent figures were computed for. */
  asOf?: string | null;
  onProgress?: (stage: string, done: number, total: number) => void;
}

const DEFAULT_MAP_OPTIONS: MapOptions = { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED };

function pivotCount(nodes: number, arcs: number, options: Pick<MapOptions, 'exact' | 'pivots'>): number {
  if (options.exact || nodes === 0) return nodes;
  if (options.pivots !== undefined) return Math.min(nodes, Math.max(1, options.pivots));
  const perSource = (nodes + 2 * arcs) * Math.max(1, nodes / CACHED_NODES);
  const affordable = Math.max(100, Math.floor(EXACT_STEP_BUDGET / perSource));
  // A sample of more than half the sources would save less than half the time, and lose exactness for it.
  return 2 * affordable >= nodes ? nodes : affordable;
}

/** The figures, and the merged ties they were computed on (for pictures and exports). */
export interface MapAnalysis {
  result: MapResult;
  edges: MapEdge[];
  directed: boolean;
}

export function analyseEcosystem(ecosystem: Ecosystem, options: MapOptions = DEFAULT_MAP_OPTIONS): MapResult {
  return mapEcosystem(ecosystem, options).result;
}

export function mapEcosystem(ecosystem: Ecosystem, options: MapOptions = DEFAULT_MAP_OPTIONS): MapAnalysis {
  const prepared = prepareMap(ecosystem, options);
  return finishMap(ecosystem, options, prepared, shortestPathFigures(prepared.out, prepared.pathOptions));
}

/** The same figures, with the shortest-path searches spread over every core (byte-identical output). */
export async function mapEcosystemParallel(ecosystem: Ecosystem, options: MapOptions = DEFAULT_MAP_OPTIONS): Promise<MapAnalysis> {
  const prepared = prepareMap(ecosystem, options);
  const paths = await phaseAsync('paths', () => parallelPathFigures(prepared.out, prepared.pathOptions, options.threads));
  return phase('figures', () => finishMap(ecosystem, options, prepared, paths));
}

type Prepared = ReturnType<typeof prepareMap>;

function prepareMap(ecosystem: Ecosystem, options: MapOptions) {
  const graph = phase('graph', () => buildGraph(ecosystem, { directed: options.directed, links: options.links }));
  const progress = options.onProgress ?? (() => undefined);
  const out = phase('csr', () => outCsr(graph));
  const incoming = phase('csr', () => inCsr(graph, out));
  const n = out.nodes.length;
  // What is about ties whatever their direction (components, brokers) is measured on both directions together.
  const skeleton = graph.directed ? undirectedSkeleton(out, incoming) : out;
  const parts = phase('components', () => components(skeleton, graph.directed ? out : undefined));
  const k = pivotCount(n, Number(out.starts[n] ?? 0), options);
  // Chosen by size, the pivots are taken in a random order until the top estimates settle; a number asked for is taken whole.
  const adaptive = k < n && options.pivots === undefined;
  const pathOptions: PathOptions = {
    ...(k < n && { pivots: adaptive ? pivotOrder(n, k, options.seed) : samplePivots(n, k, options.seed) }),
    ...(adaptive && { adaptive }),
    pathMask: parts.pathMask,
    directed: graph.directed,
    onProgress: (done, total) => progress('betweenness and closeness', done, total),
  };
  return { graph, out, incoming, skeleton, parts, k, pathOptions };
}

function finishMap(ecosystem: Ecosystem, options: MapOptions, prepared: Prepared, paths: PathFigures): MapAnalysis {
  const { graph, out, incoming, skeleton, parts, k } = prepared;
  const nodes = out.nodes;
  const n = nodes.length;
  const inward = graph.directed ? incoming : undefined;
  const local = phase('clustering', () => clustering(out, inward, skeleton));
  const eigen = phase('eigenvector', () => eigenvectorCentrality(incoming));
  const rank = phase('pagerank', () => weightedPagerank(graph, out));
  const groups = phase('louvain', () => communities(graph, options.seed));
  const sector = graph.actors.map((a) => a.sector);
  const brokers = phase('articulation points', () => brokerFigures(skeleton, paths.betweenness, sector, groups.community));
  const figures: Figures = {
    paths,
    local,
    holes: phase('constraint', () => structuralHoles(out, inward)),
    eigen,
    rank,
    groups,
    cutSet: new Set(brokers.articulationPoints),
    component: parts.component,
  };
  const actors = phase('actor rows', () => actorRows(ecosystem, graph, figures));
  const sectors = sectorFigures(graph);
  const layers = layerFigures(ecosystem);
  const method: Method = k < n ? { sample: paths.sources } : 'exact';
  const edges = edgeRows(graph);
  const summary = summaryOf(graph, parts, figures, sectors, method, edges);
  if (k < n)
    summary.betweennessMethod = {
      sample: paths.sources,
      topK: TOP_K,
      ...(paths.agreement !== null && { agreement: figure(paths.agreement) }),
      ...(paths.errorBound !== null && { errorBound: figure(paths.errorBound) }),
    };
  const brokerParts = brokerSections(actors, nodes, brokers, figures.cutSet);
  const sectorRows = sectors.sectors.map((row) => ({ ...row, share: figure(row.share), eiIndex: figureOrNull(row.eiIndex) }));
  const helices = sectors.helices.map((row) => ({ ...row, share: figure(row.share) }));
  const funnel = layers.funnel.map((row) => ({ ...row, share: figure(row.share) }));
  const found = findings(
    {
      summary,
      actors,
      sectors: sectorRows,
      helices,
      missingSectors: sectors.missingSectors,
      missingHelices: sectors.missingHelices,
      layers: funnel,
      ...brokerParts,
      edges,
    },
    ecosystem,
  );
  const result: MapResult = {
    schema: 'eco-map/v1',
    asOf: options.asOf ?? null,
    ecosystem: ecosystemInfo(ecosystem),
    options: { directed: options.directed, links: options.links, seed: options.seed },
    summary,
    findings: found,
    actors,
    sectors: sectorRows,
    helices,
    missingSectors: sectors.missingSectors,
    missingHelices: sectors.missingHelices,
    sectorMatrix: sectors.matrix,
    layers: funnel,
    layerSuggestions: layers.suggestions,
    communities: communityRows(actors, groups.count),
    ...brokerParts,
    brokerageRoles: brokerageRows(ecosystem, actors),
    activation: {
      weaklyTied: actors.filter((a) => a.degree === 1).map((a) => a.id),
      isolated: actors.filter((a) => a.degree === 0 && a.layer !== 'potential').map((a) => a.id),
      potentialNoTies: actors.filter((a) => a.degree === 0 && a.layer === 'potential').map((a) => a.id),
    },
    linkTypes: linkTypeRows(graph),
    ...workRows(ecosystem),
    recommendations: (ecosystem.recommendations ?? []).map((r) => ({ text: r.text, owner: r.owner ?? null, due: r.due ?? null })),
    edges,
  };
  return { result, edges, directed: graph.directed };
}

/** What the figures of every actor come from. */
interface Figures {
  paths: PathFigures;
  local: ReturnType<typeof clustering>;
  holes: ReturnType<typeof structuralHoles>;
  eigen: ReturnType<typeof eigenvectorCentrality>;
  rank: ReturnType<typeof weightedPagerank>;
  groups: ReturnType<typeof communities>;
  cutSet: ReadonlySet<number>;
  component: ArrayLike<number>;
}

function actorRows(ecosystem: Ecosystem, network: Network, f: Figures): ActorFigures[] {
  const { nodes } = network;
  const n = nodes.length;
  const suggested = (ecosystem.projects?.length ?? 0) + (ecosystem.events?.length ?? 0) > 0 ? suggestLayers(ecosystem) : undefined;
  const cities = new Map(ecosystem.actors.filter((a) => a.city).map((a) => [a.id, a.city!]));
  const degrees = new Int32Array(n);
  const strengths = new Float64Array(n);
  for (let e = 0; e < network.size; e++) {
    const s = network.source[e]!;
    const t = network.target[e]!;
    degrees[s]!++;
    degrees[t]!++;
    strengths[s] = strengths[s]! + network.weight[e]!;
    strengths[t] = strengths[t]! + network.weight[e]!;
  }
  return nodes.map((id, i) => {
    const city = cities.get(id);
    const a = network.actors[i]!;
    const degree = degrees[i]!;
    const strength = strengths[i]!;
    return {
      id,
      name: a.name,
      sector: a.sector,
      layer: a.layer,
      ...(city !== undefined && { city }),
      degree,
      strength: figure(strength),
      degreeCentrality: figure(n > 1 ? degree / (n - 1) : 0),
      betweenness: figure(f.paths.betweenness[i]!),
      closeness: figure(f.paths.closeness[i]!),
      eigenvector: f.eigen.values ? figure(f.eigen.values[i]!) : null,
      pagerank: f.rank.values ? figure(f.rank.values[i]!) : null,
      clustering: figure(f.local[i]!),
      community: f.groups.community[i]!,
      constraint: figureOrNull(f.holes.constraint[i]),
      effectiveSize: figureOrNull(f.holes.effectiveSize[i]),
      component: f.component[i]!,
      articulationPoint: f.cutSet.has(i),
      suggestedLayer: suggested?.get(id) ?? null,
    };
  });
}

function ecosystemInfo(ecosystem: Ecosystem): MapResult['ecosystem'] {
  const info = ecosystem.ecosystem;
  return {
    id: info.id,
    name: info.name,
    kind: info.kind ?? null,
    region: info.region ?? null,
    theme: info.theme ?? null,
    description: info.description ?? null,
    orchestrators: info.orchestrators ?? ecosystem.actors.filter((a) => a.layer === 'orchestrator').map((a) => a.id),
    sources: info.sources ?? [],
    collected: info.collected ?? null,
    method: info.method ?? null,
  };
}

function summaryOf(
  graph: Network,
  parts: Prepared['parts'],
  f: Figures,
  sectors: ReturnType<typeof sectorFigures>,
  method: Method,
  edges: readonly MapEdge[],
): MapResult['summary'] {
  const n = graph.nodes.length;
  const derived = edges.reduce((count, e) => count + (e.origin === 'derived' ? 1 : 0), 0);
  const possiblePairs = graph.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  return {
    actors: n,
    links: graph.size,
    linksExplicit: graph.size - derived,
    linksDerived: derived,
    density: figure(possiblePairs > 0 ? graph.size / possiblePairs : 0),
    components: parts.sizes.length,
    isolates: parts.isolates,
    diameter: f.paths.diameter,
    averagePathLength: figure(f.paths.averagePathLength),
    averageClustering: figure(n > 0 ? f.local.reduce((s, c) => s + c, 0) / n : 0),
    communities: groupsOfTwoOrMore(f.groups.community, f.groups.count),
    modularity: figureOrNull(f.groups.modularity),
    betweennessMethod: method,
    closenessMethod: method,
    pathLengthMethod: method,
    largestComponentShare: figure(n > 0 ? (parts.sizes[0] ?? 0) / n : 0),
    crossSectorShare: figureOrNull(sectors.crossSectorShare),
    eiIndex: figureOrNull(sectors.eiIndex),
    eigenvectorConverged: f.eigen.converged,
    pagerankConverged: f.rank.converged,
  };
}

/** Louvain puts an actor without ties in a group of its own; only groups of two or more are groups. */
function groupsOfTwoOrMore(community: ArrayLike<number>, count: number): number {
  const size = new Array<number>(count).fill(0);
  for (let i = 0; i < community.length; i++) size[community[i]!]!++;
  return size.filter((s) => s >= 2).length;
}

function brokerSections(
  actors: readonly ActorFigures[],
  nodes: readonly string[],
  brokers: ReturnType<typeof brokerFigures>,
  cutSet: ReadonlySet<number>,
): Pick<MapResult, 'brokers' | 'articulationPoints' | 'fragmentation'> {
  const actorRow = (i: number) => ({ id: nodes[i]!, name: actors[i]!.name, sector: actors[i]!.sector });
  const { fragmentation } = brokers;
  return {
    brokers: brokers.top.map((i) => ({ ...actorRow(i), betweenness: actors[i]!.betweenness, degree: actors[i]!.degree, articulationPoint: cutSet.has(i) })),
    articulationPoints: {
      count: brokers.articulationPoints.length,
      assessed: brokers.impacts.map((impact) => ({
        ...actorRow(impact.index),
        cutOff: impact.cutOff,
        pieces: impact.pieces,
        sectorsCutOff: impact.sectorsCutOff,
        communitiesSplit: impact.communitiesSplit,
      })),
    },
    fragmentation: {
      removed: fragmentation.removed.map((i) => nodes[i]!),
      before: { ...fragmentation.before, largestShare: figure(fragmentation.before.largestShare) },
      after: { ...fragmentation.after, largestShare: figure(fragmentation.after.largestShare) },
    },
  };
}

function workRows(ecosystem: Ecosystem): Pick<MapResult, 'projects' | 'events'> {
  return {
    projects: (ecosystem.projects ?? []).map((p) => ({
      id: p.id,
      title: p.title,
      funding: p.funding ?? null,
      budget: p.budget ?? null,
      start: p.start ?? null,
      end: p.end ?? null,
      lead: p.lead ?? null,
      members: projectMembers(p),
      workPackages: (p.workPackages ?? []).map((wp) => ({ id: wp.id, title: wp.title, lead: wp.lead ?? null })),
    })),
    events: (ecosystem.events ?? []).map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date ?? null,
      phase: e.phase ?? null,
      participants: [...new Set(e.participants ?? [])],
    })),
  };
}

/** The merged ties: weight, the types merged, dates, and whether any was listed (explicit) or all were derived. */
function edgeRows(network: Network): MapEdge[] {
  const { nodes } = network;
  const edges: MapEdge[] = new Array(network.size);
  for (let e = 0; e < network.size; e++) {
    const since = network.since[e];
    const until = network.until[e];
    edges[e] = {
      source: nodes[network.source[e]!]!,
      target: nodes[network.target[e]!]!,
      weight: network.weight[e]!,
      types: network.types[e] as string[],
      origin: network.listed[e] ? 'explicit' : 'derived',
      ...(since !== undefined && { since }),
      ...(until !== undefined && { until }),
    };
  }
  return edges;
}

function communityRows(actors: readonly ActorFigures[], count: number): MapResult['communities'] {
  const rows = Array.from({ length: count }, (_, id) => ({ id, members: [] as ActorFigures[] }));
  for (const actor of actors) rows[actor.community]!.members.push(actor);
  return rows.map(({ id, members }) => {
    const bySector = new Map<string, number>();
    for (const m of members) bySector.set(m.sector ?? 'unknown', (bySector.get(m.sector ?? 'unknown') ?? 0) + 1);
    return {
      id,
      size: members.length,
      sectors: [...bySector].map(([sector, actors]) => ({ sector, actors })).sort((a, b) => b.actors - a.actors || (a.sector < b.sector ? -1 : 1)),
      topActors: [...members]
        .sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness)
        .slice(0, 5)
        .map((m) => m.id),
    };
  });
}

function brokerageRows(ecosystem: Ecosystem, actors: readonly ActorFigures[]): MapResult['brokerageRoles'] {
  const arcs = (ecosystem.links ?? []).filter((l) => l.directed === true);
  if (arcs.length === 0) return [];
  const sectorOf = new Map(actors.map((a) => [a.id, a.sector] as const));
  const order = new Map(actors.map((a, i) => [a.id, i]));
  return [...brokerageRoles(arcs, sectorOf)]
    .map(([id, counts]) => ({ id, ...counts, total: ROLES.reduce((s, r) => s + counts[r], 0) }))
    .sort((a, b) => b.total - a.total || order.get(a.id)! - order.get(b.id)!);
}

function linkTypeRows(network: Network): MapResult['linkTypes'] {
  const count = new Map<string, number>();
  for (const types of network.types) {
    for (const type of types) count.set(type, (count.get(type) ?? 0) + 1);
  }
  return [...count].map(([type, links]) => ({ type, links })).sort((a, b) => b.links - a.links || (a.type < b.type ? -1 : 1));
}
