// What a baseline study leads with: the figures read as findings, each a code
// with its evidence and the actors it concerns, weighed so the strongest come
// first. Words are the report's business (one sentence per code and language);
// here is only what is true of the network and how much it matters.
import { projectMembers } from '../model/derived-links.js';
import type { Ecosystem } from '../model/schema-types.js';
import { HELIX_OF } from '../model/vocabulary.js';
import type { Finding, MapResult } from './map-result.js';

/** The parts of the document findings are read from. */
export type FindingSource = Pick<
  MapResult,
  'summary' | 'actors' | 'sectors' | 'helices' | 'missingSectors' | 'missingHelices' | 'layers' | 'brokers' | 'articulationPoints' | 'fragmentation' | 'edges'
>;

/** Below this, Louvain's groups are no real structure (Newman 2004: 0.3 and above is clear community structure). */
const MODULARITY_STRUCTURE = 0.3;
/** Below this share of ties across sectors, the ecosystem talks mostly within its sectors. */
const CROSS_SECTOR_LOW = 0.4;
/** One actor's leaving that cuts off at least this share of the actors makes the network depend on it. */
const CUT_OFF_SHARE = 0.05;

export function findings(map: FindingSource, ecosystem: Ecosystem): Finding[] {
  const found = [
    ...coverageFindings(map, ecosystem),
    isolatedActors(map, ecosystem),
    brokerDependence(map),
    fragmented(map),
    thinCore(map),
    lowCrossSector(map),
    noCommunityStructure(map),
    derivedTiesDominate(map),
    topBroker(map),
    largestSector(map),
  ].filter((f): f is Finding => f !== undefined);
  const order = new Map(found.map((f, i) => [f, i]));
  return found.sort((a, b) => b.weight - a.weight || order.get(a)! - order.get(b)!);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function finding(code: Finding['code'], severity: Finding['severity'], weight: number, args: Finding['args'], actors: string[] = []): Finding {
  return { code, severity, weight: round(Math.min(1, weight)), args, actors };
}

function coverageFindings(map: FindingSource, ecosystem: Ecosystem): (Finding | undefined)[] {
  const civil = map.helices.find((h) => h.helix === 'civil-society');
  const communitySector = map.sectors.find((s) => s.sector === 'community')?.actors ?? 0;
  // The helix is there only through associations (a chamber of commerce, an entrepreneurs' association): the
  // residents the quadruple helix means by civil society are not.
  const associationsOnly =
    civil !== undefined &&
    civil.actors > 0 &&
    communitySector === 0 &&
    ecosystem.actors.every((a) => a.helix !== 'civil-society' || a.sector === 'association');
  return [
    map.missingHelices.length > 0 ? finding('helix-missing', 'warning', 0.9, { helices: [...map.missingHelices] }) : undefined,
    map.missingSectors.length > 0
      ? finding('sector-missing', 'warning', 0.6 + 0.05 * map.missingSectors.length, { sectors: [...map.missingSectors] })
      : undefined,
    associationsOnly
      ? finding(
          'civil-society-associations-only',
          'warning',
          0.55,
          { associations: civil.actors },
          ecosystem.actors.filter((a) => (a.helix ?? (a.sector ? HELIX_OF[a.sector] : null)) === 'civil-society').map((a) => a.id),
        )
      : undefined,
  ];
}

/** Actors without a tie, and for each the best-tied actor who shares a project or event with it, if any. */
function isolatedActors(map: FindingSource, ecosystem: Ecosystem): Finding | undefined {
  const isolated = map.actors.filter((a) => a.degree === 0);
  if (isolated.length === 0) return undefined;
  const degree = new Map(map.actors.map((a) => [a.id, a.degree]));
  const together = new Map<string, Set<string>>();
  const meet = (group: readonly string[]): void => {
    for (const id of group) {
      const others = together.get(id) ?? new Set<string>();
      for (const other of group) if (other !== id) others.add(other);
      together.set(id, others);
    }
  };
  for (const project of ecosystem.projects ?? []) meet(projectMembers(project));
  for (const event of ecosystem.events ?? []) meet([...new Set(event.participants ?? [])]);
  const introductions: { actor: string; by: string }[] = [];
  for (const actor of isolated) {
    const by = [...(together.get(actor.id) ?? [])]
      .filter((id) => (degree.get(id) ?? 0) > 0)
      .sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1))[0];
    if (by !== undefined) introductions.push({ actor: actor.id, by });
  }
  const share = isolated.length / map.summary.actors;
  return finding(
    'isolated-actors',
    'warning',
    0.4 + share,
    { count: isolated.length, share: round(share), introductions },
    isolated.map((a) => a.id),
  );
}

