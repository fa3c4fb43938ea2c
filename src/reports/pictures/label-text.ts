// A name short enough for a label: cut only between words, never inside one,
// and marked with "…" so the reader knows there is more (the full name goes in
// the label's <title>).

/** Characters a shortened name should not end on before its "…": "Oy -…", "Tampere,…". */
const DANGLING = /[\s\-–—,;:/(&+]+$/u;

/**
 * `text` as it is when it has at most `max` characters; otherwise its longest
 * run of whole words that, with "…", has at most `max` characters. A first
 * word longer than that is kept whole: a cut word reads as another word.
 */
export function shortenLabel(text: string, max: number): { text: string; shortened: boolean } {
  const whole = text.trim().replace(/\s+/g, ' ');
  if ([...whole].length <= max) return { text: whole, shortened: false };
  const words = whole.split(' ');
  let kept = words[0]!;
  for (const word of words.slice(1)) {
    const next = `${kept} ${word}`;
    if ([...next.replace(DANGLING, '')].length + 1 > max) break;
    kept = next;
  }
  const trimmed = kept.replace(DANGLING, '');
  return { text: `${trimmed === '' ? kept : trimmed}…`, shortened: true };
}
