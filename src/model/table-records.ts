// Turns the rows of a table — a CSV file or a workbook's sheet — into entity
// objects: header names matched case-insensitively with Finnish aliases, cells
// typed (numbers with a decimal comma, money as "450 000 €", yes/no,
// `;`-separated lists, Finnish d.m.yyyy dates, a workbook's own numbers and
// dates kept as such). An actors table needs no id column: the name is enough.
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { isUnsafeKey } from './safe-keys.js';
import { excelDate, excelMoney } from './spreadsheet-values.js';

export type TableEntity = 'actor' | 'link' | 'project' | 'event' | 'goal' | 'indicator' | 'task' | 'measurement';

/** `attribute`: an actor's own extra column — a number stays a number, as NetworkX and Gephi read one. */
type Cell = 'text' | 'number' | 'money' | 'boolean' | 'list' | 'date' | 'contacts' | 'attribute';

interface FieldSpec {
  aliases: readonly string[];
  cell: Cell;
  required?: boolean;
}

export const TABLE_FIELDS: Record<TableEntity, Record<string, FieldSpec>> = {
  actor: {
    id: { aliases: ['id', 'tunniste', 'tunnus'], cell: 'text' },
    name: { aliases: ['name', 'nimi', 'toimija', 'organisaatio', 'organization', 'organisation', 'toimijan nimi'], cell: 'text', required: true },
    sector: { aliases: ['sector', 'sektori'], cell: 'text' },
    layer: { aliases: ['layer', 'kerros', 'rooli', 'role', 'taso'], cell: 'text' },
    helix: { aliases: ['helix', 'heliksi', 'nelikierre', 'nelikierremalli', 'kierre'], cell: 'text' },
    city: { aliases: ['city', 'kunta', 'kaupunki', 'paikkakunta', 'kotipaikka'], cell: 'text' },
    region: { aliases: ['region', 'maakunta', 'alue'], cell: 'text' },
    country: { aliases: ['country', 'maa', 'valtio'], cell: 'text' },
    businessId: { aliases: ['businessid', 'ytunnus', 'y-tunnus'], cell: 'text' },
    website: { aliases: ['website', 'web', 'www', 'url', 'verkkosivu', 'verkkosivut', 'kotisivu'], cell: 'text' },
    tags: { aliases: ['tags', 'tag', 'tagit', 'avainsanat', 'teemat'], cell: 'list' },
    contacts: { aliases: ['contacts', 'contact', 'yhteyshenkilö', 'yhteyshenkilöt', 'yhteystiedot'], cell: 'contacts' },
    // A contact's address and number are personal data too: they join the contacts, never an attribute a report or export shows.
    contactEmail: { aliases: ['email', 'e-mail', 'sähköposti', 's-posti', 'sposti', 'yhteyshenkilön sähköposti'], cell: 'text' },
    contactPhone: { aliases: ['phone', 'puhelin', 'puh', 'puhelinnumero', 'matkapuhelin', 'yhteyshenkilön puhelin'], cell: 'text' },
  },
  link: {
    source: { aliases: ['source', 'from', 'lähde', 'mistä', 'toimija 1', 'osapuoli 1'], cell: 'text', required: true },
    target: { aliases: ['target', 'to', 'kohde', 'mihin', 'toimija 2', 'osapuoli 2'], cell: 'text', required: true },
    type: { aliases: ['type', 'tyyppi', 'laji', 'suhde'], cell: 'text' },
    weight: { aliases: ['weight', 'paino', 'vahvuus'], cell: 'number' },
    directed: { aliases: ['directed', 'suunnattu'], cell: 'boolean' },
    since: { aliases: ['since', 'alkaen', 'alku', 'alkupvm'], cell: 'date' },
    until: { aliases: ['until', 'asti', 'loppu', 'loppupvm', 'päättyy'], cell: 'date' },
    note: { aliases: ['note', 'huom', 'huomautus', 'kuvaus', 'lisätieto', 'lisätiedot'], cell: 'text' },
    origin: { aliases: ['origin', 'alkuperä'], cell: 'text' },
  },
  project: {
    id: { aliases: ['id', 'tunniste', 'tunnus', 'hanketunnus', 'koodi'], cell: 'text' },
    title: { aliases: ['title', 'name', 'nimi', 'hanke', 'hankkeen nimi', 'otsikko'], cell: 'text', required: true },
    funding: { aliases: ['funding', 'rahoitus', 'rahoitusväline', 'rahasto', 'rahoittaja'], cell: 'text' },
    budget: { aliases: ['budget', 'budjetti', 'kustannusarvio', 'kokonaisbudjetti'], cell: 'money' },
    start: { aliases: ['start', 'alku', 'alkaa', 'alkupvm', 'aloitus'], cell: 'date' },
    end: { aliases: ['end', 'loppu', 'päättyy', 'loppupvm'], cell: 'date' },
    lead: { aliases: ['lead', 'vetäjä', 'päätoteuttaja', 'koordinaattori', 'hakija'], cell: 'text' },
    partners: { aliases: ['partners', 'kumppanit', 'osatoteuttajat', 'osapuolet', 'toteuttajat'], cell: 'list' },
    description: { aliases: ['description', 'kuvaus', 'tiivistelmä'], cell: 'text' },
  },
  event: {
    id: { aliases: ['id', 'tunniste', 'tunnus'], cell: 'text' },
    title: { aliases: ['title', 'name', 'nimi', 'tapahtuma', 'otsikko'], cell: 'text', required: true },
    date: { aliases: ['date', 'päivämäärä', 'pvm', 'päivä', 'ajankohta'], cell: 'date' },
    phase: { aliases: ['phase', 'vaihe'], cell: 'text' },
    project: { aliases: ['project', 'hanke'], cell: 'text' },
    participants: { aliases: ['participants', 'osallistujat', 'mukana'], cell: 'list' },
    description: { aliases: ['description', 'kuvaus'], cell: 'text' },
  },
  // Goals kept in a spreadsheet: one table of goals, and indicators and tasks in tables of their own, each row naming its goal.
  goal: {
    id: { aliases: ['id', 'tunniste', 'tunnus'], cell: 'text' },
    title: { aliases: ['title', 'name', 'tavoite', 'nimi', 'otsikko'], cell: 'text', required: true },
    due: { aliases: ['due', 'määräaika', 'takaraja', 'valmis', 'deadline'], cell: 'date' },
    owner: { aliases: ['owner', 'vastuu', 'vastuutaho', 'vastuutoimija', 'omistaja'], cell: 'text' },
    description: { aliases: ['description', 'kuvaus'], cell: 'text' },
    needs: { aliases: ['needs', 'tarpeet', 'osaamistarpeet', 'tarvittava osaaminen'], cell: 'list' },
  },
  indicator: {
    goal: { aliases: ['goal', 'tavoite'], cell: 'text', required: true },
    id: { aliases: ['id', 'tunniste', 'tunnus'], cell: 'text' },
    name: { aliases: ['name', 'indicator', 'mittari', 'nimi', 'indikaattori'], cell: 'text', required: true },
    unit: { aliases: ['unit', 'yksikkö'], cell: 'text' },
    baseline: { aliases: ['baseline', 'lähtötaso', 'lähtöarvo'], cell: 'number' },
    baselineDate: { aliases: ['baselinedate', 'baseline date', 'lähtötason pvm', 'lähtötason päivämäärä', 'lähtötaso pvm'], cell: 'date' },
    target: { aliases: ['target', 'tavoitetaso', 'tavoitearvo'], cell: 'number' },
    current: { aliases: ['current', 'nykytaso', 'nykyarvo', 'toteuma'], cell: 'number' },
    measured: { aliases: ['measured', 'mitattu', 'mittauspvm', 'mittauspäivä'], cell: 'date' },
    metric: { aliases: ['metric', 'verkostoluku'], cell: 'text' },
  },
  task: {
    goal: { aliases: ['goal', 'tavoite'], cell: 'text', required: true },
    id: { aliases: ['id', 'tunniste', 'tunnus'], cell: 'text' },
    title: { aliases: ['title', 'name', 'task', 'tehtävä', 'nimi', 'otsikko'], cell: 'text', required: true },
    owner: { aliases: ['owner', 'vastuu', 'vastuutaho', 'vastuutoimija', 'omistaja'], cell: 'text' },
    status: { aliases: ['status', 'tila'], cell: 'text' },
    due: { aliases: ['due', 'määräaika', 'takaraja', 'deadline'], cell: 'date' },
  },
  // An indicator's measurements over time (its history), a row each.
  measurement: {
    goal: { aliases: ['goal', 'tavoite'], cell: 'text' },
    indicator: { aliases: ['indicator', 'mittari', 'indikaattori'], cell: 'text', required: true },
    date: { aliases: ['date', 'päivämäärä', 'pvm', 'ajankohta', 'mitattu'], cell: 'date', required: true },
    value: { aliases: ['value', 'arvo', 'mittausarvo', 'toteuma'], cell: 'number', required: true },
  },
};

