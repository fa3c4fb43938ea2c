// Every sentence with a count reads right for every count, in both languages
// and in every format of the map, status and diff reports: ecosystems are
// generated with 0, 1, 2, 5 and 1,000 of each counted thing (actors, links,
// sectors, projects, events, tasks, indicators, groups, members, brokers,
// actors without a layer, actors who joined, left or moved …), laid out by the reporters the commands
// use, and the text is searched for a number with the wrong form of its noun,
// a bare 1000 without its thousands separator, a date in the other language's
// form, and the words the reports no longer use.
import { beforeAll, describe, expect, it } from 'vitest';
import { goalStatus, type StatusResult } from '../../../src/analysis/goal-status.js';
import { type MapAnalysis, type MapOptions, mapEcosystem } from '../../../src/analysis/map-analysis.js';
import type { MapResult } from '../../../src/analysis/map-result.js';
import { DEFAULT_SEED } from '../../../src/analysis/random.js';
import { type DiffResult, diffSnapshots } from '../../../src/analysis/snapshot-diff.js';
import { loadTemplateSet } from '../../../src/io/report-templates.js';
import type { MemberFigures, NetworkFigures } from '../../../src/model/document-types.js';
import type { Actor, Ecosystem, Goal, Layer, Link, Sector } from '../../../src/model/schema-types.js';
import { SECTORS } from '../../../src/model/vocabulary.js';
import type { Lang } from '../../../src/reports/i18n/index.js';
import { DIFF_REPORTERS, MAP_REPORTERS, type Reporter, type ReportFormat, STATUS_REPORTERS } from '../../../src/reports/registry.js';

const COUNTS = [0, 1, 2, 5, 1000] as const;
const LANGS: readonly Lang[] = ['fi', 'en'];
const FORMATS: readonly ReportFormat[] = ['md', 'html', 'text'];
const AS_OF = '2026-06-30';
const OPTIONS: MapOptions = { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED, asOf: AS_OF };

// ---------------------------------------------------------------- ecosystems

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function actor(id: string, sector: Sector | undefined = 'company', layer: Layer | undefined = undefined): Actor {
  return { id, name: id.toUpperCase(), ...(sector && { sector }), ...(layer && { layer }) };
}

function ecosystem(actors: Actor[], links: Link[] = [], extra: Partial<Ecosystem> = {}): Ecosystem {
  return { schema: 'eco/v1', ecosystem: { id: 'gen', name: 'Generated', kind: 'ecosystem', region: 'Region' }, actors, links, ...extra };
}

const link = (source: string, target: string, weight = 1): Link => ({ source, target, weight });

/** n actors with no ties, all potential members: actors, isolated actors, groups of one. */
const lone = (n: number): Ecosystem => ecosystem(range(n).map((i) => actor(`a${i}`, 'company', 'potential')));

/** n separate tied pairs: n links, n groups, n + n actors with a single tie. */
const pairs = (n: number): Ecosystem =>
  ecosystem(
    range(n).flatMap((i) => [actor(`p${i}`, 'company'), actor(`q${i}`, 'research')]),
    range(n).map((i) => link(`p${i}`, `q${i}`)),
  );

/**
 * A triangle with n actors hanging from one corner: n actors with a single
 * tie, one cut point (when n > 0). With 1,000, 600 more without ties take the
 * network past the 1,500 actors above which the picture shows groups, which is
 * much quicker to lay out.
 */
const pendants = (n: number): Ecosystem =>
  ecosystem(
    [
      actor('c0', 'public'),
      actor('c1', 'research'),
      actor('c2', 'education'),
      ...range(n).map((i) => actor(`h${i}`, 'association')),
      ...range(n >= 1000 ? 600 : 0).map((i) => actor(`z${i}`, 'other')),
    ],
    [link('c0', 'c1'), link('c1', 'c2'), link('c2', 'c0'), ...range(n).map((i) => link('c0', `h${i}`))],
  );

/** n stars of three: n cut points, n brokers. */
const stars = (n: number): Ecosystem =>
  ecosystem(
    range(n).flatMap((i) => [actor(`s${i}`, 'public'), actor(`t${i}`, 'company'), actor(`u${i}`, 'financier')]),
    range(n).flatMap((i) => [link(`s${i}`, `t${i}`), link(`s${i}`, `u${i}`)]),
  );

