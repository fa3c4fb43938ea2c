// The network as an Excel workbook for the analyst: actors with every
// attribute and figure, links with their origin (listed, or derived from
// shared projects and events), the sector matrix, the communities and the
// brokers — sheet and column names in Finnish or English, numbers as numbers,
// a frozen header row with a filter on every sheet (no cell styles: for a
// million rows they would cost more than the rest of the workbook). Text is always a text cell,
// never a formula. Written with exceljs's streaming writer, a row at a time,
// so a network of a million ties is never one workbook in memory. The actors
// and links sheets read back with `eco validate`.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { MapResult } from '../analysis/map-result.js';
import { xmlSafe } from '../model/text-safety.js';
import type { Cell, NetworkTable } from './network-table.js';

export type XlsxLang = 'fi' | 'en';

/** Excel holds at most this many characters in a cell. */
const CELL_LIMIT = 32767;

const SHEETS = {
  fi: { actors: 'Toimijat', links: 'Yhteydet', matrix: 'Sektorimatriisi', communities: 'Ryhmät', brokers: 'Välittäjät' },
  en: { actors: 'Actors', links: 'Links', matrix: 'Sector matrix', communities: 'Communities', brokers: 'Brokers' },
};

/** Column names; a Finnish one is an alias eco reads back (tunnus, nimi, lähde, …). */
const COLUMNS: Record<XlsxLang, Record<string, string>> = {
  fi: {
    id: 'tunnus',
    name: 'nimi',
    sector: 'sektori',
    layer: 'kerros',
    city: 'kunta',
    businessId: 'y-tunnus',
    website: 'verkkosivu',
    tags: 'tagit',
    contacts: 'yhteyshenkilöt',
    degree: 'aste',
    strength: 'vahvuus',
    degreeCentrality: 'astekeskeisyys',
    betweenness: 'välillisyys',
    closeness: 'läheisyys',
    eigenvector: 'ominaisvektorikeskeisyys',
    pagerank: 'pagerank',
    clustering: 'klusterointikerroin',
    community: 'ryhmä',
    constraint: 'burtin rajoite',
    effectiveSize: 'tehokas koko',
    component: 'komponentti',
    articulationPoint: 'nivelkohta',
    colour: 'väri',
    source: 'lähde',
    target: 'kohde',
    type: 'tyyppi',
    weight: 'paino',
    since: 'alkaen',
    until: 'asti',
    origin: 'alkuperä',
    sectorColumn: 'sektori',
    size: 'koko',
    sectors: 'sektorit',
    topActors: 'keskeisimmät toimijat',
    cutOff: 'irtoaisi',
  },
  en: {
    id: 'id',
    name: 'name',
    sector: 'sector',
    layer: 'layer',
    city: 'city',
    businessId: 'businessId',
    website: 'website',
    tags: 'tags',
    contacts: 'contacts',
    degree: 'degree',
    strength: 'strength',
    degreeCentrality: 'degreeCentrality',
    betweenness: 'betweenness',
    closeness: 'closeness',
    eigenvector: 'eigenvector',
    pagerank: 'pagerank',
    clustering: 'clustering',
    community: 'community',
    constraint: 'constraint',
    effectiveSize: 'effectiveSize',
    component: 'component',
    articulationPoint: 'articulationPoint',
    colour: 'colour',
    source: 'source',
    target: 'target',
    type: 'type',
    weight: 'weight',
    since: 'since',
    until: 'until',
    origin: 'origin',
    sectorColumn: 'sector',
    size: 'size',
    sectors: 'sectors',
    topActors: 'top actors',
    cutOff: 'cut off',
  },
};

type Row = (string | number | boolean | null)[];

interface SheetSpec {
  name: string;
  header: string[];
  count: number;
  row(i: number): Row;
}

/** Column widths are fitted to the header and the first rows. */
const WIDTH_SAMPLE = 500;

/** Zip entries carry this date, not the clock's: the same network gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

/** The workbook's bytes, as they are made. */
export function xlsxChunks(table: NetworkTable, result: MapResult, lang: XlsxLang): AsyncIterable<Uint8Array> {
  const stream = new PassThrough();
  writeWorkbook(stream, sheetsOf(table, result, lang)).catch((e: unknown) => stream.destroy(e instanceof Error ? e : new Error(String(e))));
  return stream;
}