/** The parts of a table this needs (src/io/csv-file.ts and src/io/workbook-file.ts make one). */
export interface RecordTable {
  header: string[];
  /** Text from a CSV; from a workbook, also numbers, booleans and dates. */
  rows: unknown[][];
  /** A CSV file says itself when a row is wider than its header (csv-field-count); a sheet's rows may be. */
  delimiter?: string;
  locateHeader(column: number): SourceLocation;
}

export interface TableRecords {
  /** Absent when the header is unusable (a required column missing, a column twice). */
  records?: Record<string, unknown>[];
  /** The column each field came from, to locate a field's cell. */
  columnOf: Map<string, number>;
  diagnostics: Diagnostic[];
  /** Columns of figures eco computes (an export read back), left out: they are computed anew. */
  figures: string[];
}

/** A header as matched against the aliases: case, spaces, hyphens and underscores aside. */
export const squash = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/**
 * The figures eco computes for every actor, by the column names its exports
 * give them (English keys, and the Finnish names of `eco export --to xlsx
 * --lang fi`; test/unit/exchange tests that the lists agree). An actors table
 * with these columns is an export read back: its figures are stale, and are
 * computed again rather than kept as the actor's own attributes.
 */
const FIGURE_COLUMNS = new Set(
  [
    ...['degree', 'strength', 'degreeCentrality', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'clustering', 'community'],
    ...['constraint', 'effectiveSize', 'component', 'articulationPoint', 'colour', 'color'],
    ...['aste', 'vahvuus', 'astekeskeisyys', 'välillisyys', 'läheisyys', 'ominaisvektorikeskeisyys', 'klusterointikerroin', 'ryhmä'],
    ...['burtin rajoite', 'tehokas koko', 'komponentti', 'nivelkohta', 'väri'],
  ].map((name) => squash(name)),
);