/** k of the seven sectors present (each once), the rest of the actors "other": missing sectors and helices. */
const sectors = (k: number): Ecosystem => {
  const named = SECTORS.filter((s) => s !== 'other');
  return ecosystem(range(7).map((i) => actor(`x${i}`, i < k ? named[i]! : 'other')));
};

/** An orchestrator and a partner, and n actors without a layer: the layer picture leaves them out and says how many. */
const unlayered = (n: number): Ecosystem =>
  ecosystem([actor('o', 'public', 'orchestrator'), actor('p', 'company', 'partner'), ...range(n).map((i) => actor(`u${i}`, 'research'))], [link('o', 'p')]);

/** n projects and n events among three actors, and n idle orchestrators declared active: layer suggestions, isolated actors. */
const work = (n: number): Ecosystem =>
  ecosystem(
    [
      actor('lead', 'public', 'partner'),
      actor('firm', 'company', 'active'),
      actor('uni', 'research', 'active'),
      ...range(n).map((i) => actor(`i${i}`, 'education', 'active')),
    ],
    [],
    {
      ecosystem: { id: 'gen', name: 'Generated', orchestrators: range(n).map((i) => `i${i}`) },
      projects: range(n).map((i) => ({
        id: `pr${i}`,
        title: `Project ${i}`,
        lead: 'lead',
        partners: ['firm'],
        start: '2024-01',
        end: '2025-12',
        budget: 1000 * 1000,
      })),
      events: range(n).map((i) => ({ id: `ev${i}`, title: `Event ${i}`, date: '2025-03-04', participants: ['firm', 'uni'] })),
    },
  );

/** n goals, each with one indicator behind and one overdue task owned by an actor outside the active layers. */
const goals = (n: number): Ecosystem =>
  ecosystem([actor('owner', 'public', 'passive'), actor('other', 'company', 'passive')], [link('owner', 'other')], {
    goals: range(n).map(
      (i): Goal => ({
        id: `G${i}`,
        title: `Goal ${i}`,
        due: '2027-12-31',
        owner: 'owner',
        indicators: [{ id: `G${i}-I`, name: `Indicator ${i}`, baseline: 0, baselineDate: '2025-01-01', target: 1000, current: i % 2 === 0 ? 100 : 900 }],
        tasks: [{ id: `G${i}-T`, title: `Task ${i}`, owner: 'owner', status: 'planned', due: '2026-01-31' }],
      }),
    ),
  });

/**
 * Two snapshots with n of every change: n joined and n left, n layer and n
 * sector moves, n links new, removed and with a new weight (around one hub),
 * n tasks done and n indicators changed.
 */
function change(n: number): [Ecosystem, Ecosystem] {
  const stayers = (moved: boolean): Actor[] =>
    range(n).flatMap((i) => [actor(`m${i}`, 'company', moved ? 'active' : 'passive'), actor(`n${i}`, moved ? 'research' : 'company')]);
  const goal = (done: boolean): Goal => ({
    id: 'G',
    title: 'Goal',
    due: '2027-12-31',
    owner: 'hub',
    indicators: range(n).map((i) => ({ id: `I${i}`, name: `Indicator ${i}`, baseline: 0, baselineDate: '2025-01-01', target: 10, current: done ? 6 : 2 })),
    tasks: range(n).map((i) => ({
      id: `T${i}`,
      title: `Task ${i}`,
      owner: 'hub',
      status: done ? ('done' as const) : ('in-progress' as const),
      due: '2027-06-30',
    })),
  });
  const hub = actor('hub', 'public', 'orchestrator');
  const before = ecosystem(
    [hub, ...stayers(false), ...range(n).map((i) => actor(`gone${i}`, 'association', 'passive'))],
    range(n).flatMap((i) => [link(`m${i}`, `n${i}`), link(`n${i}`, 'hub')]),
    { goals: [goal(false)] },
  );
  const after = ecosystem(
    [hub, ...stayers(true), ...range(n).map((i) => actor(`new${i}`, 'education', 'passive'))],
    range(n).flatMap((i) => [link(`m${i}`, `n${i}`, 2), link(`m${i}`, 'hub')]),
    { goals: [goal(true)] },
  );
  return [before, after];
}

