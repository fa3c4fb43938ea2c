// Loading an ecosystem into one unvalidated document: a manifest with CSV
// files, inline YAML, a folder of tables, a workbook; where every value came
// from; what is said (and what is left out) when the input is broken.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../../../src/diagnostics/errors.js';
import { COLLECTIONS } from '../../../src/io/read-ecosystem.js';
import { newReadBudget } from '../../../src/io/read-text-file.js';
import { type LoadOptions, loadEcosystem } from '../../../src/pipeline/load-ecosystem.js';

let root = '';
/** Paths shown relative to the temporary folder, as a caller's `display` would. */
const display = (absolute: string): string => path.relative(root, absolute);
const at = (...parts: string[]): string => path.join(root, ...parts);
const write = (file: string, text: string): string => {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), text);
  return at(file);
};
const load = (input: string, options: LoadOptions = {}) => loadEcosystem(input, { display, ...options });
const lines = (file: string): string[] => readFileSync(file, 'utf8').trimEnd().split('\n');

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'eco-load-'));
  write('Alue Kasvu/toimijat.csv', 'nimi,sektori,kerros\nAlfa Oy,company,active\nBeeta ry,association,\n');
  write('Alue Kasvu/yhteydet.csv', 'lähde,kohde,paino\nAlfa Oy,Beeta ry,2\n');
  write('other/links.csv', 'source,target\nAlfa Oy,Beeta ry\nBeeta ry,Alfa Oy\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadEcosystem: the examples', () => {
  it('reads a manifest and the CSV files it names, every row, with no diagnostics', async () => {
    const folder = 'examples/pirkanmaa-security';
    const loaded = await loadEcosystem(folder);
    expect(loaded.readable).toBe(true);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.incomplete.size).toBe(0);
    expect(loaded.origin).toBe(`${folder}/ecosystem.yaml`);
    expect(loaded.folder).toBe(folder);
    expect(loaded.files).toEqual(['ecosystem.yaml', 'actors.csv', 'links.csv'].map((f) => path.resolve(folder, f)));
    expect(loaded.document['ecosystem']).toMatchObject({ id: 'pirkanmaa-security', orchestrators: ['business-tampere'] });
    const actorRows = lines(`${folder}/actors.csv`);
    const actors = loaded.document['actors'] as Record<string, unknown>[];
    expect(actors).toHaveLength(actorRows.length - 1);
    expect(loaded.document['links']).toHaveLength(lines(`${folder}/links.csv`).length - 1);
    // A value is located at its CSV cell: the second line, where the name starts.
    const name = String(actors[0]!['name']);
    expect(loaded.sources.locate(['actors', 0, 'name'])).toEqual({ file: `${folder}/actors.csv`, line: 2, col: actorRows[1]!.indexOf(name) + 1 });
  });

  it('locates actors written inline in the manifest in the manifest', async () => {
    const loaded = await loadEcosystem('examples/kauko');
    expect(loaded.files).toEqual([path.resolve('examples/kauko/ecosystem.yaml')]);
    const actors = loaded.document['actors'] as { name: string }[];
    const where = loaded.sources.locate(['actors', 2, 'name']);
    expect(where.file).toBe('examples/kauko/ecosystem.yaml');
    expect(
      lines('examples/kauko/ecosystem.yaml')
        [where.line! - 1]!.slice(where.col! - 1)
        .startsWith(actors[2]!.name),
    ).toBe(true);
  });

  it('lists the members of a network of ecosystems, and where the manifest names each, without loading them', async () => {
    const manifest = 'examples/seutukaupungit/ecosystem.yaml';
    const loaded = await loadEcosystem('examples/seutukaupungit');
    const written = lines(manifest)
      .map((line, i) => ({ text: /^ {2}- (towns\/\S+)$/.exec(line)?.[1], line: i + 1 }))
      .filter((m) => m.text !== undefined);
    expect(written.length).toBeGreaterThan(1);
    expect(loaded.members).toEqual(
      written.map((m) => ({ path: path.resolve('examples/seutukaupungit', m.text!), written: m.text, at: { file: manifest, line: m.line, col: 5 } })),
    );
    expect(loaded.files.some((f) => f.includes(`${path.sep}towns${path.sep}`))).toBe(false);
  });
});

