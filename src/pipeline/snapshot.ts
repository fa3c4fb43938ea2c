// One snapshot of an ecosystem for `eco diff`, `eco status --since` and `eco trend`: a
// folder, a manifest or git:REV:path; validated, mapped and its goals scored.
import path from 'node:path';
import { goalStatus } from '../analysis/goal-status.js';
import { type MapAnalysis, mapEcosystemParallel } from '../analysis/map-analysis.js';
import { DEFAULT_SEED } from '../analysis/random.js';
import type { Snapshot } from '../analysis/snapshot-diff.js';
import { isGitInput, materialiseGitInput } from '../io/git-snapshot.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { ValidEcosystem } from './check-ecosystem.js';

/** Loads and checks an input (the command's own, which says what it must on stderr); undefined when it is invalid. */
export type LoadValid = (input: string, display?: (absolute: string) => string) => Promise<ValidEcosystem | undefined>;

/**
 * The snapshot, and the files it was read from (none for git:, read from temporary copies).
 * @param warn hears what a git revision holds that eco leaves out (links, submodules)
 */
export async function loadSnapshot(
  input: string,
  asOf: string,
  load: LoadValid,
  warn: (message: string) => void,
): Promise<
  | {
      snapshot: Snapshot;
      inputs: string[];
      /** For a network of ecosystems: its own inventory, and each member's by its ecosystem id; null otherwise. */
      own: (() => Promise<Snapshot>) | null;
      member: (id: string) => (() => Promise<Snapshot>) | null;
    }
  | undefined
> {
  const loaded = await loadSnapshotInput(input, load, warn);
  if (!loaded) return undefined;
  const { valid, inputs } = loaded;
  const label = snapshotLabel(input, valid.ecosystem);
  const snapshot = await snapshotMapped(label, valid.ecosystem, asOf);
  const own = valid.network?.own;
  const members = new Map((valid.network?.members ?? []).map((m) => [m.id, m.ecosystem]));
  return {
    snapshot,
    inputs,
    own: own ? () => snapshotMapped(label, own, asOf) : null,
    member: (id) => {
      const ecosystem = members.get(id);
      return ecosystem ? () => snapshotMapped(label, ecosystem, asOf) : null;
    },
  };
}

/**
 * What a report calls a snapshot: when its data was gathered
 * (`ecosystem.collected`), else the revision as the user named it
 * (git:v2025.06:… → v2025.06), else its folder's name — never a path.
 */
function snapshotLabel(input: string, ecosystem: Ecosystem): string {
  if (ecosystem.ecosystem.collected) return ecosystem.ecosystem.collected;
  const revision = /^git:([^:]+):/.exec(input)?.[1];
  if (revision) return revision;
  const trimmed = input.replace(/[\\/]+$/, '');
  const named = /\.(ya?ml|json|csv|xlsx)$/i.test(trimmed) ? path.dirname(trimmed) : trimmed;
  return path.basename(path.resolve(named));
}

/** The valid ecosystem of a folder, a manifest or git:REV:path, and the files it was read from (none for git:). */
export async function loadSnapshotInput(
  input: string,
  load: LoadValid,
  warn: (message: string) => void,
): Promise<{ valid: ValidEcosystem; inputs: string[] } | undefined> {
  const git = isGitInput(input) ? await materialiseGitInput(input) : undefined;
  for (const w of git?.warnings ?? []) warn(`${input}: warning: ${w}`);
  let valid: ValidEcosystem | undefined;
  try {
    valid = await load(git?.input ?? input, git?.display);
  } finally {
    // Everything is read: the temporary copy goes before the long computation.
    await git?.dispose();
  }
  return valid && { valid, inputs: git ? [] : valid.inputs };
}

/** A snapshot of an ecosystem, mapped with the defaults both sides of a comparison share. */
export async function snapshotMapped(label: string, ecosystem: Ecosystem, asOf: string): Promise<Snapshot> {
  const analysis = await mapEcosystemParallel(ecosystem, { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED, asOf });
  return snapshotOf(label, ecosystem, analysis, asOf);
}

export function snapshotOf(label: string, ecosystem: Ecosystem, analysis: MapAnalysis, asOf: string): Snapshot {
  return { label, ecosystem, analysis, status: goalStatus(ecosystem, analysis.result, asOf) };
}
