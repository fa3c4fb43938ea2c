// Every diagnostic code's sentence in Finnish, for `--lang fi` or a Finnish
// locale. The facts (args) are the same as for the English sentences in
// messages.ts, and stay as they are in `--format json`: so the words some of
// them carry in English (a field's name, "at least 0", "the text "abc"") are
// turned into Finnish here, and anything not known here is shown as it is.
import { FINNISH_WORD } from './finnish-words.js';
import type { DiagnosticArgs, Message } from './message-types.js';
import { describedInFinnish } from './describe.js';

const q = (v: unknown): string => JSON.stringify(String(v ?? ''));
let number: Intl.NumberFormat | undefined;
/** Made when first needed: the first number format loads ICU's locale data, which takes longer than most runs of eco validate. */
function numberFormat(): Intl.NumberFormat {
  number ??= new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 });
  return number;
}
/** 10201 → "10 201", 0.5 → "0,5" */
const num = (v: unknown): string => (Number.isFinite(Number(v)) && v !== '' && v !== undefined ? numberFormat().format(Number(v)) : String(v ?? ''));
/** 134217728 → "128 Mt" */
const megabytes = (v: unknown): string => `${num(Number((Number(v) / 1048576).toFixed(1)))} Mt`;
/** "1 virhe", "2 virhettä", "0 virhettä": the singular only for one. */
const count = (n: unknown, one: string, many: string): string => `${num(n)} ${Number(n) === 1 ? one : many}`;
const suggestion = (a: DiagnosticArgs): string => (a['suggestion'] ? `; tarkoititko ${q(a['suggestion'])}?` : '');

/** A field of the files by its Finnish name; an unknown one as it is written. */
const FIELD: Record<string, string> = {
  actors: 'toimijat',
  baseline: 'lähtötaso',
  baselineDate: 'lähtötason päivämäärä',
  budget: 'budjetti',
  businessId: 'Y-tunnus',
  city: 'kunta',
  contacts: 'yhteyshenkilöt',
  current: 'nykyinen arvo',
  date: 'päivämäärä',
  description: 'kuvaus',
  directed: 'suunnattu',
  due: 'määräaika',
  ecosystem: 'ecosystem-osio',
  email: 'sähköposti',
  end: 'loppupäivä',
  events: 'tilaisuudet',
  funding: 'rahoitus',
  goals: 'tavoitteet',
  history: 'historia',
  id: 'tunnus',
  indicators: 'mittarit',
  kind: 'ekosysteemin laji',
  layer: 'kerros',
  lead: 'päätoteuttaja',
  links: 'yhteydet',
  measured: 'mittauspäivä',
  members: 'jäsenekosysteemit',
  metric: 'tunnusluku',
  name: 'nimi',
  note: 'huomautus',
  orchestrators: 'orkestroijat',
  origin: 'alkuperä',
  owner: 'vastuutoimija',
  participants: 'osallistujat',
  partners: 'osatoteuttajat',
  phase: 'vaihe',
  phone: 'puhelin',
  project: 'hanke',
  projects: 'hankkeet',
  region: 'alue',
  role: 'rooli',
  schema: 'skeema',
  sector: 'sektori',
  since: 'alkupäivä',
  source: 'lähde',
  sources: 'lähteet',
  start: 'alkupäivä',
  status: 'tila',
  tags: 'avainsanat',
  target: 'kohde',
  tasks: 'tehtävät',
  theme: 'teema',
  title: 'nimi',
  type: 'tyyppi',
  unit: 'yksikkö',
  until: 'loppupäivä',
  value: 'arvo',
  website: 'verkkosivu',
  weight: 'paino',
  workPackages: 'työpaketit',
  workbook: 'työkirja',
  // The names references give the field they check.
  orchestrator: 'orkestroija',
  partner: 'osatoteuttaja',
  participant: 'osallistuja',
  'work package lead': 'työpaketin vastuutoimija',
  'task owner': 'tehtävän vastuutoimija',
};

