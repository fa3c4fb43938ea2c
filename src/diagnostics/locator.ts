// Where a value of the input is written, and something that can say so.

export interface SourceLocation {
  file: string;
  /** The sheet of a workbook; line is then its row number and col its column (1 = A). */
  sheet?: string;
  /** 1-based; absent when the problem is about a whole file or folder. */
  line?: number;
  col?: number;
}

/** A path into a loaded document: keys and list indexes. */
export type Path = readonly (string | number)[];

export interface Locator {
  /** Where the value at `path` is; with `key`, where its key is. Falls back to the nearest parent found. */
  locate(path: Path, options?: { key?: boolean }): SourceLocation;
}
