// Stage 2: the loaded document against schemas/ (ajv), each error turned into
// a located diagnostic in plain words.
import type { ErrorObject, ValidateFunction } from 'ajv';
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import { about, error, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import type { Locator, Path } from '../diagnostics/locator.js';
import { describe } from '../diagnostics/describe.js';
import { businessIdProblem } from './business-id.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { AJV_OPTIONS, ecosystemValidator } from './ecosystem-schema.js';
import { HELIX_ALIASES, KIND_ALIASES, LAYER_ALIASES, SECTOR_ALIASES, TASK_STATUS_ALIASES } from './vocabulary.js';

/** Written by scripts/generate-validator.js beside the built module (dist/model/), never in src/. */
const GENERATED = './ecosystem-validator.js';

/**
 * Built, the validator generated with eco: compiling the schemas took a fifth
 * of `eco validate examples/kauko`, and loading ajv's compiler more. Run from
 * source (src/model/schema-check.ts, as the unit tests are), the schemas
 * compiled (ecosystem-schema.ts).
 */
const validate: ValidateFunction = import.meta.url.endsWith('.ts')
  ? ecosystemValidator(new (await import('ajv')).Ajv(AJV_OPTIONS))
  : ((await import(GENERATED)) as { validate: ValidateFunction }).validate;

/** @param incomplete collections that could not be read; they count as empty lists here. */
export function checkSchema(document: Record<string, unknown>, locator: Locator, incomplete: ReadonlySet<string> = new Set()): Diagnostic[] {
  const complete = { ...document };
  for (const name of incomplete) complete[name] = [];
  if (validate(complete)) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const e of validate.errors ?? []) {
    const path = toPath(e.instancePath);
    // One complaint per value: a wrong type also fails its enum or pattern.
    const key = e.keyword === 'required' || e.keyword === 'additionalProperties' ? `${e.instancePath}/${JSON.stringify(e.params)}` : e.instancePath;
    if (seen.has(key)) continue;
    seen.add(key);
    const property = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty?: string }).additionalProperty) : undefined;
    diagnostics.push(about(toDiagnostic(e, path, locator), property === undefined ? path : [...path, property]));
  }
  return withoutUnmadeIds(diagnostics);
}

/** A row without an id would have had one made from its name or title (src/model/name-keys.ts): with neither, only the missing name is said. */
function withoutUnmadeIds(diagnostics: Diagnostic[]): Diagnostic[] {
  const isMissing = (d: Diagnostic, fields: readonly string[]): boolean => d.code === 'missing-field' && fields.includes(String(d.args['field']));
  const nameless = new Set(diagnostics.filter((d) => isMissing(d, ['name', 'title'])).map((d) => JSON.stringify(d.path)));
  if (nameless.size === 0) return diagnostics;
  return diagnostics.filter((d) => !(isMissing(d, ['id']) && nameless.has(JSON.stringify(d.path))));
}

function toPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const ENTITY_OF: Record<string, string> = {
  actors: 'this actor',
  links: 'this link',
  projects: 'this project',
  workPackages: 'this work package',
  events: 'this event',
  goals: 'this goal',
  indicators: 'this indicator',
  tasks: 'this task',
  history: 'this history entry',
  contacts: 'this contact',
  ecosystem: 'ecosystem',
};

function entityOf(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') {
      const entity = ENTITY_OF[segment];
      if (entity) return typeof path[i + 1] === 'number' || segment === 'ecosystem' ? entity : segment;
    }
  }
  return 'the manifest';
}

function fieldOf(path: Path): string {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (typeof last === 'number') return typeof before === 'string' ? `${before}[${last + 1}]` : `item ${last + 1}`;
  return last ?? 'the manifest';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a mapping of keys',
  null: 'empty',
};

const ALIASES: Record<string, Record<string, string>> = {
  sector: SECTOR_ALIASES,
  layer: LAYER_ALIASES,
  helix: HELIX_ALIASES,
  status: TASK_STATUS_ALIASES,
  kind: KIND_ALIASES,
};