/** A network of n member ecosystems, n actors in two of them, n of one business id and n links between them. */
function members(n: number): { network: NetworkFigures; members: MemberFigures[] } {
  const member = (i: number): MemberFigures => ({
    id: `member${i}`,
    name: `Member ${i}`,
    actors: 1000,
    links: 1000,
    density: 0.5,
    eiIndex: 0.5,
    sectorsCovered: 3,
    indicators: 1000,
    onTrack: 1,
    overdue: 0,
  });
  const list = range(n).map(member);
  return {
    members: list,
    network: {
      members: list,
      shared: range(n).map((i) => ({ id: `c${i % 3}`, members: ['member0', 'member1'] })),
      sameBusinessId: range(n).map((i) => ({
        businessId: `0201256-${i % 10}`,
        actors: [
          { id: 'c0', member: 'member0' },
          { id: 'c1', member: 'member1' },
        ],
      })),
      crossMemberLinks: { count: n, share: 0.5, links: range(Math.min(n, 8)).map(() => ({ source: 'c0', target: 'c1', weight: 1000 })) },
    },
  };
}

// ---------------------------------------------------------------- reports

const templates: Record<string, Awaited<ReturnType<typeof loadTemplateSet>>> = {};

beforeAll(async () => {
  for (const reporters of [MAP_REPORTERS, STATUS_REPORTERS, DIFF_REPORTERS] as Record<ReportFormat, Reporter<unknown>>[]) {
    for (const format of FORMATS) {
      const names = reporters[format].templates;
      templates[names.join()] = await loadTemplateSet(names);
    }
  }
});

function render<D>(reporters: Record<ReportFormat, Reporter<D>>, document: D): { where: string; text: string }[] {
  return LANGS.flatMap((lang) =>
    FORMATS.map((format) => {
      const reporter = reporters[format];
      const main = reporter.render(document, { lang, version: '1.0.0', templates: templates[reporter.templates.join()]! }).main;
      return { where: `${lang} ${format}`, text: readable(typeof main === 'string' ? main : [...main].join(''), format) };
    }),
  );
}

/** What a reader sees: tags, scripts and styles out (a table cell apart from the next), Markdown escapes undone. */
function readable(text: string, format: ReportFormat): string {
  if (format === 'html') {
    return text
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' | ')
      .replace(/&amp;/g, '&');
  }
  return format === 'md' ? text.replace(/\\(.)/g, '$1') : text;
}

const analysed = (eco: Ecosystem): MapAnalysis => mapEcosystem(eco, OPTIONS);

function mapReports(eco: Ecosystem, network?: NetworkFigures): { where: string; text: string }[] {
  const result: MapResult = { ...analysed(eco).result, ...(network && { network }) };
  return render(MAP_REPORTERS, result);
}

function statusReports(eco: Ecosystem, extra: Partial<StatusResult> = {}, map = analysed(eco).result): { where: string; text: string }[] {
  const status: StatusResult = { ...goalStatus(eco, map, AS_OF), actors: eco.actors.map((a) => ({ id: a.id, name: a.name })), ...extra };
  return render(STATUS_REPORTERS, status);
}

/** The diff document of two snapshots, as `eco diff` makes it, and the later map. */
function diffOf([before, after]: [Ecosystem, Ecosystem]): { diff: DiffResult; map: MapResult } {
  const snapshot = (label: string, eco: Ecosystem) => {
    const analysis = analysed(eco);
    return { label, ecosystem: eco, analysis, status: goalStatus(eco, analysis.result, AS_OF) };
  };
  const old = snapshot('snapshots/before', before);
  const now = snapshot('snapshots/after', after);
  return { diff: { ...diffSnapshots(old, now), maps: { before: old.analysis.result, after: now.analysis.result } }, map: now.analysis.result };
}

// ---------------------------------------------------------------- checks

/** Finnish words after a count: the form for one, and the partitive for any other count. */
const FI_ONE = [
  'toimija',
  'yhteys',
  'ryhmä',
  'ryhmän',
  'tehtävä',
  'mittari',
  'hanke',
  'tilaisuus',
  'osallistuja',
  'jäsenekosysteemi',
  'muu',
  'uusi',
  'keskeisin',
  'välittäjä',
  'sektori',
];
const FI_MANY = [
  'toimijaa',
  'yhteyttä',
  'ryhmää',
  'tehtävää',
  'mittaria',
  'hanketta',
  'tilaisuutta',
  'osallistujaa',
  'jäsenekosysteemiä',
  'muuta',
  'uutta',
  'keskeisintä',
  'välittäjää',
  'sektoria',
  'jäsentä',
];
/** English nouns after a count (adjectives such as "new" or "potential" skipped). */
const EN_ONE = [
  'actor',
  'link',
  'group',
  'task',
  'indicator',
  'member',
  'ecosystem',
  'project',
  'event',
  'participant',
  'source',
  'broker',
  'part',
  'helix',
  'sector',
  'tie',
];
const EN_MANY = [
  'actors',
  'links',
  'groups',
  'tasks',
  'indicators',
  'members',
  'ecosystems',
  'projects',
  'events',
  'participants',
  'sources',
  'brokers',
  'parts',
  'helices',
  'sectors',
  'ties',
];
const EN_SKIP = new Set(['new', 'potential', 'other', 'sampled', 'member', 'resident']);

