// Something that can say where a value of the input is written.
import type { SourceLocation } from './diagnostic.js';

/** A path into a loaded document: keys and list indexes. */
export type Path = readonly (string | number)[];

export interface Locator {
  /** Where the value at `path` is; with `key`, where its key is. Falls back to the nearest parent found. */
  locate(path: Path, options?: { key?: boolean }): SourceLocation;
}
