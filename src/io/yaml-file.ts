// Parses YAML keeping the document, so any value's file, line and column can
// be found later, only when a diagnostic needs it.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { error, warning, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import type { Locator, Path } from '../diagnostics/locator.js';

export interface YamlFile extends Locator {
  value: unknown;
}

/** Aliases a document may expand; a few hundred is plenty for hand-written YAML. */
const MAX_ALIAS_COUNT = 1000;

export function parseYaml(text: string, file: string): { yaml?: YamlFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  if (doc.errors.length > 0) {
    return { diagnostics: doc.errors.map((e) => yamlError(e.code, e.message, at(e.pos[0]), text, e.pos[0])) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      return { diagnostics: [error('yaml-alias-limit', firstAlias(doc, at) ?? { file })] };
    }
    throw e;
  }
  const yaml: YamlFile = { value, locate: (path, options) => locate(doc, path, options?.key ?? false, at, file) };
  const repaired: Path[] = [];
  yaml.value = repairSurrogates(value, [], repaired);
  return { yaml, diagnostics: repaired.map((path) => warning('text-lone-surrogate', yaml.locate(path))) };
}

/**
 * A YAML escape can write half of a surrogate pair ("\uD800"), which no UTF-8
 * output can hold: each is replaced with U+FFFD, and where it was is noted.
 */
function repairSurrogates(value: unknown, path: (string | number)[], repaired: Path[]): unknown {
  if (typeof value === 'string') {
    if (value.isWellFormed()) return value;
    repaired.push([...path]);
    return value.toWellFormed();
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = repairSurrogates(value[i], [...path, i], repaired);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = repairSurrogates(record[key], [...path, key], repaired);
  }
  return value;
}

function yamlError(code: string, message: string, location: SourceLocation, text: string, offset: number): Diagnostic {
  if (code === 'TAB_AS_INDENT') return error('yaml-tab-indent', location);
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? '';
    return error('yaml-duplicate-key', location, { key });
  }
  const detail = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  return error('yaml-syntax', location, { detail: lowerFirst(detail) });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function firstAlias(doc: Document, at: (offset: number) => SourceLocation): SourceLocation | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? undefined : at(offset);
}

function locate(doc: Document, path: Path, wantKey: boolean, at: (offset: number) => SourceLocation, file: string): SourceLocation {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    let next: unknown;
    let nextKey: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      next = pair?.value;
      nextKey = pair?.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined && nextKey === undefined) break;
    node = next ?? nextKey;
    keyNode = nextKey;
  }
  const target = (wantKey && keyNode ? keyNode : node) as Node | undefined;
  const offset = target?.range?.[0];
  return offset === undefined ? { file } : at(offset);
}
