// A workbook sheet as a table of records: which row is the header, and where
// each cell is (`kartoitus.xlsx [Toimijat] 6:C`). Sheets are kept for people,
// not programs: a title row above the header is skipped, and a header split
// over two rows by merged cells (Nimi over A1:A2, Yhteystiedot over B1:C1 with
// Puhelin and Sähköposti below) is read as one. A cell merged down over data
// rows (one Sektori for a group of actors) gives its value to every row of it.
import type { SourceLocation } from '../diagnostics/diagnostic.js';

/** A sheet's rows as read (src/io/workbook-file.ts gives them so). */
export interface SheetRows {
  name: string;
  rows: { number: number; cells: unknown[] }[];
  /** Merged cells: rows as Excel numbers them, columns from 0. */
  merges?: readonly { top: number; left: number; bottom: number; right: number }[];
}

/** Rows searched for the header before giving up and taking the first. */
const HEADER_SEARCH = 10;

export interface SheetTable {
  file: string;
  sheet: string;
  /** Rows among the data that are no data: section titles merged across the table, totals. */
  passedOver: { line: number; text: string; kind: 'section' | 'total' }[];
  header: string[];
  rows: unknown[][];
  locateHeader(column: number): SourceLocation;
  locateRow(row: number): SourceLocation;
  locateCell(row: number, column: number): SourceLocation;
}

/** How a row is judged as the header. */
export interface HeaderTest {
  /** Whether a row's texts name the entity's required columns. */
  isHeader(texts: string[]): boolean;
  /** How many of a row's texts name a field: of rows that could be the header, the one naming most is. */
  fields(texts: string[]): number;
  /** Whether a header names the column every data row fills (the name, the source). */
  isKey(header: string): boolean;
}

/**
 * The header is the row, of the first few, that names the required columns and
 * the most fields: a title row above it is skipped, and so is a row of group
 * titles merged over several columns ("Toimija" over Nimi and Y-tunnus).
 */
export function sheetTable(file: string, sheet: SheetRows, test: HeaderTest): SheetTable {
  const { isKey } = test;
  const texts = (i: number): string[] => (sheet.rows[i]?.cells ?? []).map((v) => (v === null || v === undefined ? '' : String(v).trim()));
  let h = 0;
  let best = -1;
  for (let i = 0; i < Math.min(HEADER_SEARCH, sheet.rows.length); i++) {
    const row = texts(i);
    if (!test.isHeader(row)) continue;
    const named = test.fields(row);
    if (named > best) {
      h = i;
      best = named;
    }
  }
  const merges = sheet.merges ?? [];
  const numberOf = (i: number): number | undefined => sheet.rows[i]?.number;
  let header = texts(h);
  let first = h + 1;
  const below = texts(h + 1);
  const key = header.findIndex(isKey);
  const belowIsNext = numberOf(h + 1) !== undefined && numberOf(h + 1) === (numberOf(h) ?? 0) + 1;
  // Group titles merged across columns over the header ("Toimija" over Nimi and Lyhenne): the row below names the columns.
  const belowNames = test.isHeader(below) || test.fields(below) >= 2;
  const allText = (sheet.rows[h + 1]?.cells ?? []).every((v) => v === null || v === undefined || typeof v === 'string');
  const groupTitles =
    belowIsNext &&
    belowNames &&
    allText &&
    merges.some((m) => m.top === numberOf(h) && m.bottom === m.top && m.right > m.left && below.slice(m.left, m.right + 1).some((t) => t !== ''));
  // Without the merges to tell: a second header row is all text, has nothing under the key column, and a heading where the first row has none.
  const subHeader = groupTitles || (key !== -1 && (below[key] ?? '') === '' && allText && below.some((t, c) => t !== '' && (header[c] ?? '') === ''));
  if (subHeader) {
    const upper = header;
    // Under group titles a cell of the upper row names its column only when merged down over both rows (Nimi over A1:A2).
    const spansDown = (c: number): boolean => merges.some((m) => m.left === c && m.top === numberOf(h) && m.bottom > m.top);
    header = Array.from({ length: Math.max(upper.length, below.length) }, (_, c) =>
      (below[c] ?? '') !== '' ? below[c]! : !groupTitles || spansDown(c) ? (upper[c] ?? '') : '',
    );
    first = h + 2;
  }
  const headerRow = sheet.rows[subHeader ? h + 1 : h]?.number ?? 1;
  header = withHeadingsFromAbove(header, headerRow, sheet);
  const { rows: data, passedOver } = withoutTitlesAndTotals(filledDown(sheet.rows.slice(first), merges), merges);
  const at = (line: number, column?: number): SourceLocation => ({ file, sheet: sheet.name, line, ...(column !== undefined && { col: column + 1 }) });
  return {
    file,
    sheet: sheet.name,
    passedOver,
    header,
    rows: data.map((r) => r.cells),
    locateHeader: (column) => at(headerRow, column),
    locateRow: (row) => at(data[row]?.number ?? headerRow),
    locateCell: (row, column) => at(data[row]?.number ?? headerRow, column),
  };
}