function sheetsOf(table: NetworkTable, result: MapResult, lang: XlsxLang): SheetSpec[] {
  const names = SHEETS[lang];
  const c = COLUMNS[lang];
  const col = (name: string): string => c[name] ?? name;
  const nodeColumns = table.nodeColumns.map((column) => column.name);
  const edgeColumns = table.edgeColumns.map((column) => column.name);
  const labels = result.sectorMatrix.labels;
  const nameOf = new Map(result.actors.map((a) => [a.id, a.name]));
  return [
    sheet(names.actors, [col('id'), ...nodeColumns.map(col)], table.nodes, (n) => [n.id, ...nodeColumns.map((k) => cell(n.attributes[k]))]),
    sheet(names.links, [col('source'), col('target'), ...edgeColumns.map(col)], table.edges, (e) => [
      e.source,
      e.target,
      ...edgeColumns.map((k) => cell(e.attributes[k])),
    ]),
    sheet(names.matrix, [col('sectorColumn'), ...labels], labels, (label, i) => [label, ...result.sectorMatrix.links[i]!]),
    sheet(names.communities, [col('community'), col('size'), col('sectors'), col('topActors')], result.communities, (g) => [
      g.id,
      g.size,
      g.sectors.map((s) => `${s.sector} ${s.actors}`).join('; '),
      g.topActors.map((id) => nameOf.get(id) ?? id).join('; '),
    ]),
    sheet(names.brokers, [col('id'), col('name'), col('sector'), col('betweenness'), col('degree'), col('articulationPoint')], result.brokers, (b) => [
      b.id,
      b.name,
      b.sector,
      b.betweenness,
      b.degree,
      b.articulationPoint,
    ]),
  ];
}

function sheet<T>(name: string, header: string[], items: readonly T[], row: (item: T, i: number) => Row): SheetSpec {
  return { name, header, count: items.length, row: (i) => row(items[i]!, i) };
}

function cell(value: Cell | undefined): string | number | boolean | null {
  return value === undefined ? null : value;
}

interface Zip {
  append(source: unknown, data: Record<string, unknown>): unknown;
  dated?: boolean;
}

/**
 * exceljs's streaming writer, with every zip entry dated ENTRY_DATE: its
 * constructor already adds the theme and the package relations, so the
 * archive is taken in hand in those first two steps.
 */
class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  override addThemes(): Promise<void> {
    dateEntries((this as unknown as { zip: Zip }).zip);
    return super.addThemes();
  }

  override addOfficeRels(): Promise<void> {
    dateEntries((this as unknown as { zip: Zip }).zip);
    return super.addOfficeRels();
  }
}

function dateEntries(zip: Zip): void {
  if (zip.dated) return;
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(source, { ...data, date: ENTRY_DATE });
  zip.dated = true;
}

async function writeWorkbook(stream: PassThrough, sheets: readonly SheetSpec[]): Promise<void> {
  const workbook = new DatedWorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  // Same input, same bytes: the workbook records no clock.
  const epoch = new Date(0);
  workbook.created = epoch;
  workbook.modified = epoch;
  workbook.creator = 'eco';
  for (const spec of sheets) {
    const widths = spec.header.map((h) => h.length);
    for (let i = 0; i < Math.min(spec.count, WIDTH_SAMPLE); i++) {
      spec.row(i).forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 0, displayLength(v))));
    }
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.header.map((header, i) => ({ header, key: String(i), width: Math.min(60, Math.max(8, widths[i]! + 2)) }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, spec.header.length) } };
    sheet.getRow(1).commit();
    for (let i = 0; i < spec.count; i++) sheet.addRow(spec.row(i).map(excelValue)).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/** A value as a cell: text stays text (a leading = makes no formula here), within Excel's limits. */
function excelValue(value: string | number | boolean | null): string | number | boolean | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return value;
  return xmlSafe(value).slice(0, CELL_LIMIT);
}

function displayLength(value: string | number | boolean | null): number {
  if (value === null) return 0;
  return typeof value === 'number' ? String(Number(value.toPrecision(6))).length : String(value).length;
}
