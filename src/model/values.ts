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
