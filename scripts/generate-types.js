// Generates src/model/schema-types.ts from schemas/*.schema.json, so the
// TypeScript types never drift from the schemas (a test regenerates and compares).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TYPES_FILE = `${root}src/model/schema-types.ts`;

export async function generateTypes() {
  // The manifest references every entity schema, so one compile declares each type once.
  const schema = JSON.parse(await readFile(`${root}schemas/ecosystem.schema.json`, 'utf8'));
  return compile(schema, schema.title, {
    bannerComment: '// Generated from schemas/*.schema.json by `npm run gen:types`; do not edit by hand.',
    cwd: `${root}schemas`,
    declareExternallyReferenced: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(TYPES_FILE, await generateTypes());
  console.log(`wrote ${TYPES_FILE}`);
}
