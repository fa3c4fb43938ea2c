// A document as the text JSON.stringify(value, null, 2) would give, in
// pieces: the outer levels are laid out here and each element below them is
// stringified on its own, so a document of a million actors never has to be
// one string (V8 caps a string at about 512 MB) and the bytes are the same.

/** Levels laid out piece by piece; deeper values are stringified whole. */
const OUTER_LEVELS = 2;

export function* jsonChunks(value: unknown): Generator<string> {
  yield* pieces(value, '', OUTER_LEVELS);
  yield '\n';
}

/** Elements of an array laid out together: one stringify and one re-indent per this many, not per element. */
const SLICE = 512;

function* pieces(value: unknown, indent: string, levels: number): Generator<string> {
  const inner = `${indent}  `;
  if (levels === 1 && Array.isArray(value) && value.length > 0) {
    // Wrapped in as many objects as the array is deep, a slice comes out of JSON.stringify already indented as here.
    const depth = indent.length / 2;
    yield '[\n';
    for (let i = 0; i < value.length; i += SLICE) {
      let wrapped: unknown = value.slice(i, i + SLICE);
      for (let d = 0; d < depth; d++) wrapped = { _: wrapped };
      const text = JSON.stringify(wrapped, null, 2);
      yield text.slice(text.indexOf('[') + 2, text.lastIndexOf(']') - indent.length - 1);
      yield i + SLICE < value.length ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (levels > 0 && Array.isArray(value) && value.length > 0) {
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // As in JSON.stringify: an array keeps a place for what has no JSON form.
      yield* value[i] === undefined || typeof value[i] === 'function' ? ['null'] : pieces(value[i], inner, levels - 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (levels > 0 && isPlainRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length > 0) {
      yield '{\n';
      for (const [i, [key, v]] of entries.entries()) {
        yield `${inner}${JSON.stringify(key)}: `;
        yield* pieces(v, inner, levels - 1);
        yield i < entries.length - 1 ? ',\n' : '\n';
      }
      yield `${indent}}`;
      return;
    }
  }
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