describe('loadEcosystem: a folder of CSV files without a manifest', () => {
  it('is named after the folder, its Finnish columns read and typed', async () => {
    const loaded = await load(at('Alue Kasvu'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.origin).toBe('Alue Kasvu');
    expect(loaded.files).toEqual([at('Alue Kasvu/toimijat.csv'), at('Alue Kasvu/yhteydet.csv')]);
    expect(loaded.document).toEqual({
      schema: 'eco/v1',
      ecosystem: { id: 'alue-kasvu', name: 'Alue Kasvu' },
      actors: [
        { name: 'Alfa Oy', sector: 'company', layer: 'active' },
        { name: 'Beeta ry', sector: 'association' },
      ],
      links: [{ source: 'Alfa Oy', target: 'Beeta ry', weight: 2 }],
    });
    expect(loaded.sources.locate(['actors', 1, 'sector'])).toEqual({ file: 'Alue Kasvu/toimijat.csv', line: 3, col: 10 });
    expect(loaded.sources.locate(['links', 0, 'weight'])).toEqual({ file: 'Alue Kasvu/yhteydet.csv', line: 2, col: 18 });
  });

  it('given the actors file itself, reads the links file beside it and says so', async () => {
    const loaded = await load(at('Alue Kasvu/toimijat.csv'));
    expect(loaded.origin).toBe('Alue Kasvu/toimijat.csv');
    expect(loaded.notes).toEqual(['the links are read from Alue Kasvu/yhteydet.csv, beside Alue Kasvu/toimijat.csv (--links names another file)']);
    expect(loaded.document['links']).toHaveLength(1);
  });

  it('reads the links file given as an option instead, with no note', async () => {
    const loaded = await load(at('Alue Kasvu/toimijat.csv'), { links: at('other/links.csv') });
    expect(loaded.notes).toEqual([]);
    expect(loaded.files).toEqual([at('Alue Kasvu/toimijat.csv'), at('other/links.csv')]);
    expect(loaded.document['links']).toEqual([
      { source: 'Alfa Oy', target: 'Beeta ry' },
      { source: 'Beeta ry', target: 'Alfa Oy' },
    ]);
  });

  it('counts every CSV file against the read budget it is given', async () => {
    const actorsBytes = readFileSync(at('Alue Kasvu/toimijat.csv')).length;
    const budget = { ...newReadBudget(), csvBytes: actorsBytes + 10 };
    const loaded = await load(at('Alue Kasvu'), { budget });
    expect(budget.csvBytes).toBe(10);
    expect(loaded.diagnostics.map((d) => [d.code, d.location?.file])).toEqual([['file-too-large', 'Alue Kasvu/yhteydet.csv']]);
    expect([...loaded.incomplete]).toEqual(['links']);
    expect(loaded.document['actors']).toHaveLength(2);
    expect(loaded.document).not.toHaveProperty('links');
  });
});

describe('loadEcosystem: a workbook', () => {
  const sheets = 'test/fixtures/spreadsheets';

  it('reads its sheets by name, names the ecosystem after it and notes the sheet it leaves out', async () => {
    const loaded = await loadEcosystem(`${sheets}/seinajoki.xlsx`);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files).toEqual([path.resolve(`${sheets}/seinajoki.xlsx`)]);
    expect(loaded.document['ecosystem']).toEqual({ id: 'seinajoki', name: 'seinajoki' });
    expect(loaded.document).not.toHaveProperty('workbook');
    const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, (loaded.document[c] as unknown[] | undefined)?.length]));
    expect(counts).toEqual({ actors: 10, links: 8, projects: 2, events: 1, goals: 2 });
    expect(loaded.notes).toHaveLength(1);
    expect(loaded.notes[0]).toMatch(/^the sheet "Muistiinpanot" of test\/fixtures\/spreadsheets\/seinajoki\.xlsx is not read/);
  });

  it('locates problems and values by sheet, row and column', async () => {
    const file = `${sheets}/mistakes/kartoitus.xlsx`;
    const loaded = await loadEcosystem(file);
    expect(loaded.diagnostics).toEqual([
      { code: 'workbook-formula-no-value', severity: 'warning', location: { file, sheet: 'Yhteydet', line: 5, col: 3 }, args: { formula: '1/0' } },
      {
        code: 'goal-not-found',
        severity: 'error',
        location: { file, sheet: 'Mittarit', line: 3, col: 1 },
        args: { entity: 'indicator', label: 'Yhdistykset mukana', goal: 'T2', suggestion: 'T1' },
      },
    ]);
    expect((loaded.document['links'] as Record<string, unknown>[])[1]).toMatchObject({ target: 'Valio Oyj' });
    expect(loaded.sources.locate(['links', 1, 'target'])).toEqual({ file, sheet: 'Yhteydet', line: 3, col: 2 });
  });

  it('nests the goals’ indicators and tasks, each value located in the row it came from', async () => {
    const loaded = await loadEcosystem(`${sheets}/seinajoki.xlsx`);
    const goals = loaded.document['goals'] as Record<string, unknown>[];
    expect(goals.map((g) => [g['id'], (g['indicators'] as unknown[]).length, (g['tasks'] as unknown[]).length])).toEqual([
      ['T1', 2, 2],
      ['T2', 1, 1],
    ]);
    expect((goals[0]!['indicators'] as unknown[])[0]).toEqual({
      name: 'Yritykset TKI-hankkeissa',
      unit: 'kpl',
      baseline: 4,
      baselineDate: '2024-09-01',
      target: 12,
      current: 7,
      measured: '2026-06-01',
      history: [
        { date: '2025-03-01', value: 5 },
        { date: '2025-10-01', value: 6 },
      ],
    });
    const file = `${sheets}/seinajoki.xlsx`;
    expect(loaded.sources.locate(['goals', 1, 'indicators', 0, 'target'])).toEqual({ file, sheet: 'Mittarit', line: 4, col: 6 });
    expect(loaded.sources.locate(['goals', 1, 'tasks', 0, 'owner'])).toEqual({ file, sheet: 'Tehtävät', line: 4, col: 3 });
    expect(loaded.sources.locate(['goals', 1, 'title'])).toEqual({ file, sheet: 'Tavoitteet', line: 3, col: 2 });
    expect(loaded.sources.locate(['goals', 0, 'indicators', 0, 'history', 1, 'value'])).toEqual({ file, sheet: 'Mittaushistoria', line: 3, col: 4 });
    expect(loaded.sources.locate(['goals', 0, 'indicators', 0, 'unit'])).toEqual({ file, sheet: 'Mittarit', line: 2, col: 3 });
  });

  it('finds a goals CSV’s indicators and tasks beside it, with the goal named by its title', async () => {
    const folder = `${sheets}/seinajoki-csv`;
    const loaded = await loadEcosystem(folder);
    expect(loaded.diagnostics.filter((d) => d.code !== 'file-encoding')).toEqual([]);
    expect(loaded.files.map((f) => path.basename(f)).sort()).toEqual([
      'mittarit.csv',
      'mittaushistoria.csv',
      'tavoitteet.csv',
      'tehtävät.csv',
      'toimijat.csv',
      'yhteydet.csv',
    ]);
    expect(loaded.notes).toEqual([
      `the goals' indicators are read from ${folder}/mittarit.csv, beside ${folder}/tavoitteet.csv`,
      `the goals' tasks are read from ${folder}/tehtävät.csv, beside ${folder}/tavoitteet.csv`,
      `the indicators' measurements are read from ${folder}/mittaushistoria.csv, beside ${folder}/tavoitteet.csv`,
    ]);
    const goals = loaded.document['goals'] as Record<string, unknown>[];
    expect(goals.map((g) => (g['tasks'] as Record<string, unknown>[]).map((t) => t['title']))).toEqual([
      ['Ruokaketjun työpajasarja yrityksille', 'Yrityskiihdyttämön toinen haku'],
      ['Yhdistysten kehittämisilta'],
    ]);
    expect((goals[0]!['indicators'] as Record<string, unknown>[])[1]).toMatchObject({ baseline: 0.5, target: 0.8, metric: 'links.crossSectorShare' });
  });
});

