// Spreadsheet CSV: actors.csv (with the figures as columns) and links.csv.
// A text cell starting with =, +, -, @, a tab or a carriage return is
// prefixed with ' so no spreadsheet runs it as a formula (OWASP, "CSV
// Injection"). --excel writes what Finnish Excel opens directly: `;` between
// cells, decimal commas, CRLF lines and a UTF-8 byte-order mark.
import type { Cell, NetworkTable } from './network-table.js';

export interface CsvFlavour {
  excel: boolean;
  /** Prefix formula-like text with '; off only for files eco itself reads back. */
  guard?: boolean;
}

/** Each file as pieces of many rows, so the links of a large network never become one huge string. */
export function toCsvFiles(table: NetworkTable, flavour: CsvFlavour): { 'actors.csv': Iterable<string>; 'links.csv': Iterable<string> } {
  const nodeNames = table.nodeColumns.map((c) => c.name);
  const edgeNames = table.edgeColumns.map((c) => c.name);
  return {
    'actors.csv': csvChunks(['id', ...nodeNames], table.nodes, (n) => [n.id, ...nodeNames.map((name) => n.attributes[name] ?? null)], flavour),
    'links.csv': csvChunks(
      ['source', 'target', ...edgeNames],
      table.edges,
      (e) => [e.source, e.target, ...edgeNames.map((name) => e.attributes[name] ?? null)],
      flavour,
    ),
  };
}

export function csvText(rows: readonly (readonly Cell[])[], flavour: CsvFlavour): string {
  return [...csvChunks(rows[0] ?? [], rows.slice(1), (row) => row, flavour)].join('');
}

/** Pieces of about this many characters. */
const PIECE = 1 << 16;

function* csvChunks<T>(
  header: readonly Cell[],
  items: readonly T[],
  row: (item: T) => readonly Cell[],
  { excel, guard = true }: CsvFlavour,
): Generator<string> {
  const delimiter = excel ? ';' : ',';
  const newline = excel ? '\r\n' : '\n';
  const line = (cells: readonly Cell[]): string => cells.map((cell) => csvCell(cell, delimiter, excel, guard)).join(delimiter);
  let piece = `${excel ? '\ufeff' : ''}${line(header)}${newline}`;
  for (const item of items) {
    piece += `${line(row(item))}${newline}`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}

export function csvCell(cell: Cell, delimiter: string, excel: boolean, guard = true): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return excel ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const safe = guard && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
