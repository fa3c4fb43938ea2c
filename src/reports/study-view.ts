// The parts of the baseline study that are the study's own rather than the
// network's: the key findings in words (one sentence per finding code and
// language, all here), the consultant's development proposals, and how the
// data was gathered. The findings themselves are data (src/analysis/findings.ts).
import type { Finding, MapResult } from '../analysis/map-result.js';
import { joinAll } from './format.js';
import { type Lang, labelsFor } from './i18n/index.js';
import type { Formatters } from './map-view-sections.js';
import { table } from './table.js';

/** A baseline study leads with five to seven findings; the rest stay in the document. */
const SHOWN = 7;

interface Words {
  /** "A, B ja C": a whole list, with the language's "and" before the last. */
  list: (items: readonly string[]) => string;
  /** The singular or the plural sentence, by count. */
  by: (count: number, one: string, many: string) => string;
  helix: (helix: string) => string;
}

const HELIX: Record<Lang, Record<string, string>> = {
  fi: { industry: 'elinkeinoelämä', academia: 'tutkimus- ja koulutussektori', government: 'julkinen sektori', 'civil-society': 'kansalaisyhteiskunta' },
  en: { industry: 'industry', academia: 'academia', government: 'government', 'civil-society': 'civil society' },
};

function wordsFor(lang: Lang): Words {
  const labels = labelsFor(lang);
  return {
    list: (items) => joinAll(items, labels),
    by: (count, one, many) => (count === 1 ? one : many),
    helix: (helix) => HELIX[lang][helix] ?? helix,
  };
}

type Sentence = (f: Finding, x: Formatters, w: Words) => string;

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
/** At most `max` names of a list, and how many more. */
const someOf = (names: readonly string[], max: number, more: (n: number) => string): string[] =>
  names.length > max ? [...names.slice(0, max), more(names.length - max)] : [...names];