describe('loadEcosystem: invalid input', () => {
  it('reports each broken collection where it is, leaves it out and keeps the rest', async () => {
    write('bad/ecosystem.yaml', 'schema: eco/v1\necosystem:\n  id: bad\n  name: Bad\nactors: actors.csv\nlinks: links.yaml\nprojects: 5\n');
    write('bad/actors.csv', 'id,name,sector\na,A,company\nb,B,company,extra\n');
    write('bad/links.yaml', 'source: a\ntarget: b\n');
    const loaded = await load(at('bad'));
    expect(loaded.readable).toBe(true);
    expect(loaded.diagnostics).toEqual([
      { code: 'collection-format', severity: 'error', location: { file: 'bad/ecosystem.yaml', line: 7, col: 11 }, args: { collection: 'projects' } },
      {
        code: 'csv-field-count',
        severity: 'error',
        location: { file: 'bad/actors.csv', line: 3, col: 1 },
        args: { found: 4, expected: 3 },
        path: ['actors', 1],
      },
      { code: 'collection-format', severity: 'error', location: { file: 'bad/links.yaml', line: 1, col: 1 }, args: { collection: 'links' } },
    ]);
    expect([...loaded.incomplete].sort()).toEqual(['links', 'projects']);
    expect(Object.keys(loaded.document)).toEqual(['schema', 'ecosystem', 'actors']);
    expect(loaded.document['actors']).toHaveLength(2);
  });

  it('leaves out a table without its required column, and says which column', async () => {
    write('no-name/actors.csv', 'id,sektori\na,company\n');
    const loaded = await load(at('no-name'));
    expect(loaded.diagnostics.map((d) => [d.code, d.location, d.args['column']])).toEqual([
      ['csv-missing-column', { file: 'no-name/actors.csv', line: 1, col: 1 }, 'name'],
    ]);
    expect(loaded.incomplete.has('actors')).toBe(true);
    expect(loaded.document).not.toHaveProperty('actors');
  });

  it('says where a file the manifest names is missing', async () => {
    write('missing/ecosystem.yaml', 'schema: eco/v1\necosystem: { id: m, name: M }\nactors: toimijat.csv\n');
    const loaded = await load(at('missing'));
    expect(loaded.diagnostics).toEqual([
      { code: 'file-not-found', severity: 'error', location: { file: 'missing/ecosystem.yaml', line: 3, col: 9 }, args: { path: 'missing/toimijat.csv' } },
    ]);
    expect([...loaded.incomplete]).toEqual(['actors']);
  });

  it('drops a __proto__ key, reporting it', async () => {
    write('proto/ecosystem.yaml', 'schema: eco/v1\necosystem: { id: p, name: P }\n__proto__: { polluted: true }\nactors: []\n');
    const loaded = await load(at('proto'));
    expect(loaded.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([['unsafe-key', 'error', 3]]);
    expect(Object.hasOwn(loaded.document, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(loaded.document)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives up on a manifest that is not YAML: unreadable, nothing loaded, every collection incomplete', async () => {
    write('broken/ecosystem.yaml', 'schema: eco/v1\nactors: [a, b\nlinks: x\n');
    const loaded = await load(at('broken'));
    expect(loaded.readable).toBe(false);
    expect(loaded.document).toEqual({});
    expect([...loaded.incomplete]).toEqual([...COLLECTIONS]);
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error', location: { file: 'broken/ecosystem.yaml' } });
    expect(loaded.diagnostics[0]!.location?.line).toBeGreaterThan(1);
  });

  it.each([
    ['a path that does not exist', 'nowhere', 'input-not-found', { path: 'nowhere' }],
    ['a folder with no tables', 'empty', 'input-no-ecosystem', { path: 'empty' }],
    ['an .ods workbook', 'ods/kartoitus.ods', 'file-spreadsheet-format', { path: 'ods/kartoitus.ods', extension: '.ods' }],
  ])('throws UnreadableInputError for %s', async (_what, input, code, args) => {
    write('empty/readme.txt', 'nothing here');
    write('ods/kartoitus.ods', 'PK');
    const failure = await load(at(input)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnreadableInputError);
    expect((failure as UnreadableInputError).diagnostics).toEqual([{ code, severity: 'error', args }]);
  });
});
