// Sections of the baseline report's view model about actors: key actors,
// brokers, communities, actors to activate, projects and events.
import type { ActorFigures, MapResult } from '../analysis/map-result.js';
import { fill, fillCount, formatDate, formatEuro, formatPeriod, joinAll, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { groupName } from './group-names.js';
import { table } from './table.js';

export interface Formatters {
  n: (x: number, decimals?: number) => string;
  pct: (x: number) => string;
  int: (x: number) => string;
  sectorName: (sector: string) => string;
  nameOf: (id: string) => string;
}

const TOP = 10;

export function actorSections(result: MapResult, t: Labels, f: Formatters) {
  return {
    keyActors: keyActorsSection(result, t, f),
    brokers: brokersSection(result, t, f),
    activation: activationSection(result, t, f),
    actors: actorList(result, t, f),
  };
}

function sectorOne(a: { sector: string | null }, t: Labels): string {
  return t.sectorOne[(a.sector ?? 'unknown') as keyof Labels['sectorOne']];
}

function keyActorsSection(result: MapResult, t: Labels, f: Formatters) {
  const ranked = (key: 'betweenness' | 'degree' | 'eigenvector', format: (a: ActorFigures) => string) =>
    table(
      [t.column.rank, t.column.actor, t.column.sector, t.column[key]],
      [...result.actors]
        .filter((a) => (a[key] ?? 0) > 0)
        .sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0) || b.degree - a.degree)
        .slice(0, TOP)
        .map((a, i) => [String(i + 1), a.name, sectorOne(a, t), format(a)]),
      ['right', 'left', 'left', 'right'],
    );
  return {
    byBetweenness: ranked('betweenness', (a) => f.n(a.betweenness)),
    byDegree: ranked('degree', (a) => f.int(a.degree)),
    byEigenvector: result.summary.eigenvectorConverged ? ranked('eigenvector', (a) => f.n(a.eigenvector ?? 0)) : null,
    eigenvectorNote: result.summary.eigenvectorConverged ? null : t.text.eigenvectorNotConverged,
  };
}

function brokersSection(result: MapResult, t: Labels, f: Formatters) {
  const top = result.brokers[0];
  const frag = result.fragmentation;
  const assessed = result.articulationPoints.assessed.slice(0, TOP);
  return {
    top: top ? fill(t.text.topBroker, { name: top.name, sector: sectorOne(top, t) }) : null,
    cutPoints: result.articulationPoints.count > 0 ? fillCount(t.text.cutPoints, result.articulationPoints.count, t) : t.text.noCutPoints,
    table:
      assessed.length > 0
        ? table(
            [t.column.actor, t.column.sector, t.column.cutOff, t.column.sectorsCutOff],
            assessed.map((a) => [
              a.name,
              sectorOne(a, t),
              f.int(a.cutOff),
              a.sectorsCutOff.length > 0
                ? joinAll(
                    a.sectorsCutOff.map((s) => t.sectorOne[s as keyof Labels['sectorOne']]),
                    t,
                  )
                : '–',
            ]),
            ['left', 'left', 'right', 'left'],
          )
        : null,
    fragmentation:
      frag.removed.length > 0
        ? fillCount(frag.after.components === 1 ? t.text.fragmentationConnected : t.text.fragmentation, frag.removed.length, t, {
            names: joinAll(frag.removed.map(f.nameOf), t),
            before: f.pct(frag.before.largestShare),
            after: f.pct(frag.after.largestShare),
            components: f.int(frag.after.components),
          })
        : null,
  };
}

function activationSection(result: MapResult, t: Labels, f: Formatters) {
  const activation = result.activation;
  const named = (forms: readonly string[], ids: readonly string[]): string | null =>
    ids.length > 0 ? fillCount(forms, ids.length, t, { names: listOf(ids.map(f.nameOf), t, 12) }) : null;
  return {
    weaklyTied: named(t.text.weaklyTied, activation.weaklyTied),
    potential: named(t.text.potential, activation.potentialNoTies),
    isolated: named(t.text.isolated, activation.isolated),
    nothing: activation.weaklyTied.length + activation.potentialNoTies.length + activation.isolated.length === 0 ? t.text.nothingToActivate : null,
  };
}

