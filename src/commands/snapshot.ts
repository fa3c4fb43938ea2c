// Loads one snapshot of an ecosystem for `eco diff` and `eco status --since`:
// a folder, a manifest or git:REV:path; validated, mapped and its goals scored.
import { goalStatus } from '../analysis/goal-status.js';
import { mapEcosystemParallel, type MapAnalysis } from '../analysis/map-analysis.js';
import type { Snapshot } from '../analysis/snapshot-diff.js';
import { isGitInput, materialiseGitInput } from '../io/git-snapshot.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';

export async function loadSnapshot(input: string, options: { asOf: string; quiet: boolean }, out: Output): Promise<Snapshot | undefined> {
  const git = isGitInput(input) ? await materialiseGitInput(input) : undefined;
  try {
    const valid = await loadValid(git?.input ?? input, { ...(git && { display: git.display }), asOf: options.asOf, quiet: options.quiet }, out);
    if (!valid) return undefined;
    return snapshotOf(input, valid.ecosystem, await mapEcosystemParallel(valid.ecosystem, { directed: false, links: 'all', exact: false, seed: 42 }), options.asOf);
  } finally {
    await git?.dispose();
  }
}

export function snapshotOf(label: string, ecosystem: Ecosystem, analysis: MapAnalysis, asOf: string): Snapshot {
  return { label, ecosystem, analysis, status: goalStatus(ecosystem, analysis.result, asOf) };
}
