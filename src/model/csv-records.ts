// Turns the rows of an actors or links CSV into entity objects: header names
// matched case-insensitively with Finnish aliases, cells typed (numbers with a
// decimal comma, yes/no, `;`-separated lists, Finnish d.m.yyyy dates).
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import { isUnsafeKey } from './safe-keys.js';

export type CsvEntity = 'actor' | 'link';

type Cell = 'text' | 'number' | 'boolean' | 'list' | 'date' | 'contacts';

interface FieldSpec {
  aliases: readonly string[];
  cell: Cell;
  required?: boolean;
}

export const CSV_FIELDS: Record<CsvEntity, Record<string, FieldSpec>> = {
  actor: {
    id: { aliases: ['id', 'tunniste', 'tunnus'], cell: 'text', required: true },
    name: { aliases: ['name', 'nimi', 'toimija', 'organisaatio', 'organization', 'organisation'], cell: 'text', required: true },
    sector: { aliases: ['sector', 'sektori'], cell: 'text' },
    layer: { aliases: ['layer', 'kerros', 'rooli', 'role', 'taso'], cell: 'text' },
    city: { aliases: ['city', 'kunta', 'kaupunki', 'paikkakunta', 'kotipaikka'], cell: 'text' },
    businessId: { aliases: ['businessid', 'ytunnus', 'y-tunnus'], cell: 'text' },
    website: { aliases: ['website', 'web', 'www', 'url', 'verkkosivu', 'verkkosivut', 'kotisivu'], cell: 'text' },
    tags: { aliases: ['tags', 'tag', 'tagit', 'avainsanat', 'teemat'], cell: 'list' },
    contacts: { aliases: ['contacts', 'contact', 'yhteyshenkilö', 'yhteyshenkilöt', 'yhteystiedot'], cell: 'contacts' },
  },
  link: {
    source: { aliases: ['source', 'from', 'lähde', 'mistä'], cell: 'text', required: true },
    target: { aliases: ['target', 'to', 'kohde', 'mihin'], cell: 'text', required: true },
    type: { aliases: ['type', 'tyyppi', 'laji', 'suhde'], cell: 'text' },
    weight: { aliases: ['weight', 'paino', 'vahvuus'], cell: 'number' },
    directed: { aliases: ['directed', 'suunnattu'], cell: 'boolean' },
    since: { aliases: ['since', 'alkaen', 'alku', 'alkupvm'], cell: 'date' },
    until: { aliases: ['until', 'asti', 'loppu', 'loppupvm', 'päättyy'], cell: 'date' },
    note: { aliases: ['note', 'huom', 'huomautus', 'kuvaus', 'lisätieto', 'lisätiedot'], cell: 'text' },
  },
};

/** The parts of a parsed CSV file this needs (src/io/csv-file.ts makes one). */
export interface CsvTable {
  header: string[];
  rows: string[][];
  locateHeader(column: number): SourceLocation;
}

export interface CsvRecords {
  /** Absent when the header is unusable (a required column missing, a column twice). */
  records?: Record<string, unknown>[];
  /** The CSV column each field came from, to locate a field's cell. */
  columnOf: Map<string, number>;
  diagnostics: Diagnostic[];
}

const squash = (header: string): string => header.trim().toLowerCase().replace(/[\s_-]+/g, '');

export function csvRecords(csv: CsvTable, entity: CsvEntity): CsvRecords {
  const fields = CSV_FIELDS[entity];
  const byAlias = new Map<string, string>();
  for (const [field, spec] of Object.entries(fields)) {
    for (const alias of spec.aliases) byAlias.set(squash(alias), field);
  }
  const diagnostics: Diagnostic[] = [];
  const columnOf = new Map<string, number>();
  const columns: { field: string; cell: Cell }[] = [];
  let unusable = false;
  csv.header.forEach((heading, column) => {
    const field = byAlias.get(squash(heading)) ?? (entity === 'actor' ? heading : undefined);
    if (field === undefined || heading === '') {
      const close = didYouMean(heading, byAlias.keys());
      diagnostics.push(
        warning('csv-unknown-column', csv.locateHeader(column), {
          column: heading,
          entity,
          allowed: Object.keys(fields).join(', '),
          suggestion: close === undefined ? undefined : byAlias.get(close),
        }),
      );
      return;
    }
    if (isUnsafeKey(field)) {
      diagnostics.push(error('unsafe-key', csv.locateHeader(column), { key: heading }));
      return;
    }
    if (columnOf.has(field)) {
      diagnostics.push(error('csv-duplicate-column', csv.locateHeader(column), { column: heading }));
      unusable = true;
      return;
    }
    columnOf.set(field, column);
    columns[column] = { field, cell: fields[field]?.cell ?? 'text' };
  });
  for (const [field, spec] of Object.entries(fields)) {
    if (spec.required && !columnOf.has(field)) {
      diagnostics.push(
        error('csv-missing-column', csv.locateHeader(0), { column: field, entity, aliases: spec.aliases.filter((a) => a !== field).join(', ') }),
      );
      unusable = true;
    }
  }
  if (unusable) return { columnOf, diagnostics };

  const records = csv.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const raw = row[c];
      if (column === undefined || raw === undefined) continue;
      const text = raw.trim();
      if (text === '') continue;
      record[column.field] = typedCell(text, column.cell);
    }
    return record;
  });
  return { records, columnOf, diagnostics };
}

const YES = new Set(['true', 'yes', 'y', '1', 'kyllä', 'k', 'x']);
const NO = new Set(['false', 'no', 'n', '0', 'ei', 'e']);

/** A cell as the type its field takes; a cell that does not fit stays text, for the schema to report. */
export function typedCell(text: string, cell: Cell): unknown {
  switch (cell) {
    case 'text':
      return text;
    case 'number': {
      const normal = /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
      const n = Number(normal);
      return normal !== '' && Number.isFinite(n) ? n : text;
    }
    case 'boolean': {
      const key = text.toLowerCase();
      return YES.has(key) ? true : NO.has(key) ? false : text;
    }
    case 'list':
      return text.split(';').map((s) => s.trim()).filter((s) => s !== '');
    case 'contacts':
      return text.split(';').map((s) => s.trim()).filter((s) => s !== '').map((name) => ({ name }));
    case 'date': {
      const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
      return fi ? `${fi[3]}-${fi[2]!.padStart(2, '0')}-${fi[1]!.padStart(2, '0')}` : text;
    }
  }
}
