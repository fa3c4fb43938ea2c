// A value described in words, for messages: `the text "abc"`, `a list`, `the number 5`.

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/**
 * What describe() said, in Finnish (`teksti "abc"`, `luettelo`, `luku 5`). The
 * English stays in a diagnostic's args, which `--format json` keeps the same in
 * every language; the Finnish sentence turns it.
 */
export function describedInFinnish(described: string): string {
  const fixed: Record<string, string> = { empty: 'tyhjä', 'a list': 'luettelo', 'a mapping': 'avain–arvo-rakenne' };
  if (fixed[described] !== undefined) return fixed[described];
  const m = /^(the text|the number|boolean|bigint) ([\s\S]*)$/.exec(described);
  if (!m) return described;
  const word: Record<string, string> = { 'the text': 'teksti', 'the number': 'luku', boolean: 'totuusarvo', bigint: 'luku' };
  return `${word[m[1]!]} ${m[2]}`;
}