/** `partners[2]` → "kentän osatoteuttajat 2. kohta"; `item 3` → "3. kohta"; `weight` → "paino". */
function field(v: unknown): string {
  const name = String(v ?? '');
  const item = /^(.+)\[(\d+)\]$/.exec(name);
  if (item) return `kentän ${field(item[1])} ${item[2]}. kohta`;
  const bare = /^item (\d+)$/.exec(name);
  if (bare) return `${bare[1]}. kohta`;
  if (name === 'the manifest') return 'tiedoston ylätaso';
  return FIELD[name] ?? name;
}

/**
 * A field's name before its value ("kohde "x" …"), left out where the sentence
 * names it anyway ("päivämäärä "x" ei ole mahdollinen päivämäärä").
 */
function named(v: unknown, noun: string): string {
  const name = field(v);
  return name === noun ? '' : `${name} `;
}

/** A list a value was taken out of, in the elative: "osatoteuttajista". */
const FIELD_ELATIVE: Record<string, string> = {
  orchestrators: 'orkestroijista',
  partners: 'osatoteuttajista',
  participants: 'osallistujista',
  tags: 'avainsanoista',
  contacts: 'yhteyshenkilöistä',
  sources: 'lähteistä',
  members: 'jäsenekosysteemeistä',
};

/** What schema-check names a value's owner ("this actor"), and what the others name a kind of row ("actor"). */
interface EntityForms {
  /** "tämän toimijan" / "toimijan" */
  genitive: string;
  /** "tältä toimijalta", for what it lacks */
  from: string;
}

const ENTITY: Record<string, EntityForms> = {
  'this actor': { genitive: 'tämän toimijan', from: 'tältä toimijalta' },
  'this link': { genitive: 'tämän yhteyden', from: 'tältä yhteydeltä' },
  'this project': { genitive: 'tämän hankkeen', from: 'tältä hankkeelta' },
  'this work package': { genitive: 'tämän työpaketin', from: 'tältä työpaketilta' },
  'this event': { genitive: 'tämän tilaisuuden', from: 'tältä tilaisuudelta' },
  'this goal': { genitive: 'tämän tavoitteen', from: 'tältä tavoitteelta' },
  'this indicator': { genitive: 'tämän mittarin', from: 'tältä mittarilta' },
  'this task': { genitive: 'tämän tehtävän', from: 'tältä tehtävältä' },
  'this history entry': { genitive: 'tämän historiamerkinnän', from: 'tältä historiamerkinnältä' },
  'this contact': { genitive: 'tämän yhteyshenkilön', from: 'tältä yhteyshenkilöltä' },
  ecosystem: { genitive: 'ecosystem-osion', from: 'ecosystem-osiosta' },
  'the manifest': { genitive: 'tiedoston ylätason', from: 'tiedoston ylätasolta' },
};

function entity(v: unknown): EntityForms {
  const name = String(v ?? '');
  return ENTITY[name] ?? { genitive: `${name}-osion`, from: `${name}-osiosta` };
}

/** A kind of row in the nominative and the genitive: "toimija", "toimijan". */
const ROW: Record<string, readonly [string, string]> = {
  actor: ['toimija', 'toimijan'],
  link: ['yhteys', 'yhteyden'],
  project: ['hanke', 'hankkeen'],
  event: ['tilaisuus', 'tilaisuuden'],
  goal: ['tavoite', 'tavoitteen'],
  indicator: ['mittari', 'mittarin'],
  task: ['tehtävä', 'tehtävän'],
  measurement: ['mittaus', 'mittauksen'],
  'work package': ['työpaketti', 'työpaketin'],
  workPackage: ['työpaketti', 'työpaketin'],
  ecosystem: ['ekosysteemi', 'ekosysteemin'],
};

/** The nominative ("toimija") or the genitive ("toimijan") of a kind of row. */
export function rowWord(kind: string, form: 'nominative' | 'genitive'): string {
  const words = ROW[kind];
  return words ? words[form === 'nominative' ? 0 : 1] : kind;
}

/** A table of rows of a kind, in the inessive: "toimijoiden taulukossa". */
const TABLE_OF: Record<string, string> = {
  actor: 'toimijoiden taulukossa',
  link: 'yhteyksien taulukossa',
  project: 'hankkeiden taulukossa',
  event: 'tilaisuuksien taulukossa',
};

