// Keys that could reach Object.prototype if input were ever merged into a
// plain object. eco builds no object from them; they are rejected outright.
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locator, Path } from '../diagnostics/locator.js';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return UNSAFE.has(key);
}

/** Removes unsafe keys anywhere in `value`, reporting each at its key. */
export function dropUnsafeKeys(value: unknown, locator: Locator, path: Path = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const walk = (node: unknown, at: Path): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...at, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (isUnsafeKey(key)) {
          diagnostics.push(error('unsafe-key', locator.locate([...at, key], { key: true }), { key }));
          delete (node as Record<string, unknown>)[key];
        } else {
          walk((node as Record<string, unknown>)[key], [...at, key]);
        }
      }
    }
  };
  walk(value, path);
  return diagnostics;
}
