// Sections of the baseline report's view model about actors: key actors,
// brokers, communities, actors to activate, projects and events.
import type { ActorFigures, MapResult } from '../analysis/map-result.js';
import { fill, fillCount, formatDate, formatEuro, formatPeriod, joinAll, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { groupName } from './group-names.js';
import { type Align, table } from './table.js';

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

/** Below this, an eigenvector value is the power iteration's rounding, not a tie: an isolated actor can get ~3e-13. */
const EIGENVECTOR_ZERO = 1e-9;

type Figure = 'betweenness' | 'degree' | 'eigenvector';
const FIGURES: readonly Figure[] = ['betweenness', 'degree', 'eigenvector'];

/** An actor's value of a figure for ranking: 0 for none, and for eigenvector values that are only rounding. */
function rankValue(a: ActorFigures, key: Figure): number {
  const value = a[key] ?? 0;
  return key === 'eigenvector' && value < EIGENVECTOR_ZERO ? 0 : value;
}

interface KeyActor {
  actor: ActorFigures;
  /** The actor's place (1–10) among the top ten by each figure, null outside them. */
  rank: Record<Figure, number | null>;
}

/**
 * The key actors: everyone among the top ten by betweenness, by degree or by
 * eigenvector centrality (when it converged), ordered by betweenness, then
 * degree. Actors with a figure of 0 are not ranked by it.
 */
function keyActorRanking(result: MapResult): KeyActor[] {
  const ranks = new Map<string, KeyActor['rank']>();
  for (const key of FIGURES) {
    if (key === 'eigenvector' && !result.summary.eigenvectorConverged) continue;
    [...result.actors]
      .filter((a) => rankValue(a, key) > 0)
      .sort((a, b) => rankValue(b, key) - rankValue(a, key) || b.degree - a.degree)
      .slice(0, TOP)
      .forEach((a, i) => {
        const rank = ranks.get(a.id) ?? { betweenness: null, degree: null, eigenvector: null };
        rank[key] = i + 1;
        ranks.set(a.id, rank);
      });
  }
  return result.actors
    .filter((a) => ranks.has(a.id))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || rankValue(b, 'eigenvector') - rankValue(a, 'eigenvector'))
    .map((actor) => ({ actor, rank: ranks.get(actor.id)! }));
}

/**
 * One table of the key actors. `table` has each figure with its rank before it,
 * "(1.) 0,400", for Markdown and one's own templates; `rows` the same apart,
 * for the HTML report to set the rank in small type.
 */
function keyActorsSection(result: MapResult, t: Labels, f: Formatters) {
  const w = t.keyActors;
  const ranked = keyActorRanking(result);
  const missing = !result.summary.eigenvectorConverged || result.actors.some((a) => a.eigenvector === null);
  const value = (a: ActorFigures, key: Figure): string => {
    if (key === 'degree') return f.int(a.degree);
    const x = a[key];
    if (x === null) return '–';
    return f.n(key === 'eigenvector' && x < EIGENVECTOR_ZERO ? 0 : x);
  };
  const rows = ranked.map(({ actor, rank }) => ({
    id: actor.id,
    name: actor.name,
    sector: sectorOne(actor, t),
    figures: FIGURES.map((key) => ({ value: value(actor, key), rank: rank[key] === null ? null : fill(w.rank, { rank: rank[key] }) })),
  }));
  const header = [t.column.actor, t.column.sector, w.betweenness, w.degree, w.eigenvector];
  const align: Align[] = ['left', 'left', 'right', 'right', 'right'];
  return {
    intro: ranked.length > 0 ? fillCount(w.intro, ranked.length, t) : w.none,
    header,
    align,
    rows,
    table: table(
      header,
      rows.map((r) => [r.name, r.sector, ...r.figures.map((x) => (x.rank === null ? x.value : `(${x.rank}) ${x.value}`))]),
      align,
    ),
    eigenvectorNote: missing ? t.text.eigenvectorNotConverged : null,
  };
}

function brokersSection(result: MapResult, t: Labels, f: Formatters) {
  const top = result.brokers[0];
  const frag = result.fragmentation;
  const assessed = result.articulationPoints.assessed.slice(0, TOP);
  return {
    top: top ? fill(t.text.topBroker, { name: top.name, sector: sectorOne(top, t) }) : null,
    cutPoints: cutPointsSentence(result, t),
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

/**
 * What the cut points cut: how many actors each would leave cut off from the
 * rest of the network, biggest first; and, when each would leave only one
 * actor without ties, that plainly rather than a claim of fragility.
 */
function cutPointsSentence(result: MapResult, t: Labels): string {
  const w = t.keyActors;
  const { count, assessed } = result.articulationPoints;
  if (count === 0) return t.text.noCutPoints;
  const cuts = assessed.filter((a) => a.cutOff > 0).sort((a, b) => b.cutOff - a.cutOff);
  const first = cuts[0];
  if (!first || (first.cutOff <= 1 && assessed.length === count)) {
    return fillCount(w.cutPointsMinor, count, t, { name: assessed[0]?.name ?? '' });
  }
  if (count === 1) return fillCount(w.cutPointOne, first.cutOff, t, { name: first.name });
  const items = cuts.map((a) => fillCount(w.cutsOff, a.cutOff, t, { name: a.name }));
  return fillCount(w.cutPoints, count, t, { list: listOf(items, t, 5) });
}

/**
 * A sentence with a list of names cut after `max`: `text` whole (Markdown,
 * text), and apart around "N more" for the HTML report to link it to the
 * table of all actors (`#actors`).
 */
export interface LinkedText {
  text: string;
  before: string;
  more: string | null;
  after: string;
}

export function namesSentence(forms: readonly string[], ids: readonly string[], t: Labels, f: Formatters, max: number): LinkedText {
  const text = fillCount(forms, ids.length, t, { names: listOf(ids.map(f.nameOf), t, max) });
  const rest = ids.length - max;
  if (rest <= 0) return { text, before: text, more: null, after: '' };
  const whole = fillCount(t.text.more, rest, t);
  const more = fillCount(t.keyActors.moreLink, rest, t);
  const at = text.lastIndexOf(whole);
  if (at < 0 || !whole.endsWith(more)) return { text, before: text, more: null, after: '' };
  const start = at + whole.length - more.length;
  return { text, before: text.slice(0, start), more, after: text.slice(start + more.length) };
}

function activationSection(result: MapResult, t: Labels, f: Formatters) {
  const activation = result.activation;
  const named = (forms: readonly string[], ids: readonly string[]): LinkedText | null => (ids.length > 0 ? namesSentence(forms, ids, t, f, 12) : null);
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
    workPackages: result.projects.some((p) => p.workPackages.length > 0)
      ? table(
          [t.column.project, t.column.workPackage, t.column.workPackageLead],
          result.projects.flatMap((p) => p.workPackages.map((wp) => [p.title, `${wp.id}: ${wp.title}`, wp.lead ? f.nameOf(wp.lead) : '–'])),
          ['left', 'left', 'left'],
        )
      : null,
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