/** One or a few actors hold the network together: their leaving cuts others off. */
function brokerDependence(map: FindingSource): Finding | undefined {
  const n = map.summary.actors;
  if (n === 0) return undefined;
  const cuts = map.articulationPoints.assessed.filter((a) => a.cutOff > 0).sort((a, b) => b.cutOff - a.cutOff);
  const worst = cuts[0];
  const { before, after, removed } = map.fragmentation;
  // What the top brokers' leaving takes from the largest part beyond themselves: the actors they cut off.
  const drop = before.largestShare - after.largestShare - removed.length / n;
  const alone = worst !== undefined && worst.cutOff >= 2 && worst.cutOff / n >= CUT_OFF_SHARE;
  if (!alone && drop < CUT_OFF_SHARE * 2) return undefined;
  return finding(
    'broker-dependence',
    'warning',
    0.5 + Math.max(worst ? worst.cutOff / n : 0, drop),
    {
      cutOff: worst?.cutOff ?? 0,
      share: round((worst?.cutOff ?? 0) / n),
      cutPoints: map.articulationPoints.count,
      removed: [...removed],
      before: before.largestShare,
      after: after.largestShare,
    },
    cuts.slice(0, 3).map((c) => c.id),
  );
}

function fragmented(map: FindingSource): Finding | undefined {
  const { components, isolates, largestComponentShare } = map.summary;
  const parts = components - isolates;
  if (parts <= 1) return undefined;
  return finding('fragmented', 'warning', 0.5 + (1 - largestComponentShare) / 2, { parts, largestShare: largestComponentShare });
}

/** Few actors lead and invest for the ecosystem's size (VTT's orchestrator and partner layers). */
function thinCore(map: FindingSource): Finding | undefined {
  const n = map.summary.actors;
  const layer = (name: string): number => map.layers.find((l) => l.layer === name)?.actors ?? 0;
  const orchestrators = layer('orchestrator');
  const partners = layer('partner');
  const core = orchestrators + partners;
  // Without declared layers there is nothing to say of the core.
  if (layer('unknown') === n) return undefined;
  if (n < 10 || (core >= 3 && core / n >= 0.05)) return undefined;
  return finding('thin-core', 'warning', 0.6, { core, orchestrators, partners, actors: n, share: round(core / n) });
}

function lowCrossSector(map: FindingSource): Finding | undefined {
  const share = map.summary.crossSectorShare;
  if (share === null || share >= CROSS_SECTOR_LOW) return undefined;
  return finding('low-cross-sector', 'warning', 0.5 + (CROSS_SECTOR_LOW - share), { share, eiIndex: map.summary.eiIndex, threshold: CROSS_SECTOR_LOW });
}

function noCommunityStructure(map: FindingSource): Finding | undefined {
  const { modularity, links, communities } = map.summary;
  if (modularity === null || modularity >= MODULARITY_STRUCTURE || links < 3) return undefined;
  return finding('no-community-structure', 'info', 0.45, { modularity, groups: communities, threshold: MODULARITY_STRUCTURE });
}

/** Most ties are known only from shared projects and events, and the top broker holds its place through them. */
function derivedTiesDominate(map: FindingSource): Finding | undefined {
  const { links, linksDerived } = map.summary;
  if (links === 0 || linksDerived / links <= 0.5) return undefined;
  const top = map.brokers[0];
  let ties = 0;
  let derived = 0;
  if (top) {
    for (const edge of map.edges) {
      if (edge.source !== top.id && edge.target !== top.id) continue;
      ties++;
      if (edge.origin === 'derived') derived++;
    }
  }
  return finding(
    'derived-ties-dominate',
    'warning',
    0.5 + (linksDerived / links) * 0.3,
    { derived: linksDerived, links, share: round(linksDerived / links), broker: top?.id ?? null, brokerTies: ties, brokerDerived: derived },
    top ? [top.id] : [],
  );
}

function topBroker(map: FindingSource): Finding | undefined {
  const top = map.brokers[0];
  if (!top || top.betweenness <= 0) return undefined;
  return finding('top-broker', 'info', 0.35, { betweenness: top.betweenness, degree: top.degree, articulationPoint: top.articulationPoint }, [top.id]);
}

function largestSector(map: FindingSource): Finding | undefined {
  const largest = [...map.sectors].filter((s) => s.sector !== 'unknown' && s.actors > 0).sort((a, b) => b.actors - a.actors)[0];
  if (!largest) return undefined;
  return finding('largest-sector', 'info', 0.3, { sector: largest.sector, actors: largest.actors, share: largest.share });
}