/**
 * Data rows with each cell merged down over several of them filled with the
 * value its first row holds. Merges across columns are left as they are: a
 * value does not belong to the next column's field.
 */
function filledDown(rows: SheetRows['rows'], merges: NonNullable<SheetRows['merges']>): SheetRows['rows'] {
  const firstRow = rows[0]?.number;
  // Merges do not overlap in a workbook Excel wrote; ones that do are passed over, so each cell is filled at most once.
  const down = merges.filter((m) => m.bottom > m.top && firstRow !== undefined && m.top >= firstRow).sort((a, b) => a.left - b.left || a.top - b.top);
  if (down.length === 0) return rows;
  const filled = [...rows];
  /** The index of the first row numbered above `number` (rows are in the sheet's order). */
  const after = (number: number): number => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.number <= number) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let column = -1;
  let reached = -1;
  for (const m of down) {
    if (m.left !== column) {
      column = m.left;
      reached = -1;
    }
    if (m.top <= reached) continue;
    reached = m.bottom;
    const top = rows[after(m.top) - 1];
    const value = top?.number === m.top ? top.cells[m.left] : undefined;
    if (value === null || value === undefined || value === '') continue;
    for (let i = after(m.top); i < rows.length && rows[i]!.number <= m.bottom; i++) {
      const row = filled[i]!;
      const cell = row.cells[m.left];
      if (cell !== null && cell !== undefined && cell !== '') continue;
      const cells = [...row.cells];
      cells[m.left] = value;
      filled[i] = { number: row.number, cells };
    }
  }
  return filled;
}

/** A heading cell merged down from a row above the header names its column (Sektori over C1:C2, with the header in row 2). */
function withHeadingsFromAbove(header: string[], headerRow: number, sheet: SheetRows): string[] {
  const down = (sheet.merges ?? []).filter((m) => m.top < headerRow && m.bottom >= headerRow && (header[m.left] ?? '') === '');
  if (down.length === 0) return header;
  const named = [...header];
  for (const m of down) {
    const value = sheet.rows.find((r) => r.number === m.top)?.cells[m.left];
    if (value !== null && value !== undefined && String(value).trim() !== '') named[m.left] = String(value).trim();
  }
  return named;
}

/** A totals row's first cell: the word alone, or with its number ("Yhteensä", "Yhteensä: 3", "Total"); never "Summa Oy". */
const TOTAL = /^(yhteensä|yht\.|kaikki yhteensä|summa|total|totals|grand total)\s*:?\s*(\d[\d\s.,]*)?$/i;

/**
 * Data rows without the rows people put among them that are no data: a
 * section title alone in a cell merged across the table ("YRITYKSET"), and a
 * totals row ("Yhteensä 3").
 */
function withoutTitlesAndTotals(
  rows: SheetRows['rows'],
  merges: NonNullable<SheetRows['merges']>,
): { rows: SheetRows['rows']; passedOver: SheetTable['passedOver'] } {
  const passedOver: SheetTable['passedOver'] = [];
  const kept = rows.filter((row) => {
    const filled = row.cells.map((v, c) => [v, c] as const).filter(([v]) => v !== null && v !== undefined && String(v).trim() !== '');
    const [firstValue, firstColumn] = filled[0] ?? [undefined, -1];
    const text = firstValue === undefined ? '' : String(firstValue).trim();
    if (filled.length === 1 && merges.some((m) => m.top === row.number && m.left === firstColumn && m.right > m.left)) {
      passedOver.push({ line: row.number, text, kind: 'section' });
      return false;
    }
    if (typeof firstValue === 'string' && TOTAL.test(text)) {
      passedOver.push({ line: row.number, text, kind: 'total' });
      return false;
    }
    return true;
  });
  return { rows: passedOver.length === 0 ? rows : kept, passedOver };
}
