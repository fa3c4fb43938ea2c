// The TypeScript types are generated from the schemas; this fails when they drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { generateTypes, TYPES_FILE } from '../../../scripts/generate-types.js';

describe('src/model/schema-types.ts', () => {
  it('is what the schemas generate (run `npm run gen:types` after changing a schema)', async () => {
    expect(readFileSync(TYPES_FILE as string, 'utf8')).toBe(await (generateTypes as () => Promise<string>)());
  });
});
