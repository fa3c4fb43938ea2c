// The view model of the change report between two snapshots, and the
// headline `eco status --since` shows.
import type { DiffResult, SHIFT_METRICS } from '../analysis/snapshot-diff.js';
import type { MapAnalysis } from '../analysis/map-analysis.js';
import { capitalised, fill, fillCount, formatDate, formatInteger, formatNumber, formatPercent, idIsTitle, joinAll, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { labelsFor, type Lang } from './i18n/index.js';
import type { NetworkPicture } from './pictures/picture-model.js';
import { sharedPictures } from './pictures/shared-pictures.js';
import { type Table, table } from './table.js';

type Metric = (typeof SHIFT_METRICS)[number];

function metricValue(metric: Metric, value: number | null, t: Labels): string {
  if (value === null) return '–';
  if (metric === 'largestComponentShare' || metric === 'crossSectorShare') return formatPercent(value, t);
  if (metric === 'density') return formatNumber(value, 4, t);
  if (metric === 'eiIndex') return formatNumber(value, 2, t);
  if (metric === 'averageClustering' || metric === 'modularity') return formatNumber(value, 3, t);
  return formatInteger(value, t);
}

/** An indicator's value or a link's weight: whole numbers without decimals. */
function plainNumber(value: number | null, t: Labels): string {
  return value === null ? '–' : formatNumber(value, Number.isInteger(value) ? 0 : 2, t);
}

/** A few sentences: who joined and left, who moved, links, figures, goals. */
export function diffHeadline(diff: DiffResult, lang: Lang, names: ReadonlyMap<string, string>): string[] {
  const t = labelsFor(lang);
  const nameOf = (id: string): string => names.get(id) ?? id;
  const lines = [...actorLines(diff, t, nameOf), ...networkLines(diff, t), ...goalLines(diff, t)];
  return lines.length > 0 ? lines : [t.diff.nothing];
}

function actorLines(diff: DiffResult, t: Labels, nameOf: (id: string) => string): string[] {
  const layer = (l: string | null): string => (l ? t.layerOne[l as keyof Labels['layerOne']] : '–');
  const sector = (s: string | null): string => t.sectorOne[(s ?? 'unknown') as keyof Labels['sectorOne']];
  const lines: string[] = [];
  const { joined, left } = diff.actors;
  if (joined.length > 0) lines.push(fillCount(t.diff.joined, joined.length, t, { names: listOf(joined.map(nameOf), t) }));
  if (left.length > 0) lines.push(fillCount(t.diff.left, left.length, t, { names: listOf(left.map(nameOf), t) }));
  if (diff.renames.length > 0)
    lines.push(
      fill(t.diff.renames, {
        list: joinAll(
          diff.renames.map((r) => `${r.from} → ${r.to}`),
          t,
        ),
      }),
    );
  if (diff.layerMoves.length > 0) {
    lines.push(
      fillCount(t.diff.layerMoves, diff.layerMoves.length, t, {
        list: listOf(
          diff.layerMoves.map((m) => `${nameOf(m.id)} (${layer(m.from)} → ${layer(m.to)})`),
          t,
          6,
        ),
      }),
    );
  }
  if (diff.sectorChanges.length > 0) {
    lines.push(
      fillCount(t.diff.sectorChanges, diff.sectorChanges.length, t, {
        list: listOf(
          diff.sectorChanges.map((m) => `${nameOf(m.id)} (${sector(m.from)} → ${sector(m.to)})`),
          t,
          6,
        ),
      }),
    );
  }
  return lines;
}

function networkLines(diff: DiffResult, t: Labels): string[] {
  const lines: string[] = [];
  const l = diff.links;
  if (l.added.length + l.removed.length + l.reweighted.length > 0)
    lines.push(
      fill(t.diff.links, {
        added: formatInteger(l.added.length, t),
        removed: formatInteger(l.removed.length, t),
        reweighted: formatInteger(l.reweighted.length, t),
      }),
    );
  // What the new derived ties come from: the three biggest sources.
  for (const source of diff.derivedSources.slice(0, 3)) {
    lines.push(fillCount(t.diff.derivedFrom[source.kind], source.ties, t, { title: source.title, date: source.date ? ` ${formatDate(source.date, t)}` : '' }));
  }
  // Only shifts a reader can see at the precision shown.
  const moved = diff.shifts.filter(
    (s) => s.metric !== 'actors' && s.metric !== 'links' && metricValue(s.metric, s.before, t) !== metricValue(s.metric, s.after, t),
  );
  if (moved.length > 0) {
    lines.push(
      fill(t.diff.shifts, {
        list: moved.map((s) => `${t.diff.metric[s.metric]} ${metricValue(s.metric, s.before, t)} → ${metricValue(s.metric, s.after, t)}`).join('; '),
      }),
    );
  }
  return lines;
}

function goalLines(diff: DiffResult, t: Labels): string[] {
  const lines: string[] = [];
  if (diff.indicators.length > 0) {
    lines.push(
      fillCount(t.diff.indicators, diff.indicators.length, t, {
        list: listOf(
          diff.indicators.map((i) => `${i.name} (${plainNumber(i.before, t)} → ${plainNumber(i.after, t)})`),
          t,
          8,
        ),
      }),
    );
  }
  if (diff.tasksDone.length > 0)
    lines.push(
      fillCount(t.diff.tasksDone, diff.tasksDone.length, t, {
        list: listOf(
          diff.tasksDone.map((task) => task.id),
          t,
          10,
        ),
      }),
    );
  return lines;
}

export interface DiffContext {
  lang: Lang;
  version: string;
  names: ReadonlyMap<string, string>;
  /** The two pictures' file names for a Markdown report, if written. */
  pictureFiles?: { before: string; after: string };
}

/** What the diff templates lay out (and a user's own template may use). */
export interface DiffView {
  lang: Lang;
  t: Labels;
  title: string;
  between: string;
  headline: string[];
  generated: string;
  pictures: { before: NetworkPicture; after: NetworkPicture; caption: string; files: { before: string; after: string } | null };
  actors: Table;
  moves: Table;
  links: Table;
  shifts: Table;
  ranks: Table;
  goals: Table;
  tasksDone: string[];
  counts: { actors: string };
}

interface Formatters {
  nameOf: (id: string) => string;
  sectorOne: (s: string | null) => string;
  layer: (l: string | null) => string;
}

export function diffView(diff: DiffResult, before: MapAnalysis, after: MapAnalysis, context: DiffContext): DiffView {
  const t = labelsFor(context.lang);
  const f: Formatters = {
    nameOf: (id) => context.names.get(id) ?? id,
    sectorOne: (s) => t.sectorOne[(s ?? 'unknown') as keyof Labels['sectorOne']],
    layer: (l) => (l ? t.layerOne[l as keyof Labels['layerOne']] : '–'),
  };
  const [pictureBefore, pictureAfter] = sharedPictures(before, after, t);
  return {
    lang: context.lang,
    t,
    title: `${t.diff.report}: ${diff.ecosystem.name}`,
    // A label that is a date (when the data was gathered) reads as the language writes dates.
    between: fill(t.diff.between, { before: formatDate(diff.before.label, t), after: formatDate(diff.after.label, t) }),
    headline: diffHeadline(diff, context.lang, context.names),
    generated: fill(t.text.generated, { version: context.version, asOf: fill(t.text.asOf, { date: formatDate(diff.after.asOf, t) }) }),
    pictures: {
      before: pictureBefore,
      after: pictureAfter,
      caption: `${t.text.networkCaption} ${t.diff.picturesCaption}`,
      files: context.pictureFiles ?? null,
    },
    actors: actorTable(diff, before, after, t, f),
    moves: table(
      [t.column.actor, t.diff.from, t.diff.to],
      [
        ...diff.layerMoves.map((m) => [f.nameOf(m.id), f.layer(m.from), f.layer(m.to)]),
        ...diff.sectorChanges.map((m) => [f.nameOf(m.id), f.sectorOne(m.from), f.sectorOne(m.to)]),
      ],
      ['left', 'left', 'left'],
    ),
    links: linkTable(diff.links, t, f.nameOf),
    shifts: table(
      [t.column.figure, t.diff.before, t.diff.after],
      diff.shifts.map((s) => [capitalised(t.diff.metric[s.metric]), metricValue(s.metric, s.before, t), metricValue(s.metric, s.after, t)]),
    ),
    ranks: table(
      [t.diff.rankNow, t.column.actor, t.diff.rankBefore],
      diff.ranks.map((r) => [
        String(r.after),
        f.nameOf(r.id),
        r.before !== null ? String(r.before) : diff.actors.joined.includes(r.id) ? t.diff.newActorInTop : t.diff.newInTop,
      ]),
      ['right', 'left', 'right'],
    ),
    goals: goalTable(diff.indicators, t),
    tasksDone: diff.tasksDone.map((task) => (idIsTitle(task.id, task.title) ? `${task.title} (${task.goal})` : `${task.id} (${task.goal}): ${task.title}`)),
    counts: { actors: formatInteger(diff.actors.joined.length + diff.actors.left.length, t) },
  };
}

/** Who joined and who left, described as they were in the snapshot that has them. */
function actorTable(diff: DiffResult, before: MapAnalysis, after: MapAnalysis, t: Labels, { nameOf, sectorOne, layer }: Formatters): Table {
  const row = (id: string, analysis: MapAnalysis, change: string): string[] => {
    const a = analysis.result.actors.find((x) => x.id === id);
    return [nameOf(id), sectorOne(a?.sector ?? null), layer(a?.layer ?? null), change];
  };
  return table(
    [t.column.actor, t.column.sector, t.column.layer, t.diff.change],
    [...diff.actors.joined.map((id) => row(id, after, t.diff.joinedActor)), ...diff.actors.left.map((id) => row(id, before, t.diff.leftActor))],
    ['left', 'left', 'left', 'left'],
  );
}

function linkTable(links: DiffResult['links'], t: Labels, nameOf: (id: string) => string): Table {
  const rows = (list: DiffResult['links']['added'], word: string): string[][] =>
    list
      .slice(0, 50)
      .map((k) => [
        nameOf(k.source),
        nameOf(k.target),
        k.types.join(', '),
        k.origin === 'derived' ? t.diff.derived : t.diff.listed,
        plainNumber(k.weight, t),
        word,
      ]);
  return table(
    [t.column.actor, t.column.actor, t.diff.tieType, t.diff.tieOrigin, t.diff.weight, t.diff.change],
    [
      ...rows(links.added, t.diff.added),
      ...rows(links.removed, t.diff.removed),
      ...links.reweighted
        .slice(0, 50)
        .map((k) => [nameOf(k.source), nameOf(k.target), '', '', `${plainNumber(k.from, t)} → ${plainNumber(k.to, t)}`, t.diff.reweighted]),
    ],
    ['left', 'left', 'left', 'left', 'right', 'left'],
  );
}

function goalTable(indicators: DiffResult['indicators'], t: Labels): Table {
  const percent = (x: number | null): string => (x === null ? '–' : formatPercent(x, t));
  return table(
    [t.indicatorColumn.indicator, t.diff.before, t.diff.after, t.indicatorColumn.progress],
    indicators.map((i) => [
      `${i.name} (${i.goal})`,
      plainNumber(i.before, t),
      plainNumber(i.after, t),
      `${percent(i.progressBefore)} → ${percent(i.progressAfter)}`,
    ]),
  );
}
