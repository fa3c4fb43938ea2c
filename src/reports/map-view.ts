// The view model of the baseline report (tilannekuva): everything the map
// templates show, already sorted, translated and formatted. Pure: the date
// and version come in as arguments.
import type { MapResult } from '../analysis/map-result.js';
import { countOf, fill, formatInteger, formatNumber, formatPercent, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { labelsFor, type Lang } from './i18n/index.js';
import { barChart } from './pictures/bar-chart.js';
import type { LayoutEdge } from './pictures/network-layout.js';
import { communityMapNote, networkPicture, type NetworkPicture } from './pictures/network-picture.js';
import { sectorColour } from '../model/sector-palette.js';
import { actorSections, communitySections, participationSections } from './map-view-sections.js';
import { table } from './table.js';
import { networkSection } from './network-view.js';
import { dataQualitySection } from './data-quality-view.js';

export interface ReportContext {
  lang: Lang;
  version: string;
  /** The date printed on the report, or null for none. */
  asOf: string | null;
  /** The file name of the separate network picture (Markdown), if any. */
  pictureFile?: string;
}

export function mapView(result: MapResult, edges: readonly LayoutEdge[], context: ReportContext) {
  const t = labelsFor(context.lang);
  const s = result.summary;
  const n = (x: number, d = 3): string => formatNumber(x, d, t);
  const pct = (x: number): string => formatPercent(x, t);
  const int = (x: number): string => formatInteger(x, t);
  const sectorName = (sector: string): string => t.sector[sector as keyof Labels['sector']] ?? sector;
  const info = result.ecosystem;
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;

  const picture: NetworkPicture = networkPicture(result, edges, t);
  const withSector = result.actors.filter((a) => a.sector !== null).length;
  const withLayer = result.actors.filter((a) => a.layer !== null).length;
  const withLink = result.actors.filter((a) => a.degree > 0).length;
  const derived = result.options.links !== 'explicit' && result.projects.length + result.events.length > 0;

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

  const headline: { label: string; value: string; meaning: string }[] = [
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
    return { label, value: value!, meaning };
  });

  const withEi = result.sectors.filter((r) => r.eiIndex !== null && r.sector !== 'unknown');
  const open = [...withEi].sort((a, b) => b.eiIndex! - a.eiIndex!)[0];
  const closed = [...withEi].sort((a, b) => a.eiIndex! - b.eiIndex!)[0];
  const matrixLabels = result.sectorMatrix.labels.filter((_label, i) => result.sectorMatrix.links[i]!.some((v) => v > 0));
  const matrixIndex = (label: string): number => result.sectorMatrix.labels.indexOf(label);
  const averageDegree = s.actors > 0 ? result.actors.reduce((sum, a) => sum + a.degree, 0) / s.actors : 0;

  return {
    lang: context.lang,
    t,
    title: `${t.title.report}: ${info.name}`,
    ecosystemName: info.name,
    subtitle: fill(t.text.kindRegion, { kind: info.kind ? t.kind[info.kind as keyof Labels['kind']] : '', region: info.region ?? '', theme: info.theme ?? '' })
      .split(' · ')
      .filter((part) => part.trim() !== '')
      .join(' · '),
    orchestrators: info.orchestrators.length > 0 ? fill(t.text.orchestrators, { names: listOf(info.orchestrators.map(nameOf), t) }) : t.text.noOrchestrator,
    description: info.description,
    generated: fill(t.text.generated, { version: context.version, asOf: context.asOf ? fill(t.text.asOf, { date: context.asOf }) : '' }),
    sources: {
      list: info.sources,
      coverage: fill(t.text.coverage, { actors: int(s.actors), withSector: int(withSector), withLayer: int(withLayer), withLink: int(withLink) }),
      links: derived
        ? fill(t.text.linkSources, {
            links: int(s.links),
            derived: fill(t.text.derivedCounts, {
              projects: countOf(result.projects.length, t.unit.project, t),
              events: countOf(result.events.length, t.unit.event, t),
            }),
          })
        : fill(t.text.linkSourcesExplicit, { links: int(s.links) }),
      sampled: s.betweennessMethod === 'exact' ? null : fill(t.text.sampled, { sample: int(s.betweennessMethod.sample) }),
    },
    sectors: {
      table: sectorLayer,
      present: fill(t.text.sectorsPresent, { count: present.filter((r) => r.sector !== 'other').length }),
      missing:
        result.missingSectors.length > 0
          ? fill(t.text.sectorsMissing, { list: result.missingSectors.map((m) => sectorName(m).toLowerCase()).join(', ') })
          : t.text.sectorsAllPresent,
      largest: largest ? fill(t.text.largestSector, { sector: sectorName(largest.sector).toLowerCase(), share: pct(largest.share) }) : null,
      chart: barChart(
        result.sectors
          .filter((r) => r.actors > 0)
          .map((r) => ({ label: sectorName(r.sector), value: r.actors, text: int(r.actors), colour: sectorColour(r.sector === 'unknown' ? null : r.sector) })),
      ),
      layerChart: barChart(result.layers.map((l) => ({ label: t.layer[l.layer], value: l.actors, text: int(l.actors), colour: '#0072B2' }))),
      layerSuggestions:
        result.layerSuggestions && result.layerSuggestions.length > 0
          ? {
              intro: fill(t.text.layerSuggestions, { count: result.layerSuggestions.length }),
              items: result.layerSuggestions.map((x) =>
                fill(t.text.layerSuggestion, {
                  name: nameOf(x.id),
                  declared: x.declared ? t.layer[x.declared].toLowerCase() : '–',
                  suggested: t.layer[x.suggested].toLowerCase(),
                }),
              ),
            }
          : null,
    },
    helix: {
      table: table(
        [t.column.sector, t.column.actors, t.column.share],
        result.helices.map((h) => [t.helix[h.helix as keyof Labels['helix']], int(h.actors), pct(h.share)]),
      ),
      sentence:
        result.missingHelices.length > 0
          ? fill(t.text.helixMissing, { list: result.missingHelices.map((h) => t.helix[h as keyof Labels['helix']].toLowerCase()).join(', ') })
          : fill(t.text.helixBalanced, {
              list: result.helices.map((h) => `${t.helix[h.helix as keyof Labels['helix']].toLowerCase()} ${pct(h.share)}`).join(', '),
            }),
    },
    network: {
      picture,
      note: communityMapNote(result, picture, t),
      caption: t.text.networkCaption,
      pictureFile: context.pictureFile ? fill(t.text.pictureFile, { file: context.pictureFile }) : null,
      pictureHref: context.pictureFile ?? null,
      headline: table(
        [t.column.figure, t.column.value, t.column.meaning],
        headline.map((h) => [h.label, h.value, h.meaning]),
        ['left', 'right', 'left'],
      ),
      density: fill(t.text.density, { density: pct(s.density), degree: n(averageDegree, 1) }),
      connectivity:
        s.components - s.isolates > 1 ? fill(t.text.fragmented, { components: int(s.components), share: pct(s.largestComponentShare) }) : t.text.connected,
    },
    matrix: {
      table: table(
        [t.column.sector, ...matrixLabels.map((l) => t.sectorOne[l as keyof Labels['sectorOne']])],
        matrixLabels.map((row) => [sectorName(row), ...matrixLabels.map((col) => int(result.sectorMatrix.links[matrixIndex(row)]![matrixIndex(col)]!))]),
      ),
      ei: s.crossSectorShare === null ? null : fill(t.text.ei, { share: pct(s.crossSectorShare), ei: n(s.eiIndex ?? 0, 2) }),
      open: open && closed && open !== closed ? fill(t.text.eiOpen, { sector: sectorName(open.sector).toLowerCase(), ei: n(open.eiIndex!, 2) }) : null,
      closed: open && closed && open !== closed ? fill(t.text.eiClosed, { sector: sectorName(closed.sector).toLowerCase(), ei: n(closed.eiIndex!, 2) }) : null,
      bySector: table(
        [t.column.sector, t.column.within, t.column.across, t.column.eiIndex],
        result.sectors
          .filter((r) => r.actors > 0 && r.sector !== 'unknown')
          .map((r) => [sectorName(r.sector), int(r.internalLinks), int(r.externalLinks), r.eiIndex === null ? '–' : n(r.eiIndex, 2)]),
      ),
    },
    ...actorSections(result, t, { n, pct, int, sectorName, nameOf }),
    ...communitySections(result, t, { n, pct, int, sectorName, nameOf }),
    ...participationSections(result, t, { n, pct, int, sectorName, nameOf }),
    memberNetwork: networkSection(result.network, t, nameOf),
    dataQuality: dataQualitySection(result.dataQuality, t, int),
    glossary: table(
      [t.column.term, t.column.definition],
      Object.entries(t.glossary).map(([key, text]) => [key, text]),
      ['left', 'left'],
    ),
  };
}
