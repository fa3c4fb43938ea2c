// The view model of the baseline report (tilannekuva): everything the map
// templates show, already sorted, translated and formatted, one builder per
// section. Pure: the date and version come in as arguments.
import type { MapResult } from '../analysis/map-result.js';
import { sectorColour } from '../model/sector-palette.js';
import { dataQualitySection } from './data-quality-view.js';
import { stability } from './sampling-words.js';
import { type SuggestView, suggestView } from './suggest-view.js';
import { capitalised, countOf, fill, fillCount, formatDate, formatInteger, formatNumber, formatPercent, joinAll } from './format.js';
import type { Labels } from './i18n/en.js';
import { type Lang, labelsFor } from './i18n/index.js';
import { actorSections, communitySections, type Formatters, namesSentence, participationSections } from './map-view-sections.js';
import { type ExplorerView, explorerView } from './explorer-view.js';
import { networkSection } from './network-view.js';
import { barChart } from './pictures/bar-chart.js';
import { studySections } from './study-view.js';
import { communityMapNote } from './pictures/community-picture.js';
import { networkPicture } from './pictures/network-picture.js';
import type { PictureEdge } from './pictures/picture-model.js';
import { layerSection } from './layer-view.js';
import { table } from './table.js';

export interface ReportContext {
  lang: Lang;
  version: string;
  /** The date printed on the report, or null for none. */
  asOf: string | null;
  /** The file name of the separate network picture (Markdown), if any. */
  pictureFile?: string;
  /** The network explorer's script, for an HTML report: with it the view carries the explorer's data. */
  explorerScript?: string;
  /** The file name of the separate layer picture (Markdown), if any: written only when the report has one (`layers` not null). */
  layerPictureFile?: string;
}

/** What the map templates lay out (and a user's own template may use). */
export interface MapView extends ReturnType<typeof header> {
  lang: Lang;
  t: Labels;
  sources: ReturnType<typeof sourcesSection>;
  sectors: ReturnType<typeof sectorsSection>;
  helix: ReturnType<typeof helixSection>;
  network: ReturnType<typeof networkOverview>;
  explorer: ExplorerView | null;
  layers: ReturnType<typeof layerSection>;
  matrix: ReturnType<typeof matrixSection>;
  keyActors: ReturnType<typeof actorSections>['keyActors'];
  brokers: ReturnType<typeof actorSections>['brokers'];
  memberNetwork: ReturnType<typeof networkSection>;
  dataQuality: ReturnType<typeof dataQualitySection>;
  /** Whom to invite (eco map --pool); null without a pool. */
  suggestions: SuggestView | null;
  study: ReturnType<typeof studySections>;
  glossary: ReturnType<typeof table>;
  [section: string]: unknown;
}

export function mapView(result: MapResult, edges: readonly PictureEdge[], context: ReportContext): MapView {
  const t = labelsFor(context.lang);
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const f: Formatters = {
    n: (x, d = 3) => formatNumber(x, d, t),
    pct: (x) => formatPercent(x, t),
    int: (x) => formatInteger(x, t),
    sectorName: (sector) => t.sector[sector as keyof Labels['sector']] ?? sector,
    nameOf: (id) => names.get(id) ?? id,
  };
  const network = networkOverview(result, edges, context, t, f);
  return {
    lang: context.lang,
    t,
    ...header(result, context, t, f),
    study: studySections(result, context.lang, f, (date) => formatDate(date, t)),
    sources: sourcesSection(result, t, f),
    sectors: sectorsSection(result, t, f),
    helix: helixSection(result, t, f),
    network,
    explorer: context.explorerScript === undefined ? null : explorerView(result, network.picture, t, context.explorerScript),
    layers: layerSection(result, edges, t, context.layerPictureFile),
    matrix: matrixSection(result, t, f),
    ...actorSections(result, t, f),
    ...communitySections(result, t, f),
    ...participationSections(result, t, f),
    memberNetwork: networkSection(result.network, t, f.nameOf),
    dataQuality: dataQualitySection(result.dataQuality, t, f.int),
    suggestions: result.suggestions ? suggestView(result.suggestions, t, context.version) : null,
    glossary: table(
      [t.column.term, t.column.definition],
      Object.entries(t.glossary).map(([key, text]) => [t.glossaryTerm[key as keyof Labels['glossaryTerm']] ?? key, text]),
      ['left', 'left'],
    ),
  };
}