/** Rows of the actor table a printout keeps; report-css.hbs hides the rest in print (`nth-child(n+501)`). */
const PRINTED_ACTORS = 500;

/** The full actor table; `sort` holds the raw values the HTML report sorts by, not the formatted cells. */
function actorList(result: MapResult, t: Labels, f: Formatters) {
  const total = result.actors.length;
  return {
    printNote:
      total > PRINTED_ACTORS ? fill(t.text.actorsPrinted, { shown: f.int(PRINTED_ACTORS), total: f.int(total), more: f.int(total - PRINTED_ACTORS) }) : null,
    header: [t.column.actor, t.column.sector, t.column.layer, t.column.degree, t.column.betweenness, t.column.eigenvector, t.column.community],
    rows: result.actors.map((a) => ({
      id: a.id,
      cells: [
        a.name,
        sectorOne(a, t),
        a.layer ? t.layerOne[a.layer] : '–',
        f.int(a.degree),
        f.n(a.betweenness),
        a.eigenvector === null ? '–' : f.n(a.eigenvector),
        f.int(a.community),
      ],
      sort: [a.name, sectorOne(a, t), a.layer ?? '', String(a.degree), String(a.betweenness), String(a.eigenvector ?? -1), String(a.community)],
    })),
  };
}

export function communitySections(result: MapResult, t: Labels, f: Formatters) {
  const groups = result.communities.filter((c) => c.size > 1);
  const singletons = result.communities.length - groups.length;
  return {
    communities: {
      sentence:
        groups.length > 0
          ? fillCount(t.text.communities, groups.length, t, {
              modularity: result.summary.modularity === null ? '–' : f.n(result.summary.modularity, 3),
              size: f.int(groups[0]!.size),
            })
          : null,
      singletons: singletons > 0 ? fillCount(t.text.communitiesSingletons, singletons, t) : null,
      table: table(
        [t.column.community, t.column.size, t.column.sectorMix, t.column.members],
        groups
          .slice(0, 15)
          .map((c) => [
            groupName(c, t, f.nameOf),
            f.int(c.size),
            c.sectors.map((s) => `${t.sectorOne[s.sector as keyof Labels['sectorOne']]} ${f.int(s.actors)}`).join(', '),
            joinAll(c.topActors.map(f.nameOf), t),
          ]),
        ['left', 'right', 'left', 'left'],
      ),
    },
  };
}

export function participationSections(result: MapResult, t: Labels, f: Formatters) {
  return {
    projects:
      result.projects.length > 0
        ? table(
            [t.column.project, t.column.funding, t.column.budget, t.column.period, t.column.lead, t.column.participants],
            result.projects.map((p) => [
              p.title,
              p.funding ?? '–',
              p.budget === null ? '–' : formatEuro(p.budget, t),
              formatPeriod(p.start, p.end, t),
              p.lead ? f.nameOf(p.lead) : '–',
              `${f.int(p.members.length)}: ${listOf(p.members.map(f.nameOf), t, 6)}`,
            ]),
            ['left', 'left', 'right', 'left', 'left', 'left'],
          )
        : null,
    workPackages: result.projects.flatMap((p) => p.workPackages.map((wp) => [`${wp.id}`, wp.title, wp.lead ? f.nameOf(wp.lead) : '–'])),
    events:
      result.events.length > 0
        ? table(
            [t.column.date, t.column.event, t.column.phase, t.column.participants],
            [...result.events]
              .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
              .map((e) => [
                e.date ? formatDate(e.date, t) : '–',
                e.title,
                e.phase ?? '–',
                `${f.int(e.participants.length)}: ${listOf(e.participants.map(f.nameOf), t, 6)}`,
              ]),
            ['left', 'left', 'left', 'left'],
          )
        : null,
    noProjects: t.text.noProjects,
    noEvents: t.text.noEvents,
  };
}