function toDiagnostic(e: ErrorObject, path: Path, locator: Locator): Diagnostic {
  const field = fieldOf(path);
  const value = e.data;
  const at = locator.locate(path);
  switch (e.keyword) {
    case 'required': {
      const missing = String(e.params['missingProperty']);
      return error('missing-field', at, { entity: entityOf(path), field: missing });
    }
    case 'additionalProperties':
      return unknownField(e, path, locator);
    case 'const':
      return notTheConstant(e, path, at, field);
    case 'enum':
      return unknownValue(e, path, at, field);
    case 'type':
      return wrongType(e, at, field);
    case 'format':
      return wrongFormat(e, at, field);
    case 'exclusiveMinimum':
      return error('out-of-range', at, { field, value: String(value), limit: `greater than ${String(e.params['limit'])}` });
    case 'minimum':
      return error('out-of-range', at, { field, value: String(value), limit: `at least ${String(e.params['limit'])}` });
    case 'pattern':
    case 'minLength':
      if (isSlugSchema(e)) return error('invalid-slug', at, { field, value: String(value) });
      if (isIdSchema(e)) return error('invalid-id', at, { field, value: String(value) });
      return error('invalid-value', at, { field, detail: 'it must not be empty' });
    case 'not':
      if (isIdSchema(e) || isSlugSchema(e)) return error('reserved-id', at, { field, value: String(value) });
      return error('invalid-value', at, { field, detail: e.message ?? e.keyword });
    case 'maxLength':
      return error('invalid-value', at, { field, detail: `it is longer than ${String(e.params['limit'])} characters` });
    default:
      return error('invalid-value', at, { field, detail: e.message ?? e.keyword });
  }
}

function unknownField(e: ErrorObject, path: Path, locator: Locator): Diagnostic {
  const extra = String(e.params['additionalProperty']);
  const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  return error('unknown-field', locator.locate([...path, extra], { key: true }), {
    field: extra,
    entity: entityOf(path),
    suggestion: didYouMean(extra, known),
  });
}

function notTheConstant(e: ErrorObject, path: Path, at: SourceLocation, field: string): Diagnostic {
  const value = e.data;
  if (path.length === 1 && path[0] === 'schema') {
    return error('schema-version', at, { found: typeof value === 'string' ? value : describe(value), expected: String(e.params['allowedValue']) });
  }
  return error('invalid-value', at, { field, detail: `it must be ${JSON.stringify(e.params['allowedValue'])}` });
}

function unknownValue(e: ErrorObject, path: Path, at: SourceLocation, field: string): Diagnostic {
  const value = e.data;
  const allowed = (e.params['allowedValues'] as string[]) ?? [];
  const aliases = ALIASES[String(path[path.length - 1])] ?? {};
  const close = didYouMean(String(value), [...allowed, ...Object.keys(aliases)]);
  return error('unknown-value', at, { field, value: String(value), allowed: allowed.join(', '), suggestion: close });
}

function wrongType(e: ErrorObject, at: SourceLocation, field: string): Diagnostic {
  const expected = String(e.params['type'])
    .split(',')
    .map((t) => TYPE_WORDS[t] ?? t)
    .join(' or ');
  return error('wrong-type', at, { field, expected, found: describe(e.data) });
}

function wrongFormat(e: ErrorObject, at: SourceLocation, field: string): Diagnostic {
  const value = e.data;
  const format = String(e.params['format']);
  if (format === 'fi-business-id') {
    const problem = businessIdProblem(String(value));
    return error('invalid-business-id', at, {
      value: String(value),
      reason: problem?.reason,
      expected: problem?.reason === 'checksum' ? problem.expected : undefined,
    });
  }
  const form = format === 'date' ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD';
  return error('invalid-date', at, { field, value: String(value), form });
}

function isIdSchema(e: ErrorObject): boolean {
  return e.schemaPath.includes('definitions/id') || (e.parentSchema as { pattern?: string } | undefined)?.pattern === defsSchema.definitions.id.pattern;
}

function isSlugSchema(e: ErrorObject): boolean {
  return (e.parentSchema as { pattern?: string } | undefined)?.pattern === defsSchema.definitions.slug.pattern;
}