/** Whether a column of an actors table holds a figure eco computes. */
function isFigureColumn(header: string): boolean {
  return FIGURE_COLUMNS.has(squash(header));
}

export function tableRecords(table: RecordTable, entity: TableEntity): TableRecords {
  const fields = TABLE_FIELDS[entity];
  const byAlias = new Map<string, string>();
  for (const [field, spec] of Object.entries(fields)) {
    for (const alias of spec.aliases) byAlias.set(squash(alias), field);
  }
  const diagnostics: Diagnostic[] = [];
  const columnOf = new Map<string, number>();
  const columns: { field: string; cell: Cell }[] = [];
  // Several of eco's own figure columns make the table an export read back; one "Ryhmä" column is the analyst's own grouping.
  const figureColumns = entity === 'actor' ? table.header.filter((h) => !byAlias.has(squash(h)) && isFigureColumn(h)) : [];
  const figures = figureColumns.length >= 3 ? figureColumns : [];
  let unusable = false;
  table.header.forEach((heading, column) => {
    if (heading === '' || figures.includes(heading)) return;
    const field = byAlias.get(squash(heading)) ?? (entity === 'actor' ? heading : undefined);
    if (field === undefined) {
      const close = didYouMean(heading, byAlias.keys());
      diagnostics.push(
        warning('csv-unknown-column', table.locateHeader(column), {
          column: heading,
          entity,
          allowed: Object.keys(fields).join(', '),
          suggestion: close === undefined ? undefined : byAlias.get(close),
        }),
      );
      return;
    }
    if (isUnsafeKey(field)) {
      diagnostics.push(error('unsafe-key', table.locateHeader(column), { key: heading }));
      return;
    }
    if (columnOf.has(field)) {
      diagnostics.push(error('csv-duplicate-column', table.locateHeader(column), { column: heading }));
      unusable = true;
      return;
    }
    columnOf.set(field, column);
    columns[column] = { field, cell: fields[field]?.cell ?? 'attribute' };
  });
  for (const [field, spec] of Object.entries(fields)) {
    if (spec.required && !columnOf.has(field)) {
      diagnostics.push(
        error('csv-missing-column', table.locateHeader(0), { column: field, entity, aliases: spec.aliases.filter((a) => a !== field).join(', ') }),
      );
      unusable = true;
    }
  }
  for (const column of unheadedColumns(table)) diagnostics.push(warning('column-no-heading', table.locateHeader(column)));
  if (unusable) return { columnOf, diagnostics, figures };

  const records = table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (column === undefined) continue;
      const value = typedCell(row[c], column.cell);
      if (value !== undefined) record[column.field] = value;
    }
    if (entity === 'actor') withContactDetails(record);
    return record;
  });
  return { records, columnOf, diagnostics, figures };
}