const FI: Record<Finding['code'], Sentence> = {
  'helix-missing': (f, _x, w) => {
    const helices = ids(f.args['helices']).map(w.helix);
    return `${w.by(helices.length, 'Nelikierremallin osapuolista puuttuu kokonaan', 'Nelikierremallin osapuolista puuttuvat kokonaan')} ${w.list(helices)}.`;
  },
  'sector-missing': (f, x, w) => {
    const sectors = ids(f.args['sectors']).map((s) => x.sectorName(s).toLowerCase());
    return w.by(
      sectors.length,
      `Kartoituksesta puuttuu sektori: ${w.list(sectors)}. Kannattaa harkita, keitä sektorilta kutsutaan mukaan.`,
      `Kartoituksesta puuttuu ${x.int(sectors.length)} sektoria: ${w.list(sectors)}. Kannattaa harkita, keitä näiltä sektoreilta kutsutaan mukaan.`,
    );
  },
  'civil-society-associations-only': (f, x, w) =>
    `Kansalaisyhteiskuntaa edustavat vain järjestöt (${w.list(someOf(f.actors.map(x.nameOf), 3, (n) => `${x.int(n)} ${n === 1 ? 'muu' : 'muuta'}`))}); asukkaita tai asukasyhteisöjä kartoituksessa ei ole. Yrittäjäyhdistykset ja kauppakamarit edustavat usein pikemmin elinkeinoelämää.`,
  'isolated-actors': (f, x, w) => {
    const count = num(f.args['count']);
    const names = w.list(someOf(f.actors.map(x.nameOf), 5, (n) => `${x.int(n)} ${n === 1 ? 'muu' : 'muuta'}`));
    const introductions = (f.args['introductions'] as { actor: string; by: string }[] | undefined) ?? [];
    const intro =
      introductions.length > 0
        ? ` Yhteisten hankkeiden tai tilaisuuksien kautta heidät voisi esitellä verkostolle: ${w.list(introductions.slice(0, 3).map((i) => `${x.nameOf(i.actor)} (${x.nameOf(i.by)})`))}.`
        : '';
    return `${x.int(count)} toimijalla (${x.pct(num(f.args['share']))} kartoitetuista) ei ole yhtään yhteyttä muihin: ${names}.${intro}`;
  },
  'broker-dependence': (f, x, w) => {
    const cutOff = num(f.args['cutOff']);
    const first = f.actors[0];
    const alone =
      first !== undefined && cutOff > 0
        ? `Jos ${x.nameOf(first)} lähtisi, ${x.int(cutOff)} ${w.by(cutOff, 'toimija', 'toimijaa')} (${x.pct(num(f.args['share']))}) menettäisi ainoan yhteytensä muuhun verkkoon. `
        : '';
    const removed = ids(f.args['removed']).map(x.nameOf);
    const who = w.by(removed.length, 'keskeisin välittäjä', `${x.int(removed.length)} keskeisintä välittäjää`);
    return `Verkko on riippuvainen muutamasta välittäjästä. ${alone}Jos ${who} (${w.list(removed)}) lähtisi, suurimman yhtenäisen osan osuus toimijoista putoaisi ${x.pct(num(f.args['before']))}:sta ${x.pct(num(f.args['after']))}:iin.`;
  },
  fragmented: (f, x) =>
    `Verkko on jakautunut ${x.int(num(f.args['parts']))} erilliseen osaan (yhteydettömät toimijat pois lukien); suurimmassa on ${x.pct(num(f.args['largestShare']))} toimijoista.`,
  'thin-core': (f, x, w) => {
    const o = num(f.args['orchestrators']);
    const p = num(f.args['partners']);
    return `Ekosysteemin ydin on ohut: ${x.int(num(f.args['actors']))} toimijasta ${x.int(o)} on ${w.by(o, 'orkestroija', 'orkestroijia')} ja ${x.int(p)} ${w.by(p, 'partneri', 'partnereita')}. Kehittämistä vetävien ja siihen panostavien joukkoa kannattaa kasvattaa.`;
  },
  'low-cross-sector': (f, x) =>
    `Vain ${x.pct(num(f.args['share']))} yhteyksistä ylittää sektorirajan: toimijat ovat yhteydessä lähinnä oman sektorinsa kanssa.`,
  'no-community-structure': (f, x) =>
    `Verkossa ei ole selviä ryhmiä: modulaarisuus on ${x.n(num(f.args['modularity']), 2)}, kun selvä ryhmärakenne alkaa noin ${x.n(num(f.args['threshold']), 1)}:sta. Ryhmäjakoa kannattaa lukea varoen.`,
  'derived-ties-dominate': (f, x) => {
    const broker = f.args['broker'];
    const tail =
      typeof broker === 'string'
        ? ` Tiheys ja keskeisyydet kuvaavat siis pitkälti yhteistä osallistumista: keskeisimmän välittäjän (${x.nameOf(broker)}) ${x.int(num(f.args['brokerTies']))} yhteydestä ${x.int(num(f.args['brokerDerived']))} on johdettuja.`
        : '';
    return `Verkon ${x.int(num(f.args['links']))} yhteydestä ${x.int(num(f.args['derived']))} (${x.pct(num(f.args['share']))}) on johdettu yhteisistä hankkeista ja tilaisuuksista; kartoitukseen kirjattuja on ${x.int(num(f.args['links']) - num(f.args['derived']))}.${tail}`;
  },
  'top-broker': (f, x, w) => {
    const degree = num(f.args['degree']);
    return `${x.nameOf(f.actors[0] ?? '')} on keskeisin välittäjä: se on useammalla toimijoiden välisellä lyhimmällä polulla kuin yksikään muu toimija, ja sillä on ${x.int(degree)} ${w.by(degree, 'yhteys', 'yhteyttä')}.`;
  },
  'largest-sector': (f, x) => `Suurin sektori: ${x.sectorName(String(f.args['sector'])).toLowerCase()} (${x.pct(num(f.args['share']))} toimijoista).`,
};

