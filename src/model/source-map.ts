// Finds where any value of a loaded ecosystem came from: the manifest, or the
// CSV or YAML file that one of its collections was read from.
import type { SourceLocation } from '../diagnostics/diagnostic.js';

import type { Locator, Path } from '../diagnostics/locator.js';

export class SourceMap implements Locator {
  private readonly collections = new Map<string, Locator>();

  constructor(private readonly manifest: Locator) {}

  setCollection(name: string, locator: Locator): void {
    this.collections.set(name, locator);
  }

  locate(path: Path, options?: { key?: boolean }): SourceLocation {
    const [head, ...rest] = path;
    const collection = typeof head === 'string' ? this.collections.get(head) : undefined;
    if (collection && rest.length > 0) return collection.locate(rest, options);
    return this.manifest.locate(path, options);
  }
}

/** A CSV file or a workbook's sheet: rows of cells with a place each. */
export interface LocatableTable {
  file: string;
  sheet?: string;
  locateRow(row: number): SourceLocation;
  locateCell(row: number, column: number): SourceLocation;
}

/** Locates `[row, field, …]` in a table whose fields came from the given columns. */
export function tableLocator(table: LocatableTable, columnOf: ReadonlyMap<string, number>): Locator {
  return {
    locate(path) {
      const [row, field] = path;
      if (typeof row !== 'number') return table.sheet === undefined ? { file: table.file } : { file: table.file, sheet: table.sheet };
      const column = typeof field === 'string' ? columnOf.get(field) : undefined;
      return column === undefined ? table.locateRow(row) : table.locateCell(row, column);
    },
  };
}

/** A locator for a file with no finer positions (e.g. a folder read as an ecosystem). */
export function fileLocator(file: string): Locator {
  return { locate: () => ({ file }) };
}