/** Each "<count> <noun>" whose noun has the wrong number for the count. */
function wrongForms(text: string, lang: Lang): string[] {
  const number = lang === 'fi' ? '\\d{1,3}(?:\\u00a0\\d{3})*' : '\\d{1,3}(?:,\\d{3})*';
  const pattern = new RegExp(`(?<![\\d.,\\u00a0/:-])(${number})(?![\\d.,]\\d) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)`, 'gu');
  const wrong: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const count = Number(match[1]!.replace(/[,\u00a0]/g, ''));
    const words = match[2]!.split(' ');
    let noun = words[0]!;
    if (lang === 'en') {
      // "2 member ecosystems", "1 potential member": the noun after the adjectives.
      for (const word of words) {
        noun = word;
        if (!EN_SKIP.has(word) || (word === 'member' && !/^ecosystems?$/.test(words[words.indexOf(word) + 1] ?? ''))) break;
      }
    }
    const [one, many] = lang === 'fi' ? [FI_ONE, FI_MANY] : [EN_ONE, EN_MANY];
    if ((count === 1 && many.includes(noun)) || (count !== 1 && one.includes(noun))) wrong.push(match[0]);
  }
  return wrong;
}

const FORBIDDEN: Record<Lang, RegExp[]> = {
  fi: [
    /(?<!asukas)yhteisö/i, // Louvain groups are "ryhmä"; yhteisö is the resident communities' word
    /inventaario/i, // the seeds say kartoitus
    /\d+ on sektori/, // possession is adessive: "sektori on 52 toimijalla"
    /\d (?:toimijaa|yhteyttä|ryhmää|tehtävää|mittaria) (?:ovat|tulevat|yhdistävät|pitävät|kuuluvat|kulkevat|lähtivät|vaihtoivat)\b/, // numeral + partitive takes a singular verb
    /\b\d{4}-\d{2}(?:-\d{2})?\b/, // Finnish dates are 4.9.2024 and 10/2023
    /heliks/i,
    /\d - \d/, // ranges take an unspaced en dash
  ],
  en: [
    /(?<!resident\s)\bcommunit(?:y|ies)\b(?!\.modularity)/i, // Louvain communities are "groups"
    /\b1 (?:\w+ )?(?:actor|link|group|member ecosystem) (?:have|belong|cross|hold)\b/,
    /\b(?:[02-9]|\d[\d,]+) (?:\w+ )?(?:actors|links|groups|member ecosystems) (?:has|belongs|crosses|holds)\b/,
    /\b\d{1,2}\.\d{1,2}\.\d{4}\b/, // English keeps ISO dates
    /\d %/, // 85%, not 85 %
  ],
};

/** A number of four or more digits without its thousands separator (years in dates aside). */
const BARE_THOUSANDS = /(?<![\w.,\u00a0/:-])\d{4,}(?![\d-])/;

/** The match with some text around it, to show where it is. */
function context(text: string, rule: RegExp): string | undefined {
  const match = rule.exec(text);
  return match ? JSON.stringify(text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60)) : undefined;
}

function expectWellFormed(reports: { where: string; text: string }[]): void {
  for (const { where, text } of reports) {
    const lang = where.slice(0, 2) as Lang;
    expect(wrongForms(text, lang), where).toEqual([]);
    for (const rule of FORBIDDEN[lang]) expect(context(text, rule), `${where}: ${rule}`).toBeUndefined();
    expect(context(text, BARE_THOUSANDS), `${where}: thousands separator`).toBeUndefined();
  }
}

// ---------------------------------------------------------------- tests

