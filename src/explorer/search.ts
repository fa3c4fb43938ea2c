// Finding actors by name as the reader types: case, accents and spacing
// aside; names that start with the query first, then names with a word that
// does, then names that hold it; the more central first within each.

export function normalised(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Up to `limit` actors whose name matches `query`; `names` already normalised, `rank` the actors most central first. */
export function matches(query: string, names: readonly string[], rank: readonly number[], limit: number): number[] {
  const q = normalised(query);
  if (q === '') return [];
  const tiers: number[][] = [[], [], []];
  for (const i of rank) {
    const name = names[i]!;
    const at = name.indexOf(q);
    if (at === -1) continue;
    const tier = at === 0 ? 0 : name.includes(` ${q}`) || name.includes(`-${q}`) ? 1 : 2;
    if (tiers[0]!.length >= limit && tier > 0) continue;
    tiers[tier]!.push(i);
  }
  return [...tiers[0]!, ...tiers[1]!, ...tiers[2]!].slice(0, limit);
}
