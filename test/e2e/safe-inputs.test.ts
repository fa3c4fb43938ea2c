// Inputs never hang or blow up: only regular files are read (a FIFO would
// hang, a device never end), a network's members are each loaded once, and
// however a manifest nests its members the work stays bounded.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { ROOT, STACK_LINE } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-inputs-'));

function manifestWithActors(dir: string, actors: string): void {
  writeFileSync(path.join(dir, 'ecosystem.yaml'), `schema: eco/v1\necosystem: { id: x, name: X }\nactors: ${actors}\n`);
}

describe('inputs never hang or blow up', () => {
  it('a FIFO named as the actors file is refused at once, not waited on', async () => {
    const dir = temp();
    manifestWithActors(dir, 'actors.csv');
    expect(spawnSync('mkfifo', [path.join(dir, 'actors.csv')]).status).toBe(0);
    const started = Date.now();
    const run = await eco(['validate', dir], { cwd: dir, timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^ecosystem.yaml:3:9: error input-not-regular: actors.csv is not a regular file \(it is a device, a pipe or a socket\); eco reads its input from files\n/,
    );
  });

  it('an actors file linked to /dev/zero is refused, not read for ever', async () => {
    const dir = temp();
    manifestWithActors(dir, 'actors.csv');
    symlinkSync('/dev/zero', path.join(dir, 'actors.csv'));
    const run = await eco(['map', dir, '--format', 'json'], { cwd: dir, timeout: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error input-not-regular: actors.csv is not a regular file/);
  });

  it('a FIFO given as the input CSV is refused too', async () => {
    const dir = temp();
    expect(spawnSync('mkfifo', [path.join(dir, 'toimijat.csv')]).status).toBe(0);
    const run = await eco(['validate', 'toimijat.csv'], { cwd: dir, timeout: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/input-not-regular/);
  });

  it('a member named three ways is one member, and the other two are errors at their lines', async () => {
    const run = await eco(['validate', '.'], { cwd: `${ROOT}test/fixtures/invalid/member-duplicate` });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.includes('member-duplicate'))).toEqual([
      'ecosystem.yaml:5:5: error member-duplicate: the member "./leaf/" is already a member (first named at ecosystem.yaml:4); listing it twice would count its links twice',
      'ecosystem.yaml:6:5: error member-duplicate: the member "leaf/ecosystem.yaml" is already a member (first named at ecosystem.yaml:4); listing it twice would count its links twice',
    ]);
  });

  it('a member cycle is a located diagnostic, in text and in JSON', async () => {
    const text = await eco(['validate', '.'], { cwd: `${ROOT}test/fixtures/invalid/member-cycle` });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^a\/ecosystem.yaml:3:11: error member-cycle: the member "\.\." includes this network itself/m);
    const json = JSON.parse((await eco(['validate', '.', '--format', 'json'], { cwd: `${ROOT}test/fixtures/invalid/member-cycle` })).stdout) as {
      code: string;
      file: string;
      line: number;
    }[];
    expect(json.find((d) => d.code === 'member-cycle')).toMatchObject({ file: 'a/ecosystem.yaml', line: 3, col: 11, severity: 'error' });
  });

  it('thirty members at each of four levels, all the same folder, load once each', async () => {
    // The shape that once made 810,000 loads: every level lists its sub-member 30 times.
    const dir = temp();
    let folder = dir;
    for (let level = 0; level < 4; level++) {
      const next = path.join(folder, 'sub');
      mkdirSync(next);
      const names = Array.from({ length: 30 }, (_, i) => (i === 0 ? 'sub' : `./sub${'/.'.repeat(i)}`));
      writeFileSync(
        path.join(folder, 'ecosystem.yaml'),
        `schema: eco/v1\necosystem: { id: l${level}, name: L${level} }\nmembers: [${names.map((n) => JSON.stringify(n)).join(', ')}]\n`,
      );
      folder = next;
    }
    writeFileSync(path.join(folder, 'ecosystem.yaml'), 'schema: eco/v1\necosystem: { id: leaf, name: Leaf }\nactors:\n  - { id: a, name: A }\n');
    const started = Date.now();
    const run = await eco(['validate', dir, '--format', 'json'], { timeout: 60_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(1);
    const codes = (JSON.parse(run.stdout) as { code: string }[]).map((d) => d.code);
    expect(codes.filter((c) => c === 'member-duplicate')).toHaveLength(4 * 29);
  });

  it('more members than eco loads in one run is a located error', async () => {
    const dir = temp();
    const members: string[] = [];
    for (let i = 0; i < 1001; i++) {
      const member = path.join(dir, `m${i}`);
      mkdirSync(member);
      writeFileSync(path.join(member, 'ecosystem.yaml'), `schema: eco/v1\necosystem: { id: m${i}, name: M${i} }\nactors:\n  - { id: a${i}, name: A${i} }\n`);
      members.push(`  - m${i}`);
    }
    writeFileSync(path.join(dir, 'ecosystem.yaml'), `schema: eco/v1\necosystem: { id: big, name: Big }\nmembers:\n${members.join('\n')}\n`);
    const run = await eco(['validate', '.', '--quiet'], { cwd: dir, timeout: 120_000 });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^ecosystem.yaml:1004:5: error member-too-many: this network has more than 1000 members at all levels; eco stops loading here$/m,
    );
  }, 120_000);
});

describe('the limits of one run are stated and kept', () => {
  it('a project of 3,000 partners ties 4.5 million pairs: validate checks it, map refuses it in one line', async () => {
    const dir = temp();
    const ids = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    writeFileSync(path.join(dir, 'actors.csv'), `id,name,sector\n${ids.map((id) => `${id},Toimija ${id},company`).join('\n')}\n`);
    writeFileSync(path.join(dir, 'projects.yaml'), `- id: P1\n  title: Kaikki mukana\n  partners: [${ids.join(', ')}]\n`);
    expect((await eco(['validate', dir, '--quiet'])).code).toBe(0);
    const map = await eco(['map', dir, '--format', 'json', '--quiet'], { timeout: 60_000 });
    expect(map.code).toBe(2);
    expect(map.stdout).toBe('');
    expect(map.stderr).toBe(
      `eco: ${dir} has 3,000 actors and 4,498,500 links (listed, and tied by shared projects and events); one run maps at most 1,000,000 actors and 3,000,000 links (eco validate checks it whole)\n`,
    );
  });
});

describe('the rows one run holds', () => {
  it('more actors than one run holds is refused while reading, before parsing, however short the rows', async () => {
    const dir = temp();
    const rows = (n: number): string => Array.from({ length: n }, (_, i) => `a${i},N${i}`).join('\n');
    writeFileSync(path.join(dir, 'actors.csv'), `id,name\n${rows(1_000_001)}\n`);
    const map = await eco(['map', dir, '--format', 'json'], { timeout: 60_000 });
    expect(map.code).toBe(2);
    expect(map.stdout).toBe('');
    expect(map.stderr).toBe(
      `${dir}/actors.csv: error file-too-many-rows: the file has more actors than one run maps: eco map, status, diff and export take at most 1,000,000 actors (README, "How far one machine goes"); eco validate checks more\n`,
    );
    writeFileSync(path.join(dir, 'actors.csv'), `id,name\n${rows(2_000_001)}\n`);
    const validate = await eco(['validate', dir], { timeout: 60_000 });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(
      `${dir}/actors.csv: error file-too-many-rows: the file has more actors than one run reads: eco reads at most 2,000,000 actors (README, "How far one machine goes")\n`,
    );
  }, 60_000);
});

describe('a workbook never holds a run up', () => {
  /** A workbook of one sheet (its XML as given) and, when given, its shared strings. */
  async function workbook(file: string, sheet: string, sharedStrings?: string): Promise<void> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file(
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Toimijat" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    if (sharedStrings !== undefined) zip.file('xl/sharedStrings.xml', sharedStrings);
    zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheet}</worksheet>`);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }
  const cells =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Alfa Oy</t></is></c></row>';

  it('shared strings that unpack past what a run holds are refused before they are read', async () => {
    const file = path.join(temp(), 'pommi.xlsx');
    await workbook(file, `${cells}</sheetData>`, `<sst>${'<si><t>x</t></si>'.repeat(4_000_000)}</sst>`);
    const run = await eco(['validate', file], { timeout: 60_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${file}: error file-too-large: it unpacks to 64.8 MB; eco reads at most 64 MB of a workbook's shared strings in one run (large inventories belong in CSV)\n`,
    );
  }, 60_000);

  it('millions of empty rows count as rows: the reading stops at what a run holds', async () => {
    const file = path.join(temp(), 'tyhjat.xlsx');
    await workbook(file, `${cells}${'<row/>'.repeat(5_000_001)}</sheetData>`);
    const run = await eco(['validate', file], { timeout: 90_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error file-too-many-rows: the file has more rows than one run reads');
  }, 90_000);

  it('thousands of merged ranges over every row, and a tag after the cells that never ends, are read in a moment', async () => {
    const dir = temp();
    const merges = `<mergeCells>${'<mergeCell ref="B2:B1048576"/>'.repeat(200_000)}</mergeCells>`;
    await workbook(path.join(dir, 'yhdistetyt.xlsx'), `${cells}</sheetData>${merges}`);
    await workbook(path.join(dir, 'avoin.xlsx'), `${cells}</sheetData><a ${'a'.repeat(20_000_000)}`);
    const started = Date.now();
    expect((await eco(['validate', path.join(dir, 'yhdistetyt.xlsx'), '--quiet'], { timeout: 60_000 })).code).toBe(0);
    const open = await eco(['validate', path.join(dir, 'avoin.xlsx')], { timeout: 60_000 });
    expect(open.code).not.toBe(3);
    expect(open.stderr).not.toMatch(STACK_LINE);
    // Both were minutes before; the bound is generous for a loaded machine.
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 60_000);
});

describe('the CSV allowance of one run', () => {
  it('a gzip file that would unpack past 128 MB is refused while unpacking, in one located error', async () => {
    const { gzipSync } = await import('node:zlib');
    const dir = temp();
    writeFileSync(path.join(dir, 'actors.csv.gz'), gzipSync(Buffer.alloc(130 * 1024 * 1024, 'a,b\n')));
    const run = await eco(['validate', dir], { timeout: 60_000 });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${dir}/actors.csv.gz: error file-too-large: the file is more than 128 MB; eco reads at most 128 MB of CSV in one run (about two million actors, or five million links: README, "How far one machine goes")\n`,
    );
  });
});
