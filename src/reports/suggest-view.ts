// The view model of whom to invite (eco-suggest/v1): what the candidates were
// sought from and for, how they are scored, and each candidate with its
// reasons in words. Used by the report of eco suggest and by the section eco
// map --pool adds to the baseline study.
import { POINTS } from '../analysis/suggest/candidates.js';
import type { SuggestResult } from '../analysis/suggest/suggest.js';
import type { Candidate } from '../model/document-types.js';
import type { Labels } from './i18n/en.js';
import { fill, fillCount, formatDate, formatInteger, formatNumber, formatPercent, joinAll, listOf } from './format.js';

type Reason = Candidate['reasons'][number];

interface CandidateRow {
  rank: string;
  name: string;
  sector: string;
  place: string;
  score: string;
  /** The score in words: 8,5 pistettä. */
  points: string;
  reasons: string[];
  /** Who could introduce it, or that no member has ties to it yet. */
  introducers: string;
}

export interface SuggestView {
  lang: string;
  title: string;
  subtitle: string;
  generated: string;
  t: Labels['suggest'];
  /** What the candidates were sought from, and where the ecosystem is at home. */
  about: string;
  /** What the ecosystem lacks, sentence by sentence. */
  gaps: string[];
  /** The filter and how many are shown; empty without candidates. */
  shown: string;
  method: string;
  candidates: CandidateRow[];
  none: string | null;
}

export function suggestView(result: SuggestResult, t: Labels, version: string): SuggestView {
  const s = t.suggest;
  const int = (n: number): string => formatInteger(n, t);
  const lower = (text: string): string => text.toLowerCase();
  const sectorName = (sector: string): string => lower(t.sector[sector as keyof Labels['sector']] ?? sector);
  const helixName = (helix: string): string => lower(t.helix[helix as keyof Labels['helix']] ?? helix);
  const layerName = (layer: string): string => lower(t.layer[layer as keyof Labels['layer']] ?? layer);

  const pool = result.pool;
  const links = pool.sources.reduce((n, p) => n + p.links, 0);
  const total = result.candidates.length;
  const home = [result.home.city, result.home.region, result.home.country].filter((p): p is string => p !== null);
  const about = [
    fill(s.intro, {
      pools: joinAll(
        pool.sources.map((p) => p.label),
        t,
      ),
      actors: int(pool.actors),
      links: int(links),
    }),
    pool.matched === 0
      ? s.noneMatched
      : pool.matched === result.ecosystem.actors
        ? fill(s.allMatched, { total: int(pool.matched) })
        : fillCount(s.matched, pool.matched, t, { total: int(result.ecosystem.actors) }),
    home.length > 0 ? fill(s.home, { place: home.join(', ') }) : s.noHome,
  ];
  const gaps = result.gaps;
  const gapLines = [
    gaps.helices.length > 0 ? fillCount(s.gapHelices, gaps.helices.length, t, { list: joinAll(gaps.helices.map(helixName), t) }) : null,
    gaps.sectors.length > 0 ? fillCount(s.gapSectors, gaps.sectors.length, t, { list: joinAll(gaps.sectors.map(sectorName), t) }) : null,
    gaps.needs.length > 0 ? fillCount(s.gapNeeds, gaps.needs.length, t, { list: joinAll(gaps.needs, t) }) : null,
    gaps.layers.length > 0 ? fillCount(s.gapLayers, gaps.layers.length, t, { list: joinAll(gaps.layers.map(layerName), t) }) : null,
  ].filter((line): line is string => line !== null);

  const filters = [
    result.filter.sector === null ? null : fill(s.filterSector, { sector: sectorName(result.filter.sector) }),
    result.filter.tag === null ? null : fill(s.filterTag, { tag: result.filter.tag }),
  ].filter((f): f is string => f !== null);
  const shown = [
    filters.length > 0 ? fill(s.filter, { list: joinAll(filters, t) }) : '',
    total > 0 ? fillCount(s.shown, total, t, { total: int(pool.candidates) }) : '',
  ]
    .filter((x) => x !== '')
    .join(' ');

  /** Points as few decimals as they need, at most two: 5, 4,5, 0,75. */
  const p = (x: number): string => {
    const hundredths = Math.round(x * 100);
    return formatNumber(hundredths / 100, hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2, t);
  };
  const method = fill(s.method, {
    sameCity: p(POINTS.near['same-city']),
    region: p(POINTS.near['same-region']),
    country: p(POINTS.near['same-country']),
    works: p(POINTS.worksWithUs),
    helix: p(POINTS.missingHelix),
    sector: p(POINTS.missingSector),
    tag: p(POINTS.neededTag),
    layer: p(POINTS.missingLayer),
    components: p(POINTS.joinsComponents),
    communities: p(POINTS.joinsCommunities),
    university: p(POINTS.universityTown),
  });

  const reasonText = (r: Reason): string => {
    switch (r.code) {
      case 'works-with-members':
        return fillCount(s.reason['works-with-members'], r.evidence.members, t, { share: formatPercent(r.evidence.share, t) });
      case 'member-city':
        return fillCount(s.reason['member-city'], r.evidence.members ?? 0, t, { place: r.evidence.place });
      case 'same-city':
      case 'same-region':
      case 'same-country':
        return fill(s.reason[r.code], { place: r.evidence.place });
      case 'missing-helix':
        return fill(s.reason['missing-helix'], { helix: helixName(r.evidence.helix) });
      case 'missing-sector':
        return fill(s.reason['missing-sector'], { sector: sectorName(r.evidence.sector) });
      case 'needed-competence':
        return fill(s.reason['needed-competence'], { tags: joinAll(r.evidence.tags, t) });
      case 'missing-layer':
        return fill(s.reason['missing-layer'], { layer: layerName(r.evidence.layer) });
      case 'joins-components':
        return fill(s.reason['joins-components'], { count: int(r.evidence.components) });
      case 'joins-communities':
        return fill(s.reason['joins-communities'], { count: int(r.evidence.communities) });
      case 'university-town':
        return fill(s.reason['university-town'], { city: r.evidence.city });
    }
  };
  const candidates = result.candidates.map((c, i) => ({
    rank: int(i + 1),
    name: c.name,
    sector: c.sector === null ? t.sectorOne.unknown : t.sectorOne[c.sector],
    place: [c.city, c.country].filter((x) => x !== null).join(', '),
    score: p(c.score),
    points: fill((c.score === 1 ? s.score[0] : s.score[1]) ?? '', { points: p(c.score) }),
    reasons: c.reasons.map((r) => `${reasonText(r)} (${fill(s.points, { points: p(r.points) })})`),
    introducers:
      c.introducers.length > 0
        ? fill(s.introducedBy, {
            names: listOf(
              c.introducers.map((x) => x.name),
              t,
              3,
            ),
          })
        : s.noTies,
  }));
  return {
    lang: t.lang,
    title: s.report,
    subtitle: result.ecosystem.name,
    generated: fill(t.text.generated, {
      version,
      asOf: result.asOf ? fill(t.text.asOf, { date: formatDate(result.asOf, t) }) : '',
    }),
    t: s,
    about: about.join(' '),
    gaps: gapLines.length > 0 ? gapLines : [s.noGaps],
    shown,
    method,
    candidates,
    none: candidates.length === 0 ? s.none : null,
  };
}
