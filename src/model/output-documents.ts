// The documents eco writes (eco-map, eco-status, eco-diff, eco-trend, eco-suggest), checked against
// their schemas when one is read back (`eco report saved.json`): a document
// another program changed, or one of another kind, is refused in one line
// rather than laid out wrong.
import { Ajv, type ValidateFunction } from 'ajv';
import actorSchema from '../../schemas/actor.schema.json' with { type: 'json' };
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import ecoDiffSchema from '../../schemas/eco-diff.schema.json' with { type: 'json' };
import ecoMapSchema from '../../schemas/eco-map.schema.json' with { type: 'json' };
import ecoStatusSchema from '../../schemas/eco-status.schema.json' with { type: 'json' };
import ecoSuggestSchema from '../../schemas/eco-suggest.schema.json' with { type: 'json' };
import ecoTrendSchema from '../../schemas/eco-trend.schema.json' with { type: 'json' };
import { UsageError } from '../diagnostics/errors.js';
import type { EcoDiff, EcoMap, EcoStatus, EcoSuggest, EcoTrend } from './document-types.js';

export type OutputDocument = EcoMap | EcoStatus | EcoDiff | EcoTrend | EcoSuggest;

const SCHEMA_OF: Record<OutputDocument['schema'], string> = {
  'eco-map/v1': 'eco-map.schema.json',
  'eco-status/v1': 'eco-status.schema.json',
  'eco-diff/v1': 'eco-diff.schema.json',
  'eco-trend/v1': 'eco-trend.schema.json',
  'eco-suggest/v1': 'eco-suggest.schema.json',
};

let ajv: Ajv | undefined;

function validatorFor(id: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false });
    ajv.addSchema([defsSchema, actorSchema, ecoMapSchema, ecoDiffSchema, ecoStatusSchema, ecoTrendSchema, ecoSuggestSchema]);
  }
  return ajv.getSchema(id)!;
}

/** The document, when it is one eco wrote; else a UsageError saying why not. */
export function checkOutputDocument(value: unknown, file: string): OutputDocument {
  const kind = value !== null && typeof value === 'object' ? (value as { schema?: unknown }).schema : undefined;
  if (typeof kind !== 'string' || !(kind in SCHEMA_OF)) {
    throw new UsageError(
      `${file} is no document eco wrote (its "schema" is ${JSON.stringify(kind ?? null)}; eco report lays out ${Object.keys(SCHEMA_OF).join(', ')})`,
    );
  }
  const validate = validatorFor(SCHEMA_OF[kind as OutputDocument['schema']]);
  if (!validate(value)) {
    const e = validate.errors?.[0];
    throw new UsageError(`${file} is not a whole ${kind} document: ${e?.instancePath || '/'} ${e?.message ?? 'does not match its schema'}`);
  }
  return value as OutputDocument;
}

/** Whether a value is a valid document of its kind: for the tests of every document eco writes. */
export function outputDocumentProblems(value: unknown): string[] {
  const kind = (value as { schema?: string } | null)?.schema;
  if (typeof kind !== 'string' || !(kind in SCHEMA_OF)) return [`no known schema: ${String(kind)}`];
  const validate = validatorFor(SCHEMA_OF[kind as OutputDocument['schema']]);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
