// Finding actors by name as the reader types: case, accents and spacing
// aside; the name itself first, then names whose first word is the query,
// names that start with it, names with a word that does, names that hold it,
// and last actors in a municipality of that name; the more central first
// within each.

export function normalised(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Up to `limit` actors that match `query`; `names` and `cities` already normalised, `rank` the actors most central first. */
export function matches(query: string, names: readonly string[], rank: readonly number[], limit: number, cities: readonly string[] = []): number[] {
  const q = normalised(query);
  if (q === '') return [];
  const tiers: number[][] = [[], [], [], [], [], []];
  const wordEnd = (text: string, at: number): boolean => at >= text.length || /[\s,.()-]/.test(text[at]!);
  for (const i of rank) {
    const name = names[i]!;
    const at = name.indexOf(q);
    let tier: number;
    if (at === -1) {
      if (cities[i] !== q) continue;
      tier = 5;
    } else if (name === q) tier = 0;
    else if (at === 0) tier = wordEnd(name, q.length) ? 1 : 2;
    else tier = name.includes(` ${q}`) || name.includes(`-${q}`) ? 3 : 4;
    tiers[tier]!.push(i);
  }
  return tiers.flat().slice(0, limit);
}
