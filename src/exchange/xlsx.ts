// The network as an Excel workbook for the analyst: actors with every
// attribute and figure, links with their origin (listed, or derived from
// shared projects and events), the sector matrix, the communities and the
// brokers — sheet and column names in Finnish or English, numbers as numbers,
// a frozen header row with a filter on every sheet (no cell styles: for a
// million rows they would cost more than the rest of the workbook). Text is always a text cell,
// never a formula. The sheets' XML is written here, as exceljs's streaming
// writer wrote it but without its objects per cell (which took half a
// minute for the 797,000 links of Horizon 2020), and zipped as it is made
// (zip-stream.ts: only a sheet's compressed bytes are held), so a network of
// a million ties is never one workbook in memory. The actors and links sheets read back with `eco validate`.
import { createRequire } from 'node:module';
import type { MapResult } from '../analysis/map-result.js';
import { FINNISH_WORD } from '../diagnostics/finnish-words.js';
import { xmlSafe } from '../model/text-safety.js';
import type { Cell, NetworkTable } from './network-table.js';
import { qualityRows } from './quality-sheet.js';
import { zipStream } from './zip-stream.js';

export type XlsxLang = 'fi' | 'en';

/** Excel holds at most this many characters in a cell. */
const CELL_LIMIT = 32767;

