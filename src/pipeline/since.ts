// `eco status --since <old>`: what changed since an earlier snapshot, compared
// with the ecosystem as it is now.
import type { MapAnalysis } from '../analysis/map-analysis.js';
import { type DiffResult, diffSnapshots, type Snapshot } from '../analysis/snapshot-diff.js';
import type { Ecosystem } from '../model/schema-types.js';
import { type LoadValid, loadSnapshot, snapshotOf } from './snapshot.js';

export interface Since {
  /** The earlier snapshot as the user named it. */
  label: string;
  before: Snapshot;
  diff: DiffResult;
  /** The files of the earlier snapshot. */
  inputs: string[];
}

/** The change, or null when the old snapshot is invalid (its errors were said by `load`). */
export async function changeSince(
  old: string,
  ecosystem: Ecosystem,
  analysis: MapAnalysis,
  asOf: string,
  load: LoadValid,
  warn: (message: string) => void,
): Promise<Since | null> {
  const loaded = await loadSnapshot(old, asOf, load, warn);
  if (!loaded) return null;
  const diff = diffSnapshots(loaded.snapshot, snapshotOf('', ecosystem, analysis, asOf));
  return { label: old, before: loaded.snapshot, diff, inputs: loaded.inputs };
}
