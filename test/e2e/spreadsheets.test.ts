// The analyst's spreadsheets: a workbook with Finnish sheet names, no id
// column, links by name and by business id, an Excel date, a formula and
// merged header cells (written by openpyxl: test/fixtures/make-spreadsheets.py);
// the same inventory as Finnish Excel's `;` Windows-1252 CSV files; a workbook
// with mistakes, located by sheet, row and column; --skip-invalid; and a
// workbook out that reads back in.
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { expectGolden } from '../helpers/golden.js';
import { eco } from '../helpers/eco-in-process.js';

const SHEETS = 'test/fixtures/spreadsheets';
const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-sheets-'));
const map = async (input: string, extra: string[] = []): Promise<MapResult> =>
  JSON.parse((await eco(['map', input, '--format', 'json', '--quiet', ...extra])).stdout) as MapResult;

describe('a workbook as an analyst keeps it', () => {
  const workbook = `${SHEETS}/seinajoki.xlsx`;

  it('validates as it is: no id column, links by name and by business id, the notes sheet left out with a note', async () => {
    const run = await eco(['validate', workbook, '--as-of', '2026-06-30']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `note: the sheet "Muistiinpanot" of ${workbook} is not read: sheets are read by their names (Toimijat, Actors, Yhteydet, Suhteet, Links, Hankkeet, Projects, Tapahtumat, Events, Tavoitteet, Goals, Mittarit, Indicators, Tehtävät, Tehtavat, Tasks, Mittaushistoria, Mittaukset, History, Measurements)`,
        `${workbook}: valid (10 actors, 8 links): 0 errors, 0 warnings`,
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
  });

  it('is named after the workbook, and its actors by their business ids or names', async () => {
    const result = await map(workbook);
    expect(result.ecosystem.name).toBe('seinajoki');
    expect(result.actors.find((a) => a.name === 'Atria Oyj')?.id).toMatch(/^\d{7}-\d$/);
    expect(result.actors.find((a) => a.name === 'Etelä-Pohjanmaan liitto')?.id).toBe('Etelä-Pohjanmaan liitto');
    expect(result.summary.actors).toBe(10);
    expect(result.summary.isolates).toBe(0);
  });

  it('reads a header split over two merged rows, Excel dates as dates, and a formula by its saved value', async () => {
    const exported = JSON.parse((await eco(['export', workbook, '--to', 'json', '--quiet'])).stdout) as {
      nodes: { attributes: Record<string, unknown> }[];
      edges: { attributes: Record<string, unknown> }[];
    };
    const into = exported.nodes.find((n) => n.attributes['name'] === 'Into Seinäjoki Oy')!;
    expect(into.attributes['website']).toBe('https://www.intoseinajoki.fi');
    expect(into.attributes['businessId']).toMatch(/^2000002-\d$/);
    expect(exported.edges.map((e) => e.attributes['since']).filter(Boolean)).toEqual(['2023-01-15', '2023-02-15', '2023-03-15']);
    const report = (await eco(['map', workbook, '--format', 'md', '--quiet'])).stdout;
    expect(report).toContain('| Yrityskiihdyttämö            | EAKR     | 225\u00a0000\u00a0€ | 1.1.2025–31.12.2026 |');
  });

  it('gives the same network as the same inventory saved by Finnish Excel as CSV', async () => {
    const fromCsv = await map(`${SHEETS}/seinajoki-csv`);
    const fromWorkbook = await map(workbook, ['--links', 'explicit']);
    expect((await eco(['validate', `${SHEETS}/seinajoki-csv`, '--as-of', '2026-06-30'])).stderr).toMatch(/valid \(10 actors, 8 links\): 0 errors, 6 warnings/);
    expect(fromCsv.summary.links).toBe(fromWorkbook.summary.links);
    expect(fromCsv.summary.density).toBe(fromWorkbook.summary.density);
    expect(fromCsv.ecosystem.name).toBe('seinajoki-csv');
  });

  it('an actors file given directly picks up the links beside it, and says so', async () => {
    const run = await eco(['map', `${SHEETS}/seinajoki-csv/toimijat.csv`, '--format', 'json']);
    expect(run.stderr).toContain(`note: the links are read from ${SHEETS}/seinajoki-csv/yhteydet.csv, beside ${SHEETS}/seinajoki-csv/toimijat.csv`);
    const result = JSON.parse(run.stdout) as MapResult;
    expect(result.summary.links).toBe(8);
    expect(result.ecosystem.name).toBe('seinajoki-csv');
  });
});

describe('sheets laid out for people', () => {
  it('finds the header under a row of group titles, fills a cell merged down over rows, keeps the analyst’s own figures as numbers, and says when a column has no heading', async () => {
    const workbook = `${SHEETS}/ryhmaotsikot.xlsx`;
    const run = await eco(['validate', workbook]);
    expect(run.stdout).toContain(`${workbook} [Toimijat] 2:I: warning column-no-heading: this column has values but no heading, so it is not read`);
    expect(run.stderr).toContain(`${workbook}: valid (4 actors, 3 links): 0 errors, 1 warning`);
    const exported = JSON.parse((await eco(['export', workbook, '--to', 'json', '--quiet'])).stdout) as { nodes: { attributes: Record<string, unknown> }[] };
    const city = exported.nodes.find((n) => n.attributes['name'] === 'Seinäjoen kaupunki')!.attributes;
    expect(city).toMatchObject({ sector: 'public', layer: 'orchestrator', Henkilöstö: 10, Liikevaihto: 1500000.5, Perustettu: '1990-01-01' });
    const into = exported.nodes.find((n) => n.attributes['name'] === 'Into Seinäjoki Oy')!.attributes;
    expect(into['Liikevaihto']).toBe(20000);
    // Its sector is the city's, in a cell merged down over both rows.
    expect(into['sector']).toBe('public');
  });

  it('passes over section titles and a totals row among the actors, and reads a header under group titles that name columns too', async () => {
    const workbook = `${SHEETS}/osiot.xlsx`;
    const run = await eco(['validate', workbook]);
    expect(run.stderr).toContain(
      `note: the row 3 of ${workbook} [Toimijat] ("Julkinen sektori") is not read as an actor: it is a section title alone in a cell merged across the table`,
    );
    expect(run.stderr).toContain(`note: the row 12 of ${workbook} [Toimijat] ("Yhteensä 6") is not read as an actor: it is a totals row`);
    expect(run.stderr).toContain(`${workbook}: valid (6 actors, 5 links)`);
    const exported = JSON.parse((await eco(['export', workbook, '--to', 'json', '--quiet'])).stdout) as { nodes: { attributes: Record<string, unknown> }[] };
    expect(exported.nodes.map((n) => [n.attributes['name'], n.attributes['sector'], n.attributes['Lyhenne']])).toEqual([
      ['Seinäjoen kaupunki', 'public', 'SK'],
      ['Into Seinäjoki Oy', 'public', 'ISO'],
      ['Seinäjoen ammattikorkeakoulu Oy', 'education', 'SAO'],
      ['Helsingin yliopisto, Ruralia-instituutti', 'research', 'HYR'],
      ['Atria Oyj', 'company', 'AO'],
      ['Valio Oy', 'company', 'VO'],
    ]);
  });

  it('reads numbers typed in a CSV’s own columns as numbers, and writes them to a workbook as numbers', async () => {
    const dir = temp();
    writeFileSync(
      path.join(dir, 'toimijat.csv'),
      'nimi;sektori;henkilöstö;liikevaihto;postinumero\nAlfa Oy;yritys;120;1 500 000,50;00100\nBeta ry;yhdistys;3;;60100\n',
    );
    const exported = JSON.parse((await eco(['export', dir, '--to', 'json', '--quiet'])).stdout) as { nodes: { attributes: Record<string, unknown> }[] };
    expect(exported.nodes[0]!.attributes).toMatchObject({ henkilöstö: 120, liikevaihto: 1500000.5, postinumero: '00100' });
    const file = path.join(dir, 'luvut.xlsx');
    expect((await eco(['export', dir, '--to', 'xlsx', '-o', file, '--quiet'])).code).toBe(0);
    const sheet = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<c r="[A-Z]+2"( s="\d+")?><v>1500000.5<\/v><\/c>/);
  });

  it('takes a folder of one workbook per table, and an actors workbook given directly with the links workbook beside it', async () => {
    const folder = `${SHEETS}/taulukko-kerrallaan`;
    expect((await eco(['validate', folder])).stderr).toContain(`${folder}: valid (10 actors, 8 links)`);
    const run = await eco(['map', `${folder}/toimijat.xlsx`, '--format', 'json']);
    expect(run.stderr).toContain(`note: the links are read from ${folder}/yhteydet.xlsx, beside ${folder}/toimijat.xlsx`);
    const result = JSON.parse(run.stdout) as MapResult;
    expect(result.ecosystem.name).toBe('taulukko-kerrallaan');
    expect(result.summary.links).toBe(8);
  });

  it('reads a macro-enabled workbook (.xlsm) as a workbook, and refuses a table saved as .xls beside the others', async () => {
    const dir = temp();
    cpSync(`${SHEETS}/seinajoki.xlsx`, path.join(dir, 'kartoitus.xlsm'));
    expect((await eco(['validate', path.join(dir, 'kartoitus.xlsm'), '--as-of', '2026-06-30', '--quiet'])).code).toBe(0);
    const folder = temp();
    cpSync(`${SHEETS}/seinajoki-csv/toimijat.csv`, path.join(folder, 'toimijat.csv'));
    writeFileSync(path.join(folder, 'yhteydet.xls'), 'not a workbook eco reads');
    const run = await eco(['validate', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `eco: error file-spreadsheet-format: eco reads Excel workbooks as .xlsx, not .xls: save "${folder}/yhteydet.xls" as .xlsx (Excel workbook) or as CSV (UTF-8)\n`,
    );
  });

  it('a links file goes with an actors table given directly, and is refused beside a folder', async () => {
    const withWorkbook = await eco(['validate', `${SHEETS}/taulukko-kerrallaan/toimijat.xlsx`, '--links', `${SHEETS}/seinajoki-csv/yhteydet.csv`]);
    expect(withWorkbook.stderr).toMatch(/valid \(10 actors, 8 links\)/);
    const withFolder = await eco(['validate', `${SHEETS}/taulukko-kerrallaan`, '--links', `${SHEETS}/seinajoki-csv/yhteydet.csv`]);
    expect(withFolder.code).toBe(2);
    expect(withFolder.stderr).toMatch(/^eco: --links .*yhteydet\.csv: a links file goes with an actors table given as the input/);
  });
});

describe('a workbook named in a manifest', () => {
  it('fills the collections the manifest does not give from its sheets, and a collection may name one sheet', async () => {
    const dir = temp();
    cpSync(`${SHEETS}/seinajoki.xlsx`, path.join(dir, 'kartoitus.xlsx'));
    writeFileSync(
      path.join(dir, 'ecosystem.yaml'),
      'schema: eco/v1\necosystem: { id: seinajoki, name: Seinäjoen innovaatioekosysteemi }\nworkbook: kartoitus.xlsx\nactors: kartoitus.xlsx# toimijat \n',
    );
    const run = await eco(['validate', dir, '--as-of', '2026-06-30']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${dir}/ecosystem.yaml: valid (10 actors, 8 links)`);
    const result = await map(dir);
    expect(result.ecosystem.name).toBe('Seinäjoen innovaatioekosysteemi');
    writeFileSync(path.join(dir, 'ecosystem.yaml'), 'schema: eco/v1\necosystem: { id: seinajoki, name: Seinäjoki }\nactors: kartoitus.xlsx#Toimiat\n');
    const wrong = await eco(['validate', dir]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(
      /ecosystem\.yaml:3:9: error workbook-no-sheet: the workbook has no sheet "Toimiat" \(its sheets: Toimijat, .*\); did you mean "Toimijat"\?/,
    );
  });
});

describe('goals kept in a spreadsheet', () => {
  const status = async (input: string, asOf = '2026-06-30'): Promise<{ code: number; stdout: string; stderr: string }> =>
    eco(['status', input, '--format', 'json', '--as-of', asOf]);

  it('reads the goals, indicators, tasks and measurements from the sheets Tavoitteet, Mittarit, Tehtävät and Mittaushistoria', async () => {
    const run = await status(`${SHEETS}/seinajoki.xlsx`);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      goals: {
        id: string;
        owner: string;
        indicators: { id: string; value: number | null; onTrack: boolean | null; history: unknown[] }[];
        tasks: Record<string, number>;
      }[];
    };
    expect(result.goals[0]!.indicators[0]!.history).toEqual([
      { date: '2025-03-01', value: 5 },
      { date: '2025-10-01', value: 6 },
    ]);
    expect(result.goals.map((g) => g.id)).toEqual(['T1', 'T2']);
    expect(result.goals[0]!.owner).toMatch(/^3000003-\d$/);
    expect(result.goals[0]!.indicators.map((i) => i.id)).toEqual(['Yritykset TKI-hankkeissa', 'Sektorirajat ylittävien yhteyksien osuus']);
    expect(result.goals[0]!.indicators[0]).toMatchObject({ value: 7 });
    expect(result.goals[0]!.tasks).toMatchObject({ done: 1, 'in-progress': 1 });
  });

  it('reads the same goals from tavoitteet.csv with mittarit.csv, tehtävät.csv and mittaushistoria.csv beside it, each naming its goal by title', async () => {
    const fromCsv = await status(`${SHEETS}/seinajoki-csv`);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stderr).toContain(
      `note: the goals' tasks are read from ${SHEETS}/seinajoki-csv/tehtävät.csv, beside ${SHEETS}/seinajoki-csv/tavoitteet.csv`,
    );
    type Goals = { goals: { indicators: { value: number | null; progress: number | null; history: unknown }[]; tasks: unknown }[] };
    const figures = (stdout: string) => (JSON.parse(stdout) as Goals).goals.map((g) => [g.indicators.map((i) => [i.value, i.progress, i.history]), g.tasks]);
    expect(figures(fromCsv.stdout)).toEqual(figures((await status(`${SHEETS}/seinajoki.xlsx`)).stdout));
  });

  it('names a goal without an id by its title once, not twice, in the report', async () => {
    const run = await eco(['status', `${SHEETS}/seinajoki-csv`, '--format', 'md', '--as-of', '2026-06-30', '--quiet']);
    expect(run.stdout).toContain('## Ruokaketjun yritykset mukaan TKI-yhteistyöhön\n');
    expect(run.stdout).not.toContain('Ruokaketjun yritykset mukaan TKI-yhteistyöhön: Ruokaketjun');
    expect(run.stdout).not.toContain('Yrityskiihdyttämön toinen haku Yrityskiihdyttämön');
  });

  it('an indicator naming a goal there is none of is an error at its row, and --skip-invalid leaves it out', async () => {
    const dir = temp();
    cpSync(`${SHEETS}/seinajoki-csv`, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'mittarit.csv'),
      'Tavoite;Mittari;Lähtötaso;Tavoitetaso;Nykytaso\nKansalaisyhteiskunta mukaan kehittämisen;Yhdistykset;2;5;3\n',
    );
    const run = await status(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${dir}/mittarit.csv:2:1: error goal-not-found: the indicator "Yhdistykset" belongs to the goal "Kansalaisyhteiskunta mukaan kehittämisen", which is not the id or title of any goal; did you mean "Kansalaisyhteiskunta mukaan kehittämiseen"?`,
    );
    const skipping = await eco(['status', dir, '--format', 'json', '--as-of', '2026-06-30', '--skip-invalid']);
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain(`${dir}/mittarit.csv:2:1: left out the indicator "Yhdistykset" (--skip-invalid)`);
  });

  it('reads a deadline given as a year or a month as its last day, and a weight written 1 000', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'toimijat.csv'), 'nimi;sektori;kerros\nAlfa Oy;yritys;orkestroija\nBeta ry;yhdistys;aktiivinen\n');
    writeFileSync(path.join(dir, 'yhteydet.csv'), 'lähde;kohde;paino\nAlfa Oy;Beta ry;1 000\n');
    writeFileSync(path.join(dir, 'tavoitteet.csv'), 'Tavoite;Vastuutaho;Määräaika\nLisää yhteistyötä;Alfa Oy;2027\n');
    writeFileSync(path.join(dir, 'tehtävät.csv'), 'Tavoite;Tehtävä;Tila;Määräaika\nLisää yhteistyötä;Työpaja;käynnissä;6/2027\n');
    const run = await eco(['status', dir, '--format', 'json', '--as-of', '2026-06-30', '--quiet']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { goals: { due: string; taskList: { due: string }[] }[] };
    expect(result.goals[0]!.due).toBe('2027-12-31');
    expect(result.goals[0]!.taskList[0]!.due).toBe('2027-06-30');
    const exported = JSON.parse((await eco(['export', dir, '--to', 'json', '--quiet'])).stdout) as { edges: { attributes: Record<string, unknown> }[] };
    expect(exported.edges[0]!.attributes['weight']).toBe(1000);
  });

  it('a measurement of an indicator there is none of is an error at its row, with did-you-mean', async () => {
    const dir = temp();
    cpSync(`${SHEETS}/seinajoki-csv`, dir, { recursive: true });
    writeFileSync(path.join(dir, 'mittaushistoria.csv'), 'Mittari;Päivämäärä;Arvo\nYritykset TKI-hankkeissa;1.3.2025;5\nYritykset TKI-hankkeisa;1.10.2025;6\n');
    const run = await status(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${dir}/mittaushistoria.csv:3:1: error indicator-not-found: the measurement "Yritykset TKI-hankkeisa 2025-10-01" is of the indicator "Yritykset TKI-hankkeisa", which is not the id or name of any indicator; did you mean "Yritykset TKI-hankkeissa"?`,
    );
  });
});