/** A collection of the files: its name in the nominative and in the genitive. */
const COLLECTION: Record<string, readonly [string, string]> = {
  actors: ['toimijat', 'toimijoiden'],
  links: ['yhteydet', 'yhteyksien'],
  projects: ['hankkeet', 'hankkeiden'],
  events: ['tilaisuudet', 'tilaisuuksien'],
  goals: ['tavoitteet', 'tavoitteiden'],
};

/** "company, research" → "yritys (company), tutkimus (research)"; words without a Finnish one as they are. */
function finnishWords(list: unknown): string {
  return String(list ?? '')
    .split(', ')
    .map((w) => (FINNISH_WORD[w] ? `${FINNISH_WORD[w]} (${w})` : w))
    .join(', ');
}

const collection = (v: unknown, form: 0 | 1): string => COLLECTION[String(v)]?.[form] ?? String(v ?? '');

/** The types schema-check names, in the essive ("on annettava lukuna"). */
const TYPE_ESSIVE: readonly (readonly [string, string])[] = [
  ['yes or no (true or false)', 'kyllä- tai ei-arvona (true tai false)'],
  ['a mapping of keys', 'avain–arvo-rakenteena'],
  ['a whole number', 'kokonaislukuna'],
  ['a number', 'lukuna'],
  ['a list', 'luettelona'],
  ['text', 'tekstinä'],
  ['empty', 'tyhjänä'],
];

/** "text or a number" → "tekstinä tai lukuna"; as it is if any part is unknown. */
function expectedType(v: unknown): string {
  const expected = String(v ?? '');
  const parts: string[] = [];
  let rest = expected;
  while (rest !== '') {
    const known = TYPE_ESSIVE.find(([en]) => rest.startsWith(en));
    if (!known) return expected;
    parts.push(known[1]);
    rest = rest.slice(known[0].length);
    if (rest.startsWith(' or ')) rest = rest.slice(4);
    else if (rest !== '') return expected;
  }
  return parts.join(' tai ');
}

/** Phrases some producers put in args, and their Finnish. */
const PHRASES: Record<string, string> = {
  // Why a file cannot be read (src/io/fs-errors.ts, src/io/read-bounded.ts)
  'no space left on the device': 'laitteella ei ole tilaa',
  'the disk quota is used up': 'levykiintiö on täynnä',
  'permission denied': 'ei käyttöoikeutta',
  'the operation is not permitted': 'toiminto ei ole sallittu',
  'the file system is read-only': 'tiedostojärjestelmä on vain luku -tilassa',
  'it is a folder': 'se on kansio',
  'a part of the path is a file, not a folder': 'osa polusta on tiedosto eikä kansio',
  'no such file or folder': 'tiedostoa tai kansiota ei ole',
  'no such file': 'tiedostoa ei ole',
  'it already exists': 'se on jo olemassa',
  'the file would exceed the largest file size allowed here': 'tiedosto ylittäisi tässä sallitun enimmäiskoon',
  'the name is too long': 'nimi on liian pitkä',
  'too many symbolic links on the way': 'polulla on liian monta symbolista linkkiä',
  'an input/output error on the device': 'laitteella tapahtui siirtovirhe',
  'too many open files': 'liian monta tiedostoa on auki',
  'too many open files on the system': 'järjestelmässä on liian monta tiedostoa auki',
  'no reader at the other end': 'toisessa päässä ei ole lukijaa',
  'the file is busy': 'tiedosto on varattu',
  'the file or device is busy': 'tiedosto tai laite on varattu',
  'it is on another file system': 'se on toisessa tiedostojärjestelmässä',
  'it is not a regular file (a device, a pipe or a socket)': 'se ei ole tavallinen tiedosto (se on laite, putki tai soketti)',
  // Why a workbook or a value is not valid (src/io/workbook-file.ts, src/model/schema-check.ts)
  'it is not a zipped Excel workbook': 'se ei ole pakattu Excel-työkirja',
  'it must not be empty': 'se ei saa olla tyhjä',
};

