// Small facts about unvalidated values, shared by the loader and the checks.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A slug of a name (an ecosystem id): lower-case ASCII letters, digits and hyphens; "Äänekoski" → "aanekoski". */
export function slugify(name: string, fallback: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}

/** A value described in words, for messages: `the text "abc"`, `a list`, `the number 5`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
