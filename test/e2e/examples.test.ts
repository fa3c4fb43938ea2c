// Every example in examples/ is a valid ecosystem.
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const examples = readdirSync(`${ROOT}examples`)
  .filter((name) => statSync(`${ROOT}examples/${name}/ecosystem.yaml`, { throwIfNoEntry: false })?.isFile())
  .sort();

describe('examples', () => {
  it('include the three from the source documents', () => {
    expect(examples).toEqual(expect.arrayContaining(['kauko', 'pirkanmaa-security', 'seutukaupungit']));
  });

  it.each(examples)('%s validates with exit 0 and no errors', async (name) => {
    const run = await eco(['validate', `examples/${name}`, '--as-of', '2025-06-30', '--format', 'json']);
    expect(run.code).toBe(0);
    const diagnostics = JSON.parse(run.stdout) as { severity: string }[];
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the Pirkanmaa cluster lists the organisations of the seed slide', async () => {
    const run = await eco(['validate', 'examples/pirkanmaa-security']);
    expect(run.stderr).toContain('valid (52 actors');
  });
});
