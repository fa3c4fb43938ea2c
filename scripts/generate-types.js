// Generates the TypeScript types from schemas/*.schema.json, so they never
// drift from the schemas (a test regenerates and compares):
// src/model/schema-types.ts for the input (the manifest and its entities),
// src/model/document-types.ts for the documents eco writes (eco-map,
// eco-status, eco-diff, eco-trend).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TYPES_FILE = `${root}src/model/schema-types.ts`;
export const DOCUMENT_TYPES_FILE = `${root}src/model/document-types.ts`;

const OPTIONS = {
  cwd: `${root}schemas`,
  declareExternallyReferenced: true,
  additionalProperties: false,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true, printWidth: 100 },
};

export async function generateTypes() {
  // The manifest references every entity schema, so one compile declares each type once.
  const schema = JSON.parse(await readFile(`${root}schemas/ecosystem.schema.json`, 'utf8'));
  return compile(schema, schema.title, { ...OPTIONS, bannerComment: '// Generated from schemas/*.schema.json by `npm run gen:types`; do not edit by hand.' });
}

export async function generateDocumentTypes() {
  // One schema that names all the documents, so a type they share is declared once.
  const documents = {
    title: 'EcoDocuments',
    type: 'object',
    additionalProperties: false,
    properties: {
      map: { $ref: 'eco-map.schema.json' },
      status: { $ref: 'eco-status.schema.json' },
      diff: { $ref: 'eco-diff.schema.json' },
      trend: { $ref: 'eco-trend.schema.json' },
      suggest: { $ref: 'eco-suggest.schema.json' },
    },
  };
  const banner = [
    '// Generated from schemas/eco-*.schema.json by `npm run gen:types`; do not edit by hand.',
    "import type { Helix, Layer, Sector } from './schema-types.js';",
    '',
  ].join('\n');
  const ts = await compile(documents, 'EcoDocuments', { ...OPTIONS, bannerComment: banner });
  return withoutRepeats(ts)
    .replace(/\/\*\*\n(?: \*.*\n)*? \*\/\nexport interface EcoDocuments \{[\s\S]*?\n\}\n/, '')
    .replace(/export interface EcoDocuments \{[\s\S]*?\n\}\n/, '')
    .replace(/export type (Helix|Layer|Sector|TaskStatus) =[^;]*;\n/g, '');
}

/** A type reached by two paths is declared twice (Name, Name1): keep the first, and point to it. */
function withoutRepeats(ts) {
  const declarations = [...ts.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)?export interface (\w+) (\{[\s\S]*?\n\})\n/g)];
  const byBody = new Map();
  let out = ts;
  for (const [whole, , name, body] of declarations) {
    const first = byBody.get(body);
    if (first === undefined) {
      byBody.set(body, name);
      continue;
    }
    out = out.replace(whole, '').replace(new RegExp(`\\b${name}\\b`, 'g'), first);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(TYPES_FILE, await generateTypes());
  await writeFile(DOCUMENT_TYPES_FILE, await generateDocumentTypes());
  console.log(`wrote ${TYPES_FILE} and ${DOCUMENT_TYPES_FILE}`);
}
