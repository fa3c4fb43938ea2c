// The phases of a run, each measured with the User Timing API
// (performance.measure: next to no cost), so a profile of where the time
// goes needs no other build: `ECO_PROFILE=1 eco map …` prints them on stderr
// (bench/phases.mjs gathers them into a table). Nothing measured here reaches
// an output document.

export function phase<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`eco:${name}`, { start });
  }
}

export async function phaseAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`eco:${name}`, { start });
  }
}

/** The phases measured so far, in the order they ended, with their milliseconds (a phase run twice is summed). */
function phaseTimes(): { phase: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const entry of performance.getEntriesByType('measure')) {
    if (!entry.name.startsWith('eco:')) continue;
    const name = entry.name.slice(4);
    totals.set(name, (totals.get(name) ?? 0) + entry.duration);
  }
  return [...totals].map(([phase, ms]) => ({ phase, ms }));
}

/** The phases as lines of `phase<TAB>milliseconds`, for stderr. */
export function phaseTable(): string {
  return phaseTimes()
    .map((p) => `phase\t${p.phase}\t${p.ms.toFixed(1)}\n`)
    .join('');
}
