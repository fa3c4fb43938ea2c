// Loads one snapshot of an ecosystem for `eco diff` and `eco status --since`:
// a folder, a manifest or git:REV:path; validated, mapped and its goals scored.
import { goalStatus } from '../analysis/goal-status.js';
import { mapEcosystemParallel, type MapAnalysis } from '../analysis/map-analysis.js';
import type { Snapshot } from '../analysis/snapshot-diff.js';
import { DEFAULT_SEED } from '../analysis/random.js';
import { isGitInput, materialiseGitInput } from '../io/git-snapshot.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';

/** The snapshot, and the files it was read from (none for git:, read from temporary copies). */
export async function loadSnapshot(
  input: string,
  options: { asOf: string; quiet: boolean },
  out: Output,
): Promise<{ snapshot: Snapshot; inputs: string[] } | undefined> {
  const git = isGitInput(input) ? await materialiseGitInput(input) : undefined;
  if (!options.quiet) for (const w of git?.warnings ?? []) out.stderr(`${input}: warning: ${w}\n`);
  let valid: Awaited<ReturnType<typeof loadValid>>;
  try {
    valid = await loadValid(git?.input ?? input, { ...(git && { display: git.display }), asOf: options.asOf, quiet: options.quiet }, out);
  } finally {
    // Everything is read: the temporary copy goes before the long computation.
    await git?.dispose();
  }
  if (!valid) return undefined;
  const analysis = await mapEcosystemParallel(valid.ecosystem, { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED, asOf: options.asOf });
  return { snapshot: snapshotOf(input, valid.ecosystem, analysis, options.asOf), inputs: git ? [] : valid.inputs };
}

export function snapshotOf(label: string, ecosystem: Ecosystem, analysis: MapAnalysis, asOf: string): Snapshot {
  return { label, ecosystem, analysis, status: goalStatus(ecosystem, analysis.result, asOf) };
}