const SHEETS = {
  fi: { actors: 'Toimijat', links: 'Yhteydet', matrix: 'Sektorimatriisi', communities: 'Ryhmät', brokers: 'Välittäjät', quality: 'Aineiston laatu' },
  en: { actors: 'Actors', links: 'Links', matrix: 'Sector matrix', communities: 'Communities', brokers: 'Brokers', quality: 'Data quality' },
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

/** The workbook's bytes, as they are made. */
export function xlsxChunks(table: NetworkTable, result: MapResult, lang: XlsxLang): AsyncIterable<Uint8Array> {
  return zipStream(workbookEntries(sheetsOf(table, result, lang)));
}

function sheetsOf(table: NetworkTable, result: MapResult, lang: XlsxLang): SheetSpec[] {
  const names = SHEETS[lang];
  const c = COLUMNS[lang];
  const col = (name: string): string => c[name] ?? name;
  // Sectors and layers in a Finnish workbook in the words eco reads back as them: the workbook reads as the analyst's own.
  const word = (value: Cell | undefined): Cell | undefined => (lang === 'fi' && typeof value === 'string' ? (FINNISH_WORD[value] ?? value) : value);
  const value = (column: string, v: Cell | undefined): Cell | undefined => (column === 'sector' || column === 'layer' ? word(v) : v);
  const nodeColumns = table.nodeColumns.map((column) => column.name);
  const edgeColumns = table.edgeColumns.map((column) => column.name);
  const labels = result.sectorMatrix.labels;
  const nameOf = new Map(result.actors.map((a) => [a.id, a.name]));
  return [
    sheet(names.actors, [col('id'), ...nodeColumns.map(col)], table.nodes, (n) => [n.id, ...nodeColumns.map((k) => cell(value(k, n.attributes[k])))]),
    sheet(names.links, [col('source'), col('target'), ...edgeColumns.map(col)], table.edges, (e) => [
      e.source,
      e.target,
      ...edgeColumns.map((k) => cell(e.attributes[k])),
    ]),
    sheet(names.matrix, [col('sectorColumn'), ...labels.map((l) => String(word(l)))], labels, (label, i) => [
      cell(word(label)),
      ...result.sectorMatrix.links[i]!,
    ]),
    sheet(names.communities, [col('community'), col('size'), col('sectors'), col('topActors')], result.communities, (g) => [
      g.id,
      g.size,
      g.sectors.map((s) => `${word(s.sector)} ${s.actors}`).join('; '),
      g.topActors.map((id) => nameOf.get(id) ?? id).join('; '),
    ]),
    sheet(names.brokers, [col('id'), col('name'), col('sector'), col('betweenness'), col('degree'), col('articulationPoint')], result.brokers, (b) => [
      b.id,
      b.name,
      cell(word(b.sector)),
      b.betweenness,
      b.degree,
      b.articulationPoint,
    ]),
    ...qualitySheet(result, lang),
  ];
}

/** The data quality sheet, when there is something to say (src/exchange/quality-sheet.ts). */
function qualitySheet(result: MapResult, lang: XlsxLang): SheetSpec[] {
  const quality = qualityRows(result.dataQuality, lang, COLUMNS[lang]);
  return quality ? [sheet(SHEETS[lang].quality, quality.header, quality.rows, (r) => r)] : [];
}

function sheet<T>(name: string, header: string[], items: readonly T[], row: (item: T, i: number) => Row): SheetSpec {
  return { name, header, count: items.length, row: (i) => row(items[i]!, i) };
}

function cell(value: Cell | undefined): string | number | boolean | null {
  return value === undefined ? null : value;
}

/** exceljs's theme, as Excel's own default: the font's colour names a colour of it. */
const THEME = createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** The parts of the package, in the order exceljs writes them. */
function* workbookEntries(sheets: readonly SheetSpec[]): Generator<{ name: string; content: Iterable<string> }> {
  const numbers = sheets.map((_sheet, i) => i + 1);
  yield { name: 'xl/theme/theme1.xml', content: [THEME] };
  yield {
    name: '_rels/.rels',
    content: [
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PACKAGE_RELATIONSHIPS}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
  };
  for (const [i, sheet] of sheets.entries()) yield { name: `xl/worksheets/sheet${i + 1}.xml`, content: sheetXml(sheet) };
  yield {
    name: '[Content_Types].xml',
    content: [
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${numbers.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${WORKSHEET_TYPE}"/>`).join('')}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
  };
  const titles = sheets.map((sheet) => `<vt:lpstr>${xmlText(sheet.name)}</vt:lpstr>`).join('');
  yield {
    name: 'docProps/app.xml',
    content: [
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    ],
  };
  // Same input, same bytes: the workbook records no clock.
  yield {
    name: 'docProps/core.xml',
    content: [
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>eco</dc:creator><cp:lastModifiedBy>ExcelJS</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">1970-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">1970-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`,
    ],
  };
  yield {
    name: 'xl/styles.xml',
    content: [
      `${XML_HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main"><fonts x14ac:knownFonts="1" count="1"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>`,
    ],
  };
  yield {
    name: 'xl/_rels/workbook.xml.rels',
    content: [
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/theme" Target="theme/theme1.xml"/>${numbers.map((n) => `<Relationship Id="rId${n + 2}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}</Relationships>`,
    ],
  };
  const list = sheets.map((sheet, i) => `<sheet sheetId="${i + 1}" name="${xmlText(sheet.name)}" state="visible" r:id="rId${i + 3}"/>`).join('');
  yield {
    name: 'xl/workbook.xml',
    content: [
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>${list}</sheets><calcPr calcId="171027"/></workbook>`,
    ],
  };
}

/** Excel's column width when none is set: such a column is left out of <cols>. */
const DEFAULT_WIDTH = 9;

/** A sheet: frozen header row, fitted column widths, a filter on the header, one row per item. */
function* sheetXml(spec: SheetSpec): Generator<string> {
  const widths = spec.header.map((h) => h.length);
  for (let i = 0; i < Math.min(spec.count, WIDTH_SAMPLE); i++) {
    spec.row(i).forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 0, displayLength(v))));
  }
  const letters = spec.header.map((_h, i) => columnLetters(i));
  let piece = `${XML_HEAD.trimEnd()}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>${columnsXml(spec.header.map((_h, i) => Math.min(60, Math.max(8, widths[i]! + 2))))}<sheetData>`;
  piece += rowXml(1, spec.header, letters);
  for (let i = 0; i < spec.count; i++) {
    piece += rowXml(i + 2, spec.row(i), letters);
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  const last = columnLetters(Math.max(1, spec.header.length) - 1);
  yield `${piece}</sheetData><autoFilter ref="A1:${last}1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>`;
}

/** Pieces of about this many characters. */
const PIECE = 1 << 16;

/** Neighbouring columns of one width share an element; a column of the default width has none. */
function columnsXml(widths: readonly number[]): string {
  let xml = '';
  for (let i = 0; i < widths.length; ) {
    const width = widths[i]!;
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === width) j++;
    if (width !== DEFAULT_WIDTH) xml += `<col min="${i + 1}" max="${j + 1}" width="${width}" customWidth="1"/>`;
    i = j + 1;
  }
  return xml === '' ? '' : `<cols>${xml}</cols>`;
}

function rowXml(number: number, values: Row, letters: readonly string[]): string {
  let xml = `<row r="${number}" spans="1:${values.length}" x14ac:dyDescent="0.25">`;
  for (let c = 0; c < values.length; c++) {
    const value = excelValue(values[c]!);
    if (value === null) continue;
    const ref = `${letters[c] ?? columnLetters(c)}${number}`;
    if (typeof value === 'string') xml += `<c r="${ref}" t="str"><v>${xmlText(value)}</v></c>`;
    else if (typeof value === 'boolean') xml += `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    else xml += `<c r="${ref}"><v>${value}</v></c>`;
  }
  return `${xml}</row>`;
}

/** A, B, …, Z, AA, AB, …: the column's name (from 0). */
function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** What XML text needs escaped (as exceljs escapes it: quotes too), and the control characters it drops. */
const NOT_PLAIN = /[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

function xmlText(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  return text.replace(/[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => ESCAPES[c] ?? '');
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
