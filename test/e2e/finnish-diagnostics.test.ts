// Problems in Finnish: `--lang fi`, or a Finnish locale (LC_ALL, LC_MESSAGES,
// LANG) without --lang. Codes, places and `--format json`'s code and args are
// the same in both languages; only the words change. Every other test runs
// without a locale (test/helpers), so its goldens stay English.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eco } from '../helpers/eco-in-process.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runEco } from '../helpers/run-eco.js';

const CORPUS = `${ROOT}test/fixtures/invalid`;
const FINNISH = { LANG: 'fi_FI.UTF-8' };

/** Cases that between them show schema, reference, CSV and lint problems, a --strict summary and an input that cannot be read (exit 2). */
const SHOWN = [
  'csv-field-count',
  'date-order',
  'duplicate-business-id',
  'missing-name-inline',
  'no-ecosystem',
  'overdue-task-strict',
  'unknown-event-participant',
  'unknown-sector',
  'weight-non-numeric',
  'wrong-type-inline',
];

function extraArgs(name: string): string[] {
  const file = `${CORPUS}/${name}/args`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/) : [];
}

/** `eco validate` on corpus cases, stdout and stderr of each. */
async function validateCases(names: readonly string[], args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  let text = '';
  for (const name of names) {
    const run = await eco(['validate', '.', '--as-of', '2026-01-01', ...extraArgs(name), ...args], { cwd: `${CORPUS}/${name}`, env });
    text += `=== ${name} (exit ${run.code})\n${run.stdout}--- stderr\n${run.stderr}`;
  }
  return text;
}

describe('eco validate in Finnish', () => {
  it('--lang fi words every problem and the summary in Finnish', async () => {
    const finnish = await validateCases(SHOWN, ['--lang', 'fi']);
    expectGolden('diagnostics/invalid.fi.txt', finnish);
    expect(finnish).not.toMatch(/ is not | must be |invalid:|valid:/);
  });

  it('a Finnish LANG without --lang gives the same', async () => {
    expect(await validateCases(SHOWN, [], FINNISH)).toBe(await validateCases(SHOWN, ['--lang', 'fi']));
  });

  it('LC_MESSAGES, then LC_ALL, come before LANG; --lang before them all', async () => {
    const english = await validateCases(['unknown-sector'], []);
    expect(english).toContain('sector "assocation" is not one of');
    expect(await validateCases(['unknown-sector'], [], { LANG: 'fi_FI.UTF-8', LC_MESSAGES: 'C' })).toBe(english);
    expect(await validateCases(['unknown-sector'], [], { LANG: 'en_GB.UTF-8', LC_MESSAGES: 'fi_FI.UTF-8', LC_ALL: 'C.UTF-8' })).toBe(english);
    expect(await validateCases(['unknown-sector'], ['--lang', 'en'], FINNISH)).toBe(english);
    expect(await validateCases(['unknown-sector'], [], { LANG: 'en_GB.UTF-8', LC_ALL: 'fi_FI.UTF-8' })).toContain('sektori "assocation" ei ole sallittu arvo');
  });

  it('the eco binary reads LANG from its environment', () => {
    const run = runEco(['validate', '.'], { cwd: `${CORPUS}/date-order`, env: FINNISH });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('links.csv:2:16: error date-order: loppupäivä 31.12.2023 on aikaisempi kuin alkupäivä 1.5.2024\n');
    expect(run.stderr).toBe('ecosystem.yaml: ei kelpaa: 1 virhe, 0 varoitusta\n');
  });

  it('--format json keeps every code and arg, and only the message follows the language', async () => {
    const cases = readdirSync(CORPUS, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    let problems = 0;
    for (const name of cases) {
      const json = async (lang: string): Promise<Record<string, unknown>[]> => {
        const run = await eco(['validate', '.', '--as-of', '2026-01-01', '--format', 'json', '--lang', lang, ...extraArgs(name)], { cwd: `${CORPUS}/${name}` });
        return run.stdout === '' ? [] : (JSON.parse(run.stdout) as Record<string, unknown>[]);
      };
      const [en, fi] = [await json('en'), await json('fi')];
      const withoutMessage = (list: Record<string, unknown>[]) => list.map(({ message: _, ...rest }) => rest);
      expect(withoutMessage(fi), name).toEqual(withoutMessage(en));
      fi.forEach((d, i) => expect(d['message'], `${name}: ${String(d['code'])}`).not.toBe(en[i]!['message']));
      problems += fi.length;
    }
    expect(problems).toBeGreaterThan(40);
  });
});

describe('the report commands tell problems in Finnish', () => {
  const workbook = 'test/fixtures/spreadsheets/mistakes/kartoitus.xlsx';
  const skipping = ['map', workbook, '--skip-invalid', '--format', 'json', '--quiet'];

  it('--lang fi: what --skip-invalid left out, and why', async () => {
    const run = await eco(['map', workbook, '--skip-invalid', '--format', 'json', '--lang', 'fi']);
    expect(run.code).toBe(0);
    expectGolden('diagnostics/mistakes.skip-invalid.fi.txt', run.stderr);
    expect(run.stderr).toContain(
      `${workbook} [Yhteydet] 3:B: jätettiin pois yhteys "Seinäjoen kaupunki → Valio Oyj" (--skip-invalid): kohde "Valio Oyj" ei ole minkään toimijan tunnus, nimi eikä Y-tunnus; tarkoititko "Valio Oy"?`,
    );
    expect(run.stderr).toContain(`${workbook}: 5 varoitusta (eco validate näyttää ne)\n`);
    // The quiet run says nothing in any language.
    expect((await eco([...skipping, '--lang', 'fi'])).stderr).toBe('');
  });

  it('without --lang, problems follow the environment, though the report is Finnish by default', async () => {
    const english = await eco(['map', workbook, '--format', 'json']);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('error unknown-actor: target "Valio Oyj" is not the id, name or business id of any actor');
    expect(english.stderr).toContain(`${workbook}: not reported: the input has errors (eco validate shows them all)\n`);
    const finnish = await eco(['map', workbook, '--format', 'json'], { env: FINNISH });
    expect(finnish.stderr).toContain('error unknown-actor: kohde "Valio Oyj" ei ole minkään toimijan tunnus');
    expect(finnish.stderr).toContain(`${workbook}: aineistossa on virheitä, joten tulosta ei tehty (eco validate näyttää ne kaikki)\n`);
    expect((await eco(['map', workbook, '--format', 'json', '--lang', 'en'], { env: FINNISH })).stderr).toBe(english.stderr);
  });

  it('an input that cannot be read is told in the language asked for (exit 2)', async () => {
    const run = await eco(['status', 'test/fixtures/invalid/no-ecosystem', '--lang', 'fi', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'eco: error input-no-ecosystem: kansiossa test/fixtures/invalid/no-ecosystem ei ole ecosystem.yaml-tiedostoa eikä toimijataulukkoa, jonka voisi lukea ekosysteeminä (toimijat tai actors, .csv, .xlsx tai .yaml, tai yksi työkirja)\n',
    );
  });
});
