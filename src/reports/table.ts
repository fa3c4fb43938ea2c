// A table as plain data, laid out by the templates (an HTML table, or an
// aligned Markdown table by the mdTable helper).

export type Align = 'left' | 'right';

export interface Table {
  header: string[];
  align: Align[];
  rows: string[][];
}

export function table(header: string[], rows: string[][], align?: Align[]): Table {
  return { header, rows, align: align ?? header.map((_, i) => (i === 0 ? 'left' : 'right')) };
}