const EN: Record<Finding['code'], Sentence> = {
  'helix-missing': (f, _x, w) => {
    const helices = ids(f.args['helices']).map(w.helix);
    return `The ${w.list(helices)} ${w.by(helices.length, 'helix has', 'helices have')} no actors.`;
  },
  'sector-missing': (f, x, w) => {
    const sectors = ids(f.args['sectors']).map((s) => x.sectorName(s).toLowerCase());
    return w.by(
      sectors.length,
      `The inventory has no actors in one sector: ${w.list(sectors)}. Consider whom to invite from it.`,
      `The inventory has no actors in ${x.int(sectors.length)} sectors: ${w.list(sectors)}. Consider whom to invite from them.`,
    );
  },
  'civil-society-associations-only': (f, x, w) =>
    `Civil society is represented only by associations (${w.list(someOf(f.actors.map(x.nameOf), 3, (n) => `${x.int(n)} more`))}); there are no residents or resident communities in the inventory. Entrepreneurs' associations and chambers of commerce often speak for industry rather than civil society.`,
  'isolated-actors': (f, x, w) => {
    const count = num(f.args['count']);
    const names = w.list(someOf(f.actors.map(x.nameOf), 5, (n) => `${x.int(n)} more`));
    const introductions = (f.args['introductions'] as { actor: string; by: string }[] | undefined) ?? [];
    const intro =
      introductions.length > 0
        ? ` Through shared projects or events they could be introduced: ${w.list(introductions.slice(0, 3).map((i) => `${x.nameOf(i.actor)} by ${x.nameOf(i.by)}`))}.`
        : '';
    return `${x.int(count)} ${w.by(count, 'actor', 'actors')} (${x.pct(num(f.args['share']))} of the inventory) ${w.by(count, 'has', 'have')} no ties to others: ${names}.${intro}`;
  },
  'broker-dependence': (f, x, w) => {
    const cutOff = num(f.args['cutOff']);
    const first = f.actors[0];
    const alone =
      first !== undefined && cutOff > 0
        ? `If ${x.nameOf(first)} left, ${x.int(cutOff)} ${w.by(cutOff, 'actor', 'actors')} (${x.pct(num(f.args['share']))}) would lose their only connection to the rest of the network. `
        : '';
    const removed = ids(f.args['removed']).map(x.nameOf);
    const who = w.by(removed.length, 'the top broker', `the top ${x.int(removed.length)} brokers`);
    return `The network depends on a few brokers. ${alone}If ${who} (${w.list(removed)}) left, the largest connected part would shrink from ${x.pct(num(f.args['before']))} to ${x.pct(num(f.args['after']))} of actors.`;
  },
  fragmented: (f, x) =>
    `The network falls into ${x.int(num(f.args['parts']))} separate parts (actors without ties aside); the largest holds ${x.pct(num(f.args['largestShare']))} of actors.`,
  'thin-core': (f, x, w) => {
    const o = num(f.args['orchestrators']);
    const p = num(f.args['partners']);
    return `The ecosystem's core is thin: of ${x.int(num(f.args['actors']))} actors, ${x.int(o)} ${w.by(o, 'is an orchestrator', 'are orchestrators')} and ${x.int(p)} ${w.by(p, 'a partner', 'partners')}. Consider widening the group that leads and invests in the work.`;
  },
  'low-cross-sector': (f, x) => `Only ${x.pct(num(f.args['share']))} of ties cross sector lines: actors mostly work within their own sector.`,
  'no-community-structure': (f, x) =>
    `The network has no clear groups: modularity is ${x.n(num(f.args['modularity']), 2)}, where clear group structure starts at about ${x.n(num(f.args['threshold']), 1)}. Read the group split with care.`,
  'derived-ties-dominate': (f, x) => {
    const broker = f.args['broker'];
    const tail =
      typeof broker === 'string'
        ? ` Density and centralities therefore largely reflect joint participation: the top broker, ${x.nameOf(broker)}, holds its place through ${x.int(num(f.args['brokerDerived']))} derived ties (of ${x.int(num(f.args['brokerTies']))} in all).`
        : '';
    return `Of the network's ${x.int(num(f.args['links']))} ties, ${x.int(num(f.args['derived']))} (${x.pct(num(f.args['share']))}) are derived from shared projects and events; ${x.int(num(f.args['links']) - num(f.args['derived']))} are listed in the inventory.${tail}`;
  },
  'top-broker': (f, x, w) => {
    const degree = num(f.args['degree']);
    return `${x.nameOf(f.actors[0] ?? '')} is the key broker: it lies on more shortest paths between other actors than any other actor, and has ${x.int(degree)} ${w.by(degree, 'tie', 'ties')}.`;
  },
  'largest-sector': (f, x) => `Largest sector: ${x.sectorName(String(f.args['sector'])).toLowerCase()} (${x.pct(num(f.args['share']))} of actors).`,
};

