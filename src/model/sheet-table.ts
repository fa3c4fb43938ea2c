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
  let header = texts(h);
  let first = h + 1;
  const below = texts(h + 1);
  const key = header.findIndex(isKey);
  // A second header row: all text, nothing under the key column, and a heading where the first row has none (a merged cell).
  const subHeader =
    key !== -1 &&
    (below[key] ?? '') === '' &&
    (sheet.rows[h + 1]?.cells ?? []).every((v) => v === null || v === undefined || typeof v === 'string') &&
    below.some((t, c) => t !== '' && (header[c] ?? '') === '');
  if (subHeader) {
    header = Array.from({ length: Math.max(header.length, below.length) }, (_, c) => (below[c] ?? '') || (header[c] ?? ''));
    first = h + 2;
  }
  const data = filledDown(sheet.rows.slice(first), sheet.merges ?? []);
  const headerRow = sheet.rows[subHeader ? h + 1 : h]?.number ?? 1;
  const at = (line: number, column?: number): SourceLocation => ({ file, sheet: sheet.name, line, ...(column !== undefined && { col: column + 1 }) });
  return {
    file,
    sheet: sheet.name,
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
  const down = merges.filter((m) => m.bottom > m.top && firstRow !== undefined && m.top >= firstRow);
  if (down.length === 0) return rows;
  const index = new Map(rows.map((row, i) => [row.number, i]));
  const filled = [...rows];
  for (const m of down) {
    const value = rows[index.get(m.top) ?? -1]?.cells[m.left];
    if (value === null || value === undefined || value === '') continue;
    for (let number = m.top + 1; number <= m.bottom; number++) {
      const i = index.get(number);
      if (i === undefined) continue;
      const row = filled[i]!;
      const empty = row.cells[m.left] === null || row.cells[m.left] === undefined || row.cells[m.left] === '';
      if (!empty) continue;
      const cells = [...row.cells];
      cells[m.left] = value;
      filled[i] = { number: row.number, cells };
    }
  }
  return filled;
}