function header(result: MapResult, context: ReportContext, t: Labels, f: Formatters) {
  const info = result.ecosystem;
  return {
    title: `${t.title.report}: ${info.name}`,
    ecosystemName: info.name,
    subtitle: capitalised(
      fill(t.text.kindRegion, { kind: info.kind ? t.kind[info.kind as keyof Labels['kind']] : '', region: info.region ?? '', theme: info.theme ?? '' })
        .split(' · ')
        .filter((part) => part.trim() !== '')
        .join(' · '),
    ),
    orchestrators:
      info.orchestrators.length > 0 ? namesSentence(t.text.orchestrators, info.orchestrators, t, f, 8) : namesSentence([t.text.noOrchestrator], [], t, f, 8),
    description: info.description,
    generated: fill(t.text.generated, { version: context.version, asOf: context.asOf ? fill(t.text.asOf, { date: formatDate(context.asOf, t) }) : '' }),
  };
}

function sourcesSection(result: MapResult, t: Labels, { int }: Formatters) {
  const s = result.summary;
  const count = (keep: (a: MapResult['actors'][number]) => boolean): string => int(result.actors.filter(keep).length);
  const derived = result.options.links !== 'explicit' && result.projects.length + result.events.length > 0;
  return {
    list: result.ecosystem.sources,
    coverage: fillCount(t.text.coverage, s.actors, t, {
      actors: int(s.actors),
      withSector: count((a) => a.sector !== null),
      withLayer: count((a) => a.layer !== null),
      withLink: count((a) => a.degree > 0),
    }),
    links: derived
      ? fill(t.text.linkSources, {
          links: int(s.links),
          derived: fill(t.text.derivedCounts, {
            projects: countOf(result.projects.length, t.unit.project, t),
            events: countOf(result.events.length, t.unit.event, t),
          }),
        })
      : fill(t.text.linkSourcesExplicit, { links: int(s.links) }),
    sampled:
      s.betweennessMethod === 'exact'
        ? null
        : [fill(t.text.sampled, { sample: int(s.betweennessMethod.sample) }), stability(s.betweennessMethod, t)].filter(Boolean).join(' '),
  };
}

function sectorsSection(result: MapResult, t: Labels, { pct, int, sectorName, nameOf }: Formatters) {
  const present = result.sectors.filter((r) => r.actors > 0 && r.sector !== 'unknown');
  const largest = [...present].sort((a, b) => b.actors - a.actors)[0];
  const layersPresent = result.layers.filter((l) => l.actors > 0);
  const sectorLayer = table(
    [t.column.sector, ...layersPresent.map((l) => t.layer[l.layer]), t.column.total],
    result.sectors
      .filter((r) => r.actors > 0)
      .map((r) => [
        sectorName(r.sector),
        ...layersPresent.map((l) => int(result.actors.filter((a) => (a.sector ?? 'unknown') === r.sector && (a.layer ?? 'unknown') === l.layer).length)),
        int(r.actors),
      ]),
  );
  sectorLayer.rows.push([t.column.total, ...layersPresent.map((l) => int(l.actors)), int(result.actors.length)]);
  const suggestions = result.layerSuggestions ?? [];
  return {
    table: sectorLayer,
    present: fill(t.text.sectorsPresent, { count: int(present.filter((r) => r.sector !== 'other').length) }),
    missing:
      result.missingSectors.length > 0
        ? fillCount(t.text.sectorsMissing, result.missingSectors.length, t, {
            list: joinAll(
              result.missingSectors.map((m) => sectorName(m).toLowerCase()),
              t,
            ),
          })
        : t.text.sectorsAllPresent,
    largest: largest ? fill(t.text.largestSector, { sector: sectorName(largest.sector).toLowerCase(), share: pct(largest.share) }) : null,
    // A missing sector keeps its bar, drawn as 0: the gap is what the chart shows.
    chart: barChart(
      result.sectors
        .filter((r) => r.actors > 0 || (result.missingSectors as readonly string[]).includes(r.sector))
        .map((r) => ({ label: sectorName(r.sector), value: r.actors, text: int(r.actors), colour: sectorColour(r.sector === 'unknown' ? null : r.sector) })),
      { title: t.title.sectorChart },
    ),
    layerChart: barChart(
      result.layers.map((l) => ({ label: t.layer[l.layer], value: l.actors, text: int(l.actors), colour: '#0072B2' })),
      { title: t.title.layerChart },
    ),
    layerSuggestions:
      suggestions.length > 0
        ? {
            intro: fillCount(t.text.layerSuggestions, suggestions.length, t),
            items: suggestions.map((x) =>
              fill(t.text.layerSuggestion, {
                name: nameOf(x.id),
                declared: x.declared ? t.layerOne[x.declared] : '–',
                suggested: t.layerOne[x.suggested],
              }),
            ),
            table: table(
              [t.column.actor, t.column.declaredLayer, t.column.suggestedLayer],
              suggestions.map((x) => [nameOf(x.id), x.declared ? t.layerOne[x.declared] : '–', t.layerOne[x.suggested]]),
              ['left', 'left', 'left'],
            ),
          }
        : null,
  };
}