const SENTENCES: Record<Lang, Record<Finding['code'], Sentence>> = { fi: FI, en: EN };

/** The key findings in words, strongest first. */
export function findingsSection(result: MapResult, lang: Lang, x: Formatters): { severity: Finding['severity']; text: string }[] {
  const w = wordsFor(lang);
  return result.findings.slice(0, SHOWN).map((f) => ({ severity: f.severity, text: SENTENCES[lang][f.code](f, x, w) }));
}

const STUDY_WORDS = {
  fi: {
    findings: 'Keskeiset havainnot',
    recommendations: 'Kehittämisehdotukset',
    methodTitle: 'Aineisto ja menetelmä',
    proposal: 'Ehdotus',
    owner: 'Vastuutoimija',
    due: 'Aikataulu',
    collected: (date: string) => `Aineisto on koottu ${date}.`,
    notCollected: 'Aineiston keruuajankohtaa ei ole kirjattu.',
    asOf: (date: string) => `Raportin päiväys on ${date}.`,
    ties: (explicit: string, derived: string, drawn: boolean) =>
      `Kartoitukseen kirjattuja yhteyksiä on ${explicit}; yhteisistä hankkeista ja tilaisuuksista johdettuja yhteyksiä ${derived}.${drawn ? ' Johdetut yhteydet on piirretty kuviin katkoviivoin.' : ''}`,
    derivedFigures:
      'Tunnusluvut (keskeisyydet, ryhmät, välittäjät, sektoreiden väliset yhteydet) on laskettu verkosta; niiden määritelmät ovat lopussa. Ne kuvaavat kartoitettua verkkoa, eivät koko alueen toimijoita.',
  },
  en: {
    findings: 'Key findings',
    recommendations: 'Development proposals',
    methodTitle: 'Data and method',
    proposal: 'Proposal',
    owner: 'Owner',
    due: 'Due',
    collected: (date: string) => `Data gathered: ${date}.`,
    notCollected: 'When the data was gathered is not recorded.',
    asOf: (date: string) => `Report date: ${date}.`,
    ties: (explicit: string, derived: string, drawn: boolean) =>
      `Ties listed in the inventory: ${explicit}; ties derived from shared projects and events: ${derived}.${drawn ? ' Derived ties are drawn dashed in the pictures.' : ''}`,
    derivedFigures:
      'The figures (centralities, groups, brokers, ties between sectors) are computed from the network; their definitions are at the end. They describe the mapped network, not every actor of the region.',
  },
};

/** The consultant's development proposals, as a table; null when the manifest has none. */
export function recommendationsSection(result: MapResult, lang: Lang, x: Formatters, date: (d: string) => string): ReturnType<typeof table> | null {
  if (result.recommendations.length === 0) return null;
  const words = STUDY_WORDS[lang];
  return table(
    [words.proposal, words.owner, words.due],
    result.recommendations.map((r) => [r.text, r.owner ? x.nameOf(r.owner) : '–', r.due ? date(r.due) : '–']),
    ['left', 'left', 'left'],
  );
}

/** How the data was gathered and what the figures are: the study's data and method section. */
export function methodSection(result: MapResult, lang: Lang, x: Formatters, date: (d: string) => string): { paragraphs: string[]; method: string | null } {
  const words = STUDY_WORDS[lang];
  const info = result.ecosystem;
  const paragraphs = [
    info.collected ? words.collected(date(info.collected)) : words.notCollected,
    ...(result.asOf ? [words.asOf(date(result.asOf))] : []),
    ...(info.method ? [info.method] : []),
    words.ties(x.int(result.summary.linksExplicit), x.int(result.summary.linksDerived), result.summary.linksDerived > 0),
    words.derivedFigures,
  ];
  return { paragraphs, method: info.method };
}

/** The study's own sections, with their titles. */
export function studySections(result: MapResult, lang: Lang, x: Formatters, date: (d: string) => string) {
  const words = STUDY_WORDS[lang];
  return {
    titles: { findings: words.findings, recommendations: words.recommendations, method: words.methodTitle },
    findings: findingsSection(result, lang, x),
    recommendations: recommendationsSection(result, lang, x, date),
    method: methodSection(result, lang, x, date),
  };
}