/** A phrase in Finnish; the patterns with a number; else as it is. */
function phrase(v: unknown): string {
  const text = String(v ?? '');
  const known = PHRASES[text];
  if (known !== undefined) return known;
  let m = /^it is larger than (\d+) bytes$/.exec(text);
  if (m) return `se on yli ${num(m[1])} tavua`;
  m = /^it is longer than (\d+) characters$/.exec(text);
  if (m) return `se on yli ${num(m[1])} merkkiä pitkä`;
  m = /^it must be (.+)$/.exec(text);
  if (m) return `sen on oltava ${m[1]}`;
  return text;
}

/** "greater than 0" → "suurempi kuin 0", "at least 1" → "vähintään 1". */
function limit(v: unknown): string {
  const text = String(v ?? '');
  const greater = /^greater than (.+)$/.exec(text);
  if (greater) return `suurempi kuin ${greater[1]}`;
  const least = /^at least (.+)$/.exec(text);
  return least ? `vähintään ${least[1]}` : text;
}

/** "2024-09-04" → "4.9.2024", "2023-10" → "10/2023"; anything else as it is. */
function date(v: unknown): string {
  const text = String(v ?? '');
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return `${Number(day[3])}.${Number(day[2])}.${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  return month ? `${Number(month[2])}/${month[1]}` : text;
}

const DATE_FORM: Record<string, string> = {
  'YYYY-MM-DD': 'VVVV-KK-PP',
  'YYYY, YYYY-MM or YYYY-MM-DD': 'VVVV, VVVV-KK tai VVVV-KK-PP',
};

/** The rest of "the due date was …, but": a task's status as a clause. */
const TASK_STATUS: Record<string, string> = {
  planned: 'se on vasta suunnitteilla',
  'in-progress': 'se on yhä käynnissä',
  blocked: 'se on estynyt',
  done: 'se on tehty',
};

const FILE_KINDS: Record<string, string> = {
  'CSV, Excel (.xlsx) or YAML': 'CSV-, Excel- (.xlsx) tai YAML-tiedostosta',
  YAML: 'YAML-tiedostosta',
};

/** How much of a kind of input one run reads, as a sentence ending in the limit. */
function readLimit(kind: unknown, limitText: string): string {
  switch (kind) {
    case 'CSV':
      return `yhdellä ajokerralla luettavien CSV-tiedostojen yhteiskoko saa olla enintään ${limitText}`;
    case 'YAML':
      return `yhdellä ajokerralla luettavien YAML-tiedostojen yhteiskoko saa olla enintään ${limitText}`;
    case 'workbook':
      return `työkirjan koko saa olla enintään ${limitText}`;
    case 'workbook content':
      return `työkirjan purettu sisältö saa olla enintään ${limitText}`;
    case 'unpacked workbook':
      return `työkirjan osat saavat purettuina olla yhteensä enintään ${limitText}`;
    case "a workbook's shared strings":
      return `työkirjan jaettujen merkkijonojen osa saa olla purettuna enintään ${limitText}`;
    default:
      return `eco lukee yhdellä ajokerralla enintään ${limitText} (${String(kind ?? '')})`;
  }
}

const DUPLICATE_REASON: Record<string, string> = {
  'business-id': 'sama Y-tunnus',
  'same-name': 'sama nimi',
};

export const MESSAGES_FI = {
  // Reading files
  'input-not-found': (a) => `tiedostoa tai kansiota ei löydy: ${a['path']}`,
  'input-no-ecosystem': (a) =>
    `kansiossa ${a['path']} ei ole ecosystem.yaml-tiedostoa eikä toimijataulukkoa, jonka voisi lukea ekosysteeminä (toimijat tai actors, .csv, .xlsx tai .yaml, tai yksi työkirja)`,
  'input-unreadable': (a) => `tiedostoa ${a['path']} ei voi lukea: ${phrase(a['reason'])}`,
  'input-tables-twice': (a) =>
    `kansiossa ${a['path']} on kaksi ${collection(a['collection'], 1)} tiedostoa, ${String(a['files'] ?? '').replace(' and ', ' ja ')}, eikä eco tiedä, kumpi on tarkoitettu; säilytä yksi tai nimeä se ecosystem.yaml-tiedostossa (${a['collection']}: …)`,
  'input-not-regular': (a) => `${a['path']} ei ole tavallinen tiedosto (se on laite, putki tai soketti); eco lukee syötteensä tiedostoista`,
  'file-not-found': (a) => `tässä mainittua tiedostoa ${q(a['path'])} ei löydy`,
  'file-too-large': (a) =>
    `${a['kind'] === 'unpacked workbook' || a['kind'] === "a workbook's shared strings" ? 'purettuna se on' : 'tiedoston koko on'} ${a['size'] === undefined ? `yli ${megabytes(Number(a['limit']) - Number(a['before']))}` : megabytes(a['size'])}${Number(a['before']) > 0 ? `, ja ennen sitä luettujen CSV-tiedostojen ${megabytes(a['before'])}` : ''}; ${readLimit(a['kind'], megabytes(a['limit']))}${a['kind'] === 'CSV' ? ' (noin kaksi miljoonaa toimijaa tai viisi miljoonaa yhteyttä: README, "How far one machine goes")' : ' (suuret kartoitukset kannattaa tallentaa CSV-muodossa)'}`,
  'file-too-many-rows': (a) =>
    `tiedostossa on enemmän ${a['kind'] === 'actors' ? 'toimijoita' : 'rivejä'} kuin yksi ajo ${a['purpose'] === 'map' ? 'kartoittaa' : 'lukee'}: ${a['purpose'] === 'map' ? 'eco map, status, diff ja export käsittelevät' : 'eco lukee'} enintään ${num(a['limit'])} ${a['kind'] === 'actors' ? 'toimijaa' : 'taulukoiden riviä yhteensä'} (README, "How far one machine goes")${a['purpose'] === 'map' ? '; eco validate tarkistaa suuremmankin aineiston' : ''}`,
  'file-empty': () => 'tiedosto on tyhjä',
  'file-gzip': () => 'tiedoston pääte on .gz, mutta sen sisältö ei ole luettavaa gzip-dataa',
  'file-binary': () => 'tämä ei ole tekstitiedosto (siinä on binääridataa); tallenna se CSV- tai YAML-tekstinä',
  'file-encoding': () =>
    'tiedosto ei ole UTF-8-muodossa; se luettiin Windows-1252-merkistönä, jota suomenkielinen Excel käyttää. Tallenna se muodossa "CSV UTF-8", niin tätä varoitusta ei enää tule',
  'file-invalid-utf8': (a) =>
    `tämä tavu 0x${a['byte']} ei kuulu mihinkään kelvolliseen UTF-8-merkkiin; se luettiin korvausmerkkinä U+FFFD (muuten tiedosto on UTF-8-muodossa)`,
  'file-invalid-utf8-more': (a) =>
    Number(a['count']) === 1
      ? `tiedostossa on vielä ${num(a['count'])} tavu, joka ei kuulu mihinkään kelvolliseen UTF-8-merkkiin; se korvattiin`
      : `tiedostossa on vielä ${num(a['count'])} tavua, jotka eivät kuulu mihinkään kelvolliseen UTF-8-merkkiin; ne korvattiin`,
  'file-type': (a) =>
    `eco lukee ${collection(a['collection'], 0)} vain ${FILE_KINDS[String(a['allowed'])] ?? String(a['allowed'] ?? '')}, ei tiedostosta, jonka pääte on ${q(a['extension'])}${a['hint'] ? `; ${a['hint']}` : ''}`,
  'file-spreadsheet-format': (a) =>
    `eco lukee Excel-työkirjat .xlsx-muodossa, ei ${a['extension']}-muodossa: tallenna ${q(a['path'])} .xlsx-muotoon (Excel-työkirja) tai CSV-muotoon (UTF-8)`,
  'workbook-unreadable': (a) => `eco ei pysty lukemaan tätä työkirjaa: ${phrase(a['detail'])}`,
  'workbook-no-sheet': (a) => `työkirjassa ei ole välilehteä ${q(a['sheet'])} (sen välilehdet: ${a['sheets']})${suggestion(a)}`,
  'workbook-no-collection-sheet': (a) =>
    `työkirjassa ei ole ${collection(a['collection'], 1)} välilehteä (välilehteä nimeltä ${String(a['names'] ?? '').replaceAll('" or "', '" tai "')}); nimeä välilehti niin tai kirjoita ${a['file']}#Välilehti`,
  'workbook-sheets-twice': (a) =>
    `työkirjassa on kaksi ${collection(a['collection'], 1)} välilehteä, ${String(a['sheets'] ?? '').replaceAll('" and "', '" ja "')}, eikä eco tiedä, kumpi on tarkoitettu; säilytä yksi tai nimeä se ecosystem.yaml-tiedostossa (${a['collection']}: ${a['file']}#Välilehti)`,
  'workbook-cell-error': (a) => `tässä solussa on virhearvo ${a['value']}; se tulkitaan tyhjäksi`,
  'workbook-formula-no-value': (a) =>
    `tämän kaavan (${a['formula']}) arvoa ei ole tallennettu työkirjaan (tai arvo on virhe), eikä eco laske kaavoja; solu tulkitaan tyhjäksi (avaa työkirja Excelissä ja tallenna se, niin tulokset tallentuvat)`,
  'collection-format': (a) => `${collection(a['collection'], 0)} on annettava luettelona tai sen tiedoston polkuna, jossa luettelo on`,

  // YAML
  'yaml-syntax': (a) => `tämä ei ole kelvollista YAML-muotoa: ${a['detail']}`,
  'yaml-tab-indent': () => 'sisennyksessä on sarkain; YAML sallii sisennyksessä vain välilyöntejä',
  'yaml-duplicate-key': (a) => `avain ${q(a['key'])} on kahdesti samassa avain–arvo-rakenteessa`,
  'text-lone-surrogate': () =>
    'tässä tekstissä on surrogaattiparin puolikas (yksinään oleva \\uD800–\\uDFFF-koodi), jota mikään tekstitiedosto ei voi sisältää; se korvattiin merkillä U+FFFD',
  'yaml-alias-limit': () => 'YAML-tiedostossa on liian monta aliasta (*nimi); tämä näyttää alias-pommilta, eikä aliaksia purettu',

  // CSV
  'csv-syntax': (a) => `tämä ei ole kelvollista CSV-muotoa: ${a['detail']}`,
  'csv-unclosed-quote': () => 'lainausmerkeissä oleva arvo alkaa tästä, mutta sen loppulainausmerkki (") puuttuu',
  'column-no-heading': () =>
    'tässä sarakkeessa on arvoja mutta ei otsikkoa, joten sitä ei lueta; anna sarakkeelle otsikko (useamman sarakkeen yli yhdistetty otsikkosolu nimeää vain ensimmäisen niistä)',
  'csv-field-count': (a) => `tällä rivillä on ${count(a['found'], 'sarake', 'saraketta')}, mutta otsikkorivillä ${num(a['expected'])}`,
  'csv-missing-column': (a) =>
    `${TABLE_OF[String(a['entity'])] ?? `${String(a['entity'] ?? '')}-taulukossa`} on oltava sarake ${q(a['column'])} (sarakkeen nimeksi käy myös: ${a['aliases']})`,
  'csv-duplicate-column': (a) => `sarake ${q(a['column'])} on otsikkorivillä kahdesti`,
  'csv-unknown-column': (a) =>
    `sarake ${q(a['column'])} ei ole ${rowWord(String(a['entity'] ?? ''), 'genitive')} kenttä, joten se ohitetaan (kentät: ${a['allowed']})${suggestion(a)}`,

  // Schema
  'schema-version': (a) => `tuntematon skeeman versio ${q(a['found'])}; tämä eco lukee versiota ${q(a['expected'])}`,
  'missing-field': (a) => `${entity(a['entity']).from} puuttuu pakollinen kenttä ${q(a['field'])}`,
  'unknown-field': (a) => `${q(a['field'])} ei ole ${entity(a['entity']).genitive} kenttä${suggestion(a)}`,
  'wrong-type': (a) => `${field(a['field'])} on annettava ${expectedType(a['expected'])}, mutta nyt se on ${describedInFinnish(String(a['found'] ?? ''))}`,
  'unknown-value': (a) => `${field(a['field'])} ${q(a['value'])} ei ole sallittu arvo (sallitut: ${finnishWords(a['allowed'])})${suggestion(a)}`,
  'invalid-date': (a) =>
    `${named(a['field'], 'päivämäärä')}${q(a['value'])} ei ole mahdollinen päivämäärä (käytä muotoa ${DATE_FORM[String(a['form'])] ?? a['form']})`,
  'invalid-business-id': (a) =>
    a['reason'] === 'checksum'
      ? a['expected'] === ''
        ? `Y-tunnus ${q(a['value'])} ei voi olla oikein: mikään tarkistusnumero ei tee sen seitsemästä ensimmäisestä numerosta Y-tunnusta (onko jokin niistä kirjoitettu väärin?)`
        : `Y-tunnuksen ${q(a['value'])} tarkistusnumero on väärä (viimeisen numeron pitäisi olla ${a['expected']})`
      : `Y-tunnus ${q(a['value'])} ei ole muotoa 1234567-8`,
  'out-of-range': (a) => `${field(a['field'])} ${a['value']} ei kelpaa: arvon on oltava ${limit(a['limit'])}`,
  'invalid-id': (a) =>
    `${field(a['field'])} ${q(a['value'])} ei kelpaa: tunnuksessa ei saa olla ohjausmerkkejä (sarkaimia, rivinvaihtoja) eikä välilyöntiä alussa tai lopussa`,
  'reserved-id': (a) =>
    `${named(a['field'], 'tunnus')}${q(a['value'])} ei kelpaa tunnukseksi: jokaisella JavaScript-oliolla on tämänniminen ominaisuus, eikä eco-työkalun käyttämä verkkokirjasto pysty käsittelemään sitä; anna toinen tunnus (esimerkiksi ${q(`${String(a['value']).replace(/^_+|_+$/g, '')}-1`)})`,
  'invalid-slug': (a) => `${field(a['field'])} ${q(a['value'])} ei kelpaa: siinä saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä`,
  'invalid-value': (a) => `${field(a['field'])} ei kelpaa: ${phrase(a['detail'])}`,
  'unsafe-key': (a) => `avain ${q(a['key'])} ei ole sallittu (se voisi muuttaa eco-työkalun omia olioita)`,

  // References
  'unknown-actor': (a) => `${field(a['field'])} ${q(a['id'])} ei ole minkään toimijan tunnus, nimi eikä Y-tunnus${suggestion(a)}`,
  'ambiguous-actor': (a) =>
    a['by'] === 'businessId'
      ? `${field(a['field'])} ${q(a['name'])} on usean toimijan Y-tunnus: ${a['actors']}; viittaa toimijaan sen tunnuksella`
      : `${field(a['field'])} ${q(a['name'])} on usean toimijan nimi: ${a['actors']}; viittaa toimijaan sen tunnuksella tai Y-tunnuksella`,
  'unknown-project': (a) => `${field(a['field'])} ${q(a['id'])} ei ole minkään hankkeen tunnus${suggestion(a)}`,
  'goal-not-found': (a) =>
    a['goal'] === ''
      ? `${rowWord(String(a['entity'] ?? ''), 'genitive')} ${q(a['label'])} tavoite puuttuu: anna tavoite-sarakkeessa sen tavoitteen tunnus tai nimi, johon rivi kuuluu`
      : `${rowWord(String(a['entity'] ?? ''), 'genitive')} ${q(a['label'])} tavoite ${q(a['goal'])} ei ole minkään tavoitteen tunnus eikä nimi${suggestion(a)}`,
  'indicator-not-found': (a) =>
    a['indicator'] === ''
      ? `mittauksesta ${q(a['label'])} puuttuu mittari: anna mittari-sarakkeessa sen mittarin tunnus tai nimi, jota mittaus koskee`
      : `mittauksen ${q(a['label'])} mittari ${q(a['indicator'])} ei ole minkään mittarin tunnus eikä nimi${suggestion(a)}`,
  'indicator-ambiguous': (a) =>
    `mittauksen ${q(a['label'])} mittari ${q(a['indicator'])} on usean tavoitteen mittari (${a['rows']}); anna tavoite-sarakkeessa tavoite, johon mittari kuuluu`,
  'goal-ambiguous': (a) =>
    `${rowWord(String(a['entity'] ?? ''), 'genitive')} ${q(a['label'])} tavoite ${q(a['goal'])} on usean tavoitteen nimi (${a['rows']}); viittaa tavoitteeseen sen tunnuksella`,
  'unknown-metric': (a) => `${q(a['metric'])} ei ole tunnusluku, jonka eco laskee (ks. README, "Indicator metrics")${suggestion(a)}`,
  'duplicate-id': (a) => `${rowWord(String(a['entity'] ?? ''), 'genitive')} tunnus ${q(a['id'])} on jo käytössä (ensimmäisen kerran kohdassa ${a['first']})`,
  'likely-duplicate': (a) =>
    `${q(a['name'])} vaikuttaa samalta toimijalta kuin ${q(a['other'])} (${a['first']}): ${DUPLICATE_REASON[String(a['reason'])] ?? 'sama nimi, kun aksentteja, kirjainkokoa, välimerkkejä ja yhtiömuotoa ei oteta huomioon'}; jos ne ovat sama organisaatio, säilytä yksi rivi (${q(a['keep'])}) ja ohjaa toisen yhteydet siihen`,
  'date-order': (a) => `${field(a['endField'])} ${date(a['end'])} on aikaisempi kuin ${field(a['startField'])} ${date(a['start'])}`,

  // Networks of ecosystems
  'member-not-found': (a) => `jäsenekosysteemi ${q(a['path'])} ei ole ecosystem.yaml-tiedosto eikä kansio, jossa on sellainen (tai actors.csv-tiedosto)`,
  'member-cycle': (a) => `jäsenekosysteemi ${q(a['path'])} sisältää tämän verkoston itsensä (jäsenet muodostavat kehän)`,
  'member-duplicate': (a) =>
    `jäsenekosysteemi ${q(a['path'])} on jo mukana (ensimmäisen kerran kohdassa ${a['first']}); kahdesti mainittuna sen yhteydet laskettaisiin kahteen kertaan`,
  'member-too-deep': (a) => `jäsenekosysteemi ${q(a['path'])} on sisäkkäin yli ${num(a['limit'])} tason syvyydessä`,
  'member-too-many': (a) => `tässä verkostossa on kaikilla tasoilla yhteensä yli ${num(a['limit'])} jäsenekosysteemiä; eco lopettaa lukemisen tähän`,

  // Lints
  'self-link': (a) => `tämä yhteys yhdistää toimijan ${q(a['id'])} itseensä; sitä ei oteta mukaan verkon tunnuslukuihin`,
  'isolated-actor': (a) => `toimijalla ${q(a['id'])} ei ole yhteyksiä, hankkeita eikä tilaisuuksia`,
  'missing-sector': (a) => `toimijalta ${q(a['id'])} puuttuu sektori, joten sitä ei voida ottaa mukaan sektorikattavuuteen`,
  'no-orchestrator': () => 'orkestroijaa ei ole nimetty (ecosystem.orchestrators tai toimija, jonka kerros on orchestrator)',
  'goal-without-indicators': (a) => `tavoitteella ${q(a['id'])} ei ole mittareita, joten sen edistymistä ei voi mitata`,
  'task-overdue': (a) =>
    `tehtävän ${q(a['id'])} määräaika oli ${date(a['due'])}, mutta ${TASK_STATUS[String(a['status'])] ?? `sen tila on ${q(a['status'])}`} (tilanne ${date(a['asOf'])})`,
} satisfies Record<string, Message>;

/** The words the --skip-invalid lines use for a field, in the nominative and for a list, the elative. */
export function fieldWord(name: string, form: 'nominative' | 'elative'): string {
  if (form === 'elative') return FIELD_ELATIVE[name] ?? `kentästä ${name}`;
  return field(name);
}

/** "1 virhe", "2 virhettä" */
export function countFi(n: number, one: string, many: string): string {
  return count(n, one, many);
}