describe('a workbook with mistakes', () => {
  const workbook = `${SHEETS}/mistakes/kartoitus.xlsx`;

  it('names the workbook, the sheet, the row and the column of every problem', async () => {
    const run = await eco(['validate', workbook]);
    expect(run.code).toBe(1);
    expectGolden('spreadsheets/mistakes.validate.txt', `${run.stdout}--- stderr\n${run.stderr}`);
  });

  it('--skip-invalid leaves out just what is broken, says so, and reports the rest with exit 0', async () => {
    const run = await eco(['map', workbook, '--skip-invalid', '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.includes('(--skip-invalid)'))).toHaveLength(6);
    expect(run.stderr).toContain(
      `${workbook} [Yhteydet] 3:B: left out the link "Seinäjoen kaupunki → Valio Oyj" (--skip-invalid): target "Valio Oyj" is not the id, name or business id of any actor; did you mean "Valio Oy"?`,
    );
    expect(run.stdout).toContain('## Aineiston laatu');
    expect(run.stdout).toContain('Luki tyhjänä: sektori (toimija ”Valio Oy”)');
    const text = await eco(['map', workbook, '--skip-invalid', '--format', 'text', '--quiet']);
    const summary = text.stdout.replace(/\s+/g, ' ');
    expect(summary).toContain('Aineiston laatu: --skip-invalid jätti pois 6 kohtaa (kukin luetellaan virhetulosteessa).');
    expect(summary).toContain('Aineiston laatu: 1 toimija näyttää kirjatulta kahdesti (eco validate luettelee sen).');
    const without = await eco(['map', workbook, '--format', 'md']);
    expect(without.code).toBe(1);
    expect(without.stdout).toBe('');
  });

  it('--skip-invalid leaves out a CSV row of the wrong width, and what it strands', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'toimijat.csv'), 'nimi;sektori\nAlfa Oy;yritys\nBeta ry;järjestö;ylimääräinen\nGamma;julkinen\n');
    writeFileSync(path.join(dir, 'yhteydet.csv'), 'lähde;kohde\nAlfa Oy;Gamma\nAlfa Oy;Beta ry\n');
    const run = await eco(['map', dir, '--skip-invalid', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${dir}/toimijat.csv:3:1: left out the actor "Beta ry" (--skip-invalid): this row has 3 fields but the header has 2`);
    expect(run.stderr).toContain(`${dir}/yhteydet.csv:3:`);
    const result = JSON.parse(run.stdout) as MapResult;
    expect(result.actors.map((a) => a.name)).toEqual(['Alfa Oy', 'Gamma']);
    expect(result.summary.links).toBe(1);
    const without = await eco(['map', dir, '--format', 'json']);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain(`${dir}/toimijat.csv:3:1: error csv-field-count: this row has 3 fields but the header has 2`);
  });

  it('--skip-invalid gives status and export a first picture too; a row without a name is left out once, a link told by its ends’ names', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'toimijat.csv'), 'nimi;sektori;y-tunnus\nAlfa Oy;yritys;4000004-8\n;yhdistys;\nGamma;julkinen;\n');
    writeFileSync(path.join(dir, 'yhteydet.csv'), 'lähde;kohde;paino\nAlfa Oy;Gamma;paljon\n');
    const status = await eco(['status', dir, '--skip-invalid', '--format', 'json', '--as-of', '2026-06-30']);
    expect(status.code).toBe(0);
    const decisions = status.stderr.split('\n').filter((l) => l.includes('(--skip-invalid)'));
    expect(decisions).toEqual([
      `${dir}/toimijat.csv:3:1: left out the actor "?" (--skip-invalid): this actor has no "name", which is required`,
      `${dir}/yhteydet.csv:2:15: read the weight of the link "Alfa Oy → Gamma" as empty (--skip-invalid): weight must be a number, not the text "paljon"`,
    ]);
    // A workbook out carries the decisions on a sheet of their own, as a report's data quality section does.
    const book = path.join(temp(), 'laatu.xlsx');
    expect((await eco(['export', dir, '--to', 'xlsx', '-o', book, '--skip-invalid', '--quiet'])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(book));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('name="Aineiston laatu"');
    const quality = await zip.file('xl/worksheets/sheet6.xml')!.async('string');
    expect(quality).toContain('luettiin tyhjänä: paino (yhteys &quot;Alfa Oy → Gamma&quot;)');
    expect(quality).toContain('jätettiin pois: toimija &quot;?&quot;');
    const out = temp();
    const exported = await eco(['export', dir, '--to', 'csv', '-o', out, '--skip-invalid', '--quiet']);
    expect(exported.code).toBe(0);
    expect(readFileSync(path.join(out, 'actors.csv'), 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
    expect((await eco(['export', dir, '--to', 'csv', '-o', temp(), '--quiet'])).code).toBe(1);
  });

  it('two sheets or two files of one collection, or no sheet of actors, are errors that say so', async () => {
    const twoSheets = await eco(['validate', `${SHEETS}/mistakes/kaksi-toimijavalilehtea.xlsx`]);
    expect(twoSheets.code).toBe(1);
    expect(twoSheets.stdout).toBe(
      `${SHEETS}/mistakes/kaksi-toimijavalilehtea.xlsx: error workbook-sheets-twice: the workbook has two sheets of actors, "Toimijat" and "Actors", and eco cannot tell which is meant; keep one, or name it in a manifest (actors: kaksi-toimijavalilehtea.xlsx#Sheet)\n`,
    );
    const linksOnly = await eco(['validate', `${SHEETS}/mistakes/vain-yhteydet.xlsx`]);
    expect(linksOnly.code).toBe(1);
    expect(linksOnly.stdout).toContain('error workbook-no-collection-sheet: the workbook has no sheet of actors (a sheet named "Toimijat" or "Actors")');
    const dir = temp();
    writeFileSync(path.join(dir, 'toimijat.csv'), 'nimi\nAlfa Oy\n');
    writeFileSync(path.join(dir, 'Actors.csv'), 'name\nBeta ry\n');
    const twoFiles = await eco(['validate', dir]);
    expect(twoFiles.code).toBe(2);
    expect(twoFiles.stderr).toBe(
      `eco: error input-tables-twice: ${dir} has two files of actors, toimijat.csv and Actors.csv, and eco cannot tell which is meant; keep one, or name it in an ecosystem.yaml (actors: …)\n`,
    );
  });

  it('an .ods or .xls file gets one line: save it as .xlsx or CSV', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'kartoitus.ods'), 'PK');
    const run = await eco(['validate', path.join(dir, 'kartoitus.ods')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `eco: error file-spreadsheet-format: eco reads Excel workbooks as .xlsx, not .ods: save "${dir}/kartoitus.ods" as .xlsx (Excel workbook) or as CSV (UTF-8)\n`,
    );
  });
});

