// Hostile characters in names: every XML eco writes (GEXF, GraphML, SVG)
// stays well-formed, a terminal never receives an escape sequence from the
// input, and no lone surrogate reaches a JSON document.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eco } from '../helpers/eco-in-process.js';
import { XML_PYTHON } from '../helpers/python.js';

const FIXTURE = 'test/fixtures/hostile-characters';
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPE = /[\u001B\u0007\u009B]/;

/** Parses with Python's expat, which rejects any character XML 1.0 forbids. */
function expectWellFormedXml(file: string): void {
  if (!XML_PYTHON) return;
  const run = spawnSync(XML_PYTHON, ['-c', 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1]); print("ok")', file], { encoding: 'utf8' });
  expect(run.stdout + run.stderr, file).toBe('ok\n');
}

describe('hostile characters', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eco-hostile-'));

  it.each([
    ['GEXF', ['export', FIXTURE, '--to', 'gexf'], 'network.gexf'],
    ['GEXF 1.2', ['export', FIXTURE, '--to', 'gexf', '--gexf-version', '1.2'], 'network-12.gexf'],
    ['GraphML', ['export', FIXTURE, '--to', 'graphml'], 'network.graphml'],
  ])('the %s export is well-formed XML', async (_, args, name) => {
    const file = path.join(dir, name);
    const run = await eco([...args, '-o', file, '--quiet']);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toMatch(NOT_XML);
    expectWellFormedXml(file);
  });

  it('the SVG pictures of the map and diff reports are well-formed XML', async () => {
    expect((await eco(['map', FIXTURE, '--format', 'md', '-o', path.join(dir, 'map.md'), '--quiet'])).code).toBe(0);
    expectWellFormedXml(path.join(dir, 'map.svg'));
    expect((await eco(['diff', 'examples/kauko', FIXTURE, '--format', 'md', '-o', path.join(dir, 'diff.md'), '--as-of', '2026-06-30', '--quiet'])).code).toBe(
      0,
    );
    expectWellFormedXml(path.join(dir, 'diff.before.svg'));
    expectWellFormedXml(path.join(dir, 'diff.after.svg'));
  });

  it('the HTML reports carry no character XML forbids', async () => {
    for (const args of [
      ['map', FIXTURE],
      ['status', FIXTURE, '--as-of', '2026-06-30'],
    ]) {
      const run = await eco([...args, '--format', 'html', '--quiet']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(NOT_XML);
    }
  });

  it.each([
    ['map', ['map', FIXTURE, '--format', 'text', '--as-of', '2026-06-30']],
    ['status', ['status', FIXTURE, '--format', 'text', '--as-of', '2026-06-30']],
    ['diff', ['diff', 'examples/kauko', FIXTURE, '--format', 'text', '--as-of', '2026-06-30']],
    ['validate', ['validate', FIXTURE, '--as-of', '2026-06-30']],
  ])('%s sends no escape sequence from the input to the terminal', async (_, args) => {
    const run = await eco(args);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ESCAPE);
    expect(run.stderr).not.toMatch(ESCAPE);
  });

  it('a folder whose name holds an escape sequence is shown, not obeyed, in validate’s problem lines and annotations', async () => {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'eco-hostile-')), 'esc\u001b[31mdir');
    cpSync('examples/pirkanmaa-security', folder, { recursive: true });
    appendFileSync(path.join(folder, 'actors.csv'), 'broken,row,company,extra,fields,here,too\n');
    for (const format of ['text', 'github']) {
      const run = await eco(['validate', folder, '--format', format]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('esc\\u001b[31mdir');
      expect(run.stdout).not.toMatch(ESCAPE);
      expect(run.stderr).not.toMatch(ESCAPE);
    }
  });

  it('the terminal summary shows the escapes as text', async () => {
    expect((await eco(['map', FIXTURE, '--format', 'text'])).stdout).toContain('A\\u001b]0;PWNED\\u0007B\\u001b[2J');
  });

  it('no lone surrogate reaches the JSON documents', async () => {
    for (const args of [
      ['map', FIXTURE],
      ['status', FIXTURE, '--as-of', '2026-06-30'],
      ['export', FIXTURE, '--to', 'json'],
      ['export', FIXTURE, '--to', 'cytoscape'],
    ]) {
      const run = await eco([...args, ...(args[0] === 'export' ? [] : ['--format', 'json']), '--quiet']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
      expect(run.stdout.isWellFormed()).toBe(true);
      if (args[0] !== 'status') expect(JSON.stringify(JSON.parse(run.stdout))).toContain('Puoli\uFFFD Oy');
    }
  });
});