function helixSection(result: MapResult, t: Labels, { pct, int }: Formatters) {
  const helixName = (h: string): string => t.helix[h as keyof Labels['helix']];
  return {
    table: table(
      [t.column.helix, t.column.actors, t.column.share],
      result.helices.map((h) => [helixName(h.helix), int(h.actors), pct(h.share)]),
    ),
    sentence:
      result.missingHelices.length > 0
        ? fillCount(t.text.helixMissing, result.missingHelices.length, t, {
            list: joinAll(
              result.missingHelices.map((h) => helixName(h).toLowerCase()),
              t,
            ),
          })
        : fill(t.text.helixBalanced, {
            list: joinAll(
              result.helices.map((h) => `${helixName(h.helix).toLowerCase()} ${pct(h.share)}`),
              t,
            ),
          }),
    note: result.findings.some((f) => f.code === 'civil-society-associations-only') ? t.text.helixAssociationsOnly : null,
  };
}

function networkOverview(result: MapResult, edges: readonly PictureEdge[], context: ReportContext, t: Labels, { n, pct, int }: Formatters) {
  const s = result.summary;
  const picture = networkPicture(result, edges, t);
  const averageDegree = s.actors > 0 ? result.actors.reduce((sum, a) => sum + a.degree, 0) / s.actors : 0;
  const headline = [
    ['actors', int(s.actors)],
    ['links', int(s.links)],
    ['density', n(s.density, 4)],
    ['components', int(s.components)],
    ['largestComponent', pct(s.largestComponentShare)],
    ['isolates', int(s.isolates)],
    ['diameter', int(s.diameter)],
    ['averagePathLength', n(s.averagePathLength, 2)],
    ['averageClustering', n(s.averageClustering, 3)],
    ['communities', int(s.communities)],
    ['modularity', s.modularity === null ? '–' : n(s.modularity, 3)],
    ['crossSectorShare', s.crossSectorShare === null ? '–' : pct(s.crossSectorShare)],
    ['eiIndex', s.eiIndex === null ? '–' : n(s.eiIndex, 2)],
  ].map(([key, value]) => {
    const [label = '', meaning = ''] = t.headline[key as keyof Labels['headline']];
    return [label, value!, meaning];
  });
  return {
    picture,
    note: communityMapNote(result, picture, t),
    caption: picture.mode === 'communities' ? t.text.communityCaption : t.text.networkCaption,
    pictureFile: context.pictureFile ? fill(t.text.pictureFile, { file: context.pictureFile }) : null,
    pictureHref: context.pictureFile ?? null,
    headline: table([t.column.figure, t.column.value, t.column.meaning], headline, ['left', 'right', 'left']),
    density: fill(t.text.density, { density: pct(s.density), degree: n(averageDegree, 1) }),
    connectivity:
      s.components - s.isolates > 1 ? fill(t.text.fragmented, { components: int(s.components), share: pct(s.largestComponentShare) }) : t.text.connected,
  };
}

function matrixSection(result: MapResult, t: Labels, { n, pct, int, sectorName }: Formatters) {
  const s = result.summary;
  const withEi = result.sectors.filter((r) => r.eiIndex !== null && r.sector !== 'unknown');
  const open = [...withEi].sort((a, b) => b.eiIndex! - a.eiIndex!)[0];
  const closed = [...withEi].sort((a, b) => a.eiIndex! - b.eiIndex!)[0];
  const { labels, links } = result.sectorMatrix;
  const shown = labels.filter((_label, i) => links[i]!.some((v) => v > 0));
  const at = (label: string): number => labels.indexOf(label);
  const contrast = open && closed && open !== closed;
  return {
    table: table(
      [t.column.sector, ...shown.map((l) => t.sectorOne[l as keyof Labels['sectorOne']])],
      shown.map((row) => [sectorName(row), ...shown.map((col) => int(links[at(row)]![at(col)]!))]),
    ),
    ei: s.crossSectorShare === null ? null : fill(t.text.ei, { share: pct(s.crossSectorShare), ei: n(s.eiIndex ?? 0, 2) }),
    open: contrast ? fill(t.text.eiOpen, { sector: sectorName(open.sector).toLowerCase(), ei: n(open.eiIndex!, 2) }) : null,
    closed: contrast ? fill(t.text.eiClosed, { sector: sectorName(closed.sector).toLowerCase(), ei: n(closed.eiIndex!, 2) }) : null,
    bySector: table(
      [t.column.sector, t.column.within, t.column.across, t.column.eiIndex],
      result.sectors
        .filter((r) => r.actors > 0 && r.sector !== 'unknown')
        .map((r) => [sectorName(r.sector), int(r.internalLinks), int(r.externalLinks), r.eiIndex === null ? '–' : n(r.eiIndex, 2)]),
    ),
  };
}
