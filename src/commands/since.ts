// `eco status --since <old>`: the headline of what changed since an earlier snapshot.
import type { MapAnalysis } from '../analysis/map-analysis.js';
import { diffSnapshots, type DiffResult } from '../analysis/snapshot-diff.js';
import type { Ecosystem } from '../model/schema-types.js';
import { diffHeadline } from '../reports/diff-view.js';
import type { Lang } from '../reports/i18n/index.js';
import type { Output } from './exit-codes.js';
import { loadSnapshot, snapshotOf } from './snapshot.js';

export interface Since {
  date: string;
  lines: string[];
  diff: DiffResult;
  /** The files of the earlier snapshot. */
  inputs: string[];
}

/** The headline, or null when the old snapshot is invalid (its errors are printed). */
export async function sinceHeadline(
  old: string,
  ecosystem: Ecosystem,
  analysis: MapAnalysis,
  options: { lang: Lang; asOf: string; quiet: boolean },
  out: Output,
): Promise<Since | null> {
  const loaded = await loadSnapshot(old, { asOf: options.asOf, quiet: options.quiet }, out);
  if (!loaded) return null;
  const before = loaded.snapshot;
  const diff = diffSnapshots(before, snapshotOf('', ecosystem, analysis, options.asOf));
  const names = new Map([...before.ecosystem.actors, ...ecosystem.actors].map((a) => [a.id, a.name]));
  return { date: old, lines: diffHeadline(diff, options.lang, names), diff, inputs: loaded.inputs };
}