describe('the form of every counted word', () => {
  it('the checks catch the forms they are meant to catch', () => {
    expect(wrongForms('1 toimijaa; 5 toimija; 1 ryhmän; 2 ryhmää; 1\u00a0000 toimijaa; 2,1 yhteyttä', 'fi')).toEqual(['1 toimijaa', '5 toimija']);
    expect(wrongForms('1 actors; 2 new actor; 1 potential member; 2 member ecosystem; 1,000 links; 1 member ecosystem', 'en')).toEqual([
      '1 actors',
      '2 new actor',
      '2 member ecosystem',
    ]);
    expect(wrongForms('2 member ecosystem.', 'en')).toEqual(['2 member ecosystem']);
    expect('eco 1000 toimijaa').toMatch(BARE_THOUSANDS);
    expect('4.9.2024 ja 10/2023–9/2025 ja 1\u00a0000').not.toMatch(BARE_THOUSANDS);
  });

  it('the generated reports hold the sentences the checks are for', () => {
    const text = (reports: { where: string; text: string }[], where: string): string => reports.find((r) => r.where === where)!.text;
    const one = mapReports(pendants(1));
    expect(text(one, 'fi md')).toContain('sen lähtö jättäisi vain yhden toimijan ilman yhteyksiä');
    expect(text(one, 'en html')).toContain('its leaving would leave only one actor without ties');
    const two = mapReports(pendants(2));
    expect(text(two, 'fi md')).toContain('jos se lähtisi, 2 toimijaa jäisi erilleen muusta verkosta');
    expect(text(two, 'en html')).toContain('if it left, 2 actors would be cut off from the rest of the network');
    const thousand = mapReports(lone(1000));
    expect(text(thousand, 'fi md')).toContain('Kartoituksessa on 1\u00a0000 toimijaa');
    expect(text(thousand, 'en text')).toMatch(/actors +1,000/);
    expect(text(mapReports(unlayered(1)), 'fi html')).toContain('Kuvasta puuttuu 1 toimija, jolle ei ole merkitty kerrosta.');
    expect(text(mapReports(unlayered(1000)), 'en html')).toContain('1,000 actors without a layer are not in the picture.');
    expect(text(thousand, 'fi html')).toContain('Ei yhteyksiä (1\u00a0000)');
    const { diff } = diffOf(change(1));
    const diffs = render(DIFF_REPORTERS, diff);
    expect(text(diffs, 'fi md')).toContain('1 uusi toimija: NEW0.');
    expect(text(diffs, 'en text')).toContain('1 actor changed layer: M0 (passive member → active member).');
    expect(text(statusReports(goals(1000)), 'fi text')).toContain('tehtävät: tehty 0, myöhässä 1\u00a0000 (yhteensä 1\u00a0000)');
  });

  it.each(COUNTS)('map reports of %i actors, links, groups, brokers and actors to activate', (n) => {
    for (const eco of [lone(n), pairs(n), pendants(n), stars(n)]) expectWellFormed(mapReports(eco));
  });

  it.each(COUNTS)('map reports of %i actors left out of the layer picture for want of a layer', (n) => {
    expectWellFormed(mapReports(unlayered(n)));
  });

  it.each([0, 1, 2, 5, 6, 7])('map reports with %i of the seven sectors', (k) => {
    expectWellFormed(mapReports(sectors(k)));
  });

  it.each(COUNTS)('map reports of %i projects, events, orchestrators and layer suggestions', (n) => {
    expectWellFormed(mapReports(work(n)));
  });

  it.each(COUNTS)('map and status reports of a network of %i member ecosystems', (n) => {
    const { network, members: list } = members(n);
    expectWellFormed(mapReports(pendants(2), network));
    expectWellFormed(statusReports(goals(1), { members: list }));
  });

  it.each(COUNTS)('status reports of %i goals, indicators, tasks and overdue tasks', (n) => {
    expectWellFormed(statusReports(goals(n)));
  });

  it.each(COUNTS)('diff reports, and status --since, of %i changes of every kind', (n) => {
    const snapshots = change(n);
    const { diff, map } = diffOf(snapshots);
    expect([diff.actors.joined, diff.actors.left, diff.layerMoves, diff.sectorChanges].map((list) => list.length)).toEqual([n, n, n, n]);
    expect([diff.links.added, diff.links.removed, diff.links.reweighted, diff.tasksDone, diff.indicators].map((list) => list.length)).toEqual([n, n, n, n, n]);
    expectWellFormed(render(DIFF_REPORTERS, diff));
    expectWellFormed(statusReports(snapshots[1], { since: diff }, map));
  });
});
