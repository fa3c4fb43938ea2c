// The ecosystem check's ajv options, formats and schemas, in one place for the
// two ways schema-check.ts gets its validator: generated when eco is built
// (scripts/generate-validator.js writes dist/model/ecosystem-validator.js),
// or, run from source, compiled here. Both are the code ajv makes of the same
// schemas, so they report the same errors.
import type { Ajv, FormatDefinition, Options, ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import actorSchema from '../../schemas/actor.schema.json' with { type: 'json' };
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import ecosystemSchema from '../../schemas/ecosystem.schema.json' with { type: 'json' };
import eventSchema from '../../schemas/event.schema.json' with { type: 'json' };
import goalSchema from '../../schemas/goal.schema.json' with { type: 'json' };
import linkSchema from '../../schemas/link.schema.json' with { type: 'json' };
import projectSchema from '../../schemas/project.schema.json' with { type: 'json' };
import { businessIdProblem } from './business-id.js';

/**
 * The formats the schemas name; the generated validator imports them from here.
 * @public (for dist/model/ecosystem-validator.js, which is generated)
 */
export const FORMATS: Record<string, FormatDefinition<string>> = {
  date: fullFormats.date as FormatDefinition<string>,
  'partial-date': {
    type: 'string',
    validate: (value: string) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
      if (!m) return false;
      if (m[2] === undefined) return true;
      const month = Number(m[2]);
      if (month < 1 || month > 12) return false;
      if (m[3] === undefined) return true;
      const day = Number(m[3]);
      return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    },
  },
  'fi-business-id': { type: 'string', validate: (value: string) => businessIdProblem(value) === undefined },
};

/** The check's ajv options; the generator adds its own (code: source). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false } as const satisfies Options;

/** The validator of an ecosystem document, made by an ajv made with AJV_OPTIONS. */
export function ecosystemValidator(ajv: Ajv): ValidateFunction {
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema([defsSchema, actorSchema, linkSchema, projectSchema, eventSchema, goalSchema]);
  return ajv.compile(ecosystemSchema);
}