/** An e-mail address and a phone number given in columns of their own join the (first) contact. */
function withContactDetails(record: Record<string, unknown>): void {
  const email = record['contactEmail'];
  const phone = record['contactPhone'];
  delete record['contactEmail'];
  delete record['contactPhone'];
  if (email === undefined && phone === undefined) return;
  const contacts = Array.isArray(record['contacts']) ? (record['contacts'] as Record<string, unknown>[]) : [];
  const first = { ...(contacts[0] ?? {}), ...(email !== undefined && { email }), ...(phone !== undefined && { phone }) };
  record['contacts'] = [first, ...contacts.slice(1)];
}

/** Columns with values under no heading (a heading cell merged over two columns names only the first). */
function unheadedColumns(table: RecordTable): number[] {
  const found = new Set<number>();
  for (const row of table.rows) {
    const width = table.delimiter === undefined ? row.length : Math.min(row.length, table.header.length);
    for (let c = 0; c < width; c++) {
      const value = row[c];
      if ((table.header[c] ?? '') === '' && value !== null && value !== undefined && String(value).trim() !== '') found.add(c);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * A plain decimal number as typed (`120`, `-3`, `0,5`, `2.75`, `1 500 000,50`
 * as Finnish Excel writes it); leading zeros keep text as text (`00100`, a postal code).
 */
const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14}|[1-9]\d{0,2}([ \u00a0\u202f]\d{3}){1,4})([.,]\d+)?$/;

/** The number a plain decimal number stands for; undefined for any other text. */
function plainNumber(text: string): number | undefined {
  return PLAIN_NUMBER.test(text) ? Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')) : undefined;
}

function attributeValue(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  if (text === '') return undefined;
  return plainNumber(text) ?? text;
}

const YES = new Set(['true', 'yes', 'y', '1', 'kyllä', 'k', 'x']);
const NO = new Set(['false', 'no', 'n', '0', 'ei', 'e']);

/**
 * A cell as the type its field takes; undefined for an empty cell. A cell that
 * does not fit stays as it is, for the schema to report.
 */
export function typedCell(raw: unknown, cell: Cell): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (raw instanceof Date) return excelDate(raw);
  if (cell === 'attribute') return attributeValue(raw);
  if (typeof raw === 'number') {
    if (cell === 'number' || cell === 'money') return raw;
    if (cell === 'boolean') return raw === 1 ? true : raw === 0 ? false : raw;
    if (cell === 'list') return [String(raw)];
    // A year written as a number is a year; any other number stays a number for the schema to judge.
    if (cell === 'date' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return String(raw);
    return cell === 'text' ? String(raw) : raw;
  }
  if (typeof raw === 'boolean') return cell === 'boolean' ? raw : String(raw);
  const text = String(raw).trim();
  if (text === '') return undefined;
  switch (cell) {
    case 'text':
      return text;
    case 'number': {
      const plain = plainNumber(text);
      if (plain !== undefined) return plain;
      const normal = /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
      const n = Number(normal);
      return normal !== '' && Number.isFinite(n) ? n : text;
    }
    case 'money':
      return excelMoney(text);
    case 'boolean': {
      const key = text.toLowerCase();
      return YES.has(key) ? true : NO.has(key) ? false : text;
    }
    case 'list':
      return text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'contacts':
      return text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((name) => ({ name }));
    case 'date':
      return excelDate(text);
  }
}