describe('spreadsheet habits in YAML', () => {
  it('takes dates written 1.9.2024, a month written 6/2025, a bare year, and money written 450 000 € or 450 000,50', async () => {
    const run = await eco(['validate', 'test/fixtures/excel-habits']);
    expect(run.stderr).toMatch(/valid \(2 actors, 1 link\): 0 errors, 0 warnings/);
    const report = (await eco(['map', 'test/fixtures/excel-habits', '--format', 'md', '--quiet'])).stdout;
    expect(report).toContain('450\u00a0000\u00a0€');
    expect(report).toContain('450\u00a0000,50\u00a0€');
    expect(report).toContain('1.9.2024–2026');
    expect(report).toContain('Aineisto on koottu 6/2025.');
    expect(report).toMatch(/\| Kutsutaan rahoittajat mukaan \| Alfa Oy +\| 2027 +\|/);
  });
});

describe('eco export --to xlsx', () => {
  it('writes a workbook that reads back as the same network, the same bytes every time', async () => {
    const dir = temp();
    const file = path.join(dir, 'seutu.xlsx');
    expect((await eco(['export', 'examples/seutukaupungit', '--to', 'xlsx', '-o', file, '--quiet'])).code).toBe(0);
    const again = path.join(dir, 'again.xlsx');
    await eco(['export', 'examples/seutukaupungit', '--to', 'xlsx', '-o', again, '--quiet']);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    const original = await map('examples/seutukaupungit');
    const back = await eco(['validate', file]);
    expect(back.code).toBe(0);
    // The figures' own sheets are eco's, and read back without a note; its figure columns are computed anew.
    expect(back.stderr).not.toContain('is not read: sheets are read by their names');
    expect(back.stderr).toContain('are not read: eco computes them anew');
    const reread = await map(file);
    expect(reread.summary.actors).toBe(original.summary.actors);
    expect(reread.summary.links).toBe(original.summary.links);
    expect(reread.summary.density).toBe(original.summary.density);
  });

  it('names sheets and columns in English with --lang en, and writes text as text, never a formula', async () => {
    const dir = temp();
    cpSync('examples/pirkanmaa-security', path.join(dir, 'x'), { recursive: true });
    const actors = path.join(dir, 'x', 'actors.csv');
    writeFileSync(actors, readFileSync(actors, 'utf8').replace('Insta Oy', '"=HYPERLINK(""http://evil.example"",""Insta"")"'));
    const file = path.join(dir, 'x.xlsx');
    expect((await eco(['export', path.join(dir, 'x'), '--to', 'xlsx', '--lang', 'en', '-o', file, '--quiet'])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Actors', 'Links', 'Sector matrix', 'Communities', 'Brokers']);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.startsWith('xl/worksheets/sheet'))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(sheets.join('')).not.toContain('<f>');
    expect(sheets[0]).toContain('=HYPERLINK(');
    expect(sheets[0]).toContain('<pane ySplit="1"');
    expect(sheets[0]).toContain('<autoFilter ref="A1:');
  });

  it('writes sectors and layers in Finnish words in a Finnish workbook, as eco reads them back', async () => {
    const dir = temp();
    const file = path.join(dir, 'k.xlsx');
    await eco(['export', 'examples/kauko', '--to', 'xlsx', '--lang', 'fi', '-o', file, '--quiet']);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Toimijat',
      'Yhteydet',
      'Sektorimatriisi',
      'Ryhmät',
      'Välittäjät',
    ]);
    const strings = await zip.file('xl/sharedStrings.xml')?.async('string');
    const actors = `${strings ?? ''}${await zip.file('xl/worksheets/sheet1.xml')!.async('string')}`;
    expect(actors).toContain('julkinen');
    expect(actors).toContain('partneri');
    expect(actors).not.toContain('>public<');
    const matrix = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    expect(matrix).toContain('yritys');
    expect((await map(file)).summary.density).toBe((await map('examples/kauko')).summary.density);
  });

  it('keeps e-mail and phone columns with the contacts: out of every export unless asked', async () => {
    const dir = temp();
    writeFileSync(
      path.join(dir, 'toimijat.csv'),
      'nimi;sektori;yhteyshenkilö;sähköposti;puhelin\nAlfa Oy;yritys;Maija Meikäläinen;maija@alfa.fi;040 123 4567\nBeta ry;yhdistys;;;\n',
    );
    writeFileSync(path.join(dir, 'yhteydet.csv'), 'lähde;kohde\nAlfa Oy;Beta ry\n');
    for (const to of ['json', 'gexf', 'graphml', 'cytoscape']) {
      const plain = (await eco(['export', dir, '--to', to, '--quiet'])).stdout;
      expect(plain).not.toContain('maija@alfa.fi');
      expect(plain).not.toContain('040 123 4567');
    }
    const file = path.join(dir, 'k.xlsx');
    await eco(['export', dir, '--to', 'xlsx', '-o', file, '--quiet']);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const texts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
    expect(texts.join('')).not.toContain('maija@alfa.fi');
    expect((await eco(['export', dir, '--to', 'json', '--quiet', '--include-contacts'])).stdout).toContain('maija@alfa.fi');
  });

  it('an export read back and exported again has its figures computed anew, each column once', async () => {
    const dir = temp();
    const first = path.join(dir, 'k1.xlsx');
    const second = path.join(dir, 'k2.xlsx');
    await eco(['export', 'examples/kauko', '--to', 'xlsx', '--lang', 'fi', '-o', first, '--quiet']);
    const again = await eco(['export', first, '--to', 'xlsx', '--lang', 'fi', '-o', second]);
    expect(again.stderr).toContain(`note: the columns of figures in ${first} [Toimijat] (aste, vahvuus, astekeskeisyys, välillisyys,`);
    const header = async (file: string): Promise<string[]> => {
      const sheet = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
      return [.../<row r="1"[^>]*>(.*?)<\/row>/.exec(sheet)![1]!.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]!);
    };
    const columns = await header(second);
    expect(columns).toEqual(await header(first));
    expect(new Set(columns).size).toBe(columns.length);
    // The same network, so the same figures: the actors' sheet is the same, cell for cell.
    const actors = async (file: string): Promise<string> => (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(await actors(second)).toBe(await actors(first));
  });

  it('leaves the contacts out unless asked', async () => {
    const dir = temp();
    const file = path.join(dir, 'k.xlsx');
    await eco(['export', 'examples/kauko', '--to', 'xlsx', '-o', file, '--quiet']);
    const header = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(header).not.toContain('yhteyshenkilöt');
  });
});
