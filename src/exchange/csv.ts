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

export function toCsvFiles(table: NetworkTable, flavour: CsvFlavour): { 'actors.csv': string; 'links.csv': string } {
  const actors = [
    ['id', ...table.nodeColumns.map((c) => c.name)],
    ...table.nodes.map((n) => [n.id, ...table.nodeColumns.map((c) => n.attributes[c.name] ?? null)]),
  ];
  const links = [
    ['source', 'target', ...table.edgeColumns.map((c) => c.name)],
    ...table.edges.map((e) => [e.source, e.target, ...table.edgeColumns.map((c) => e.attributes[c.name] ?? null)]),
  ];
  return { 'actors.csv': csvText(actors, flavour), 'links.csv': csvText(links, flavour) };
}

export function csvText(rows: readonly (readonly Cell[])[], { excel, guard = true }: CsvFlavour): string {
  const delimiter = excel ? ';' : ',';
  const newline = excel ? '\r\n' : '\n';
  const body = rows.map((row) => row.map((cell) => csvCell(cell, delimiter, excel, guard)).join(delimiter)).join(newline);
  return `${excel ? '\ufeff' : ''}${body}${newline}`;
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
