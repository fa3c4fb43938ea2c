// `eco status --since <old>`: what changed since an earlier snapshot, compared
// with the ecosystem as it is now — like with like: when one side is a network
// of ecosystems and the other a single inventory, that inventory is compared
// with the same member of the network (by its ecosystem id) if it is one,
// else with the network's own inventory — never with its members combined
// (which would count every member's actors as having joined).
import type { MapAnalysis } from '../analysis/map-analysis.js';
import { type DiffResult, diffSnapshots, type Snapshot } from '../analysis/snapshot-diff.js';
import type { Ecosystem } from '../model/schema-types.js';
import { type LoadValid, loadSnapshot, snapshotMapped, snapshotOf } from './snapshot.js';

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
  now: { ecosystem: Ecosystem; analysis: MapAnalysis; own: Ecosystem | null; members?: readonly { id: string; ecosystem: Ecosystem }[] },
  asOf: string,
  load: LoadValid,
  warn: (message: string) => void,
): Promise<Since | null> {
  const loaded = await loadSnapshot(old, asOf, load, warn);
  if (!loaded) return null;
  const oldIsNetwork = loaded.own !== null;
  const nowIsNetwork = now.own !== null;
  const sameMember = oldIsNetwork && !nowIsNetwork ? loaded.member(now.ecosystem.ecosystem.id) : null;
  const before = !oldIsNetwork || nowIsNetwork ? loaded.snapshot : sameMember ? await sameMember() : await loaded.own!();
  const nowMember = !oldIsNetwork && nowIsNetwork ? now.members?.find((m) => m.id === loaded.snapshot.ecosystem.ecosystem.id) : undefined;
  const after =
    oldIsNetwork || !nowIsNetwork
      ? snapshotOf('', now.ecosystem, now.analysis, asOf)
      : await snapshotMapped('', nowMember ? nowMember.ecosystem : now.own!, asOf);
  return { label: old, before, diff: diffSnapshots(before, after), inputs: loaded.inputs };
}
