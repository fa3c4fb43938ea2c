// `--pool <input>` (eco suggest, eco map): the wider networks candidates come
// from, each any eco input, loaded and checked as the command's own input is.
// A pool with errors stops the run as the ecosystem's own errors do.
import type { PoolSource } from '../analysis/suggest/suggest.js';
import type { Output } from './exit-codes.js';
import { loadValid } from './load-valid.js';

/** The pools, and every file read for them; undefined when one is invalid (its errors printed). */
export async function loadPools(inputs: readonly string[], out: Output): Promise<{ sources: PoolSource[]; read: string[] } | undefined> {
  const sources: PoolSource[] = [];
  const read: string[] = [];
  for (const input of inputs) {
    // A pool's warnings (no orchestrator, likely duplicates) are its keepers' business, not this report's; its errors stop the run.
    const valid = await loadValid(input, { asOf: null, quiet: true }, out);
    if (!valid) return undefined;
    sources.push({ label: valid.ecosystem.ecosystem.name, ecosystem: valid.ecosystem });
    read.push(...valid.inputs);
  }
  return { sources, read };
}
