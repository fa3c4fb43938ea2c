// eco export and eco import: every format written, and read back by eco's own
// importer with the network unchanged (counts, weights, attributes).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-exchange-'));
const map = async (input: string, args: string[] = []) =>
  JSON.parse((await eco(['map', input, '--format', 'json', '--quiet', '--links', 'explicit', ...args])).stdout) as MapResult;

describe('eco export and eco import', () => {
  it.each(['gexf', 'graphml'])('a %s export imports back into the same network', async (format) => {
    const dir = temp();
    const file = path.join(dir, `pirkanmaa.${format}`);
    expect((await eco(['export', 'examples/pirkanmaa-security', '--to', format, '-o', file, '--quiet'])).code).toBe(0);
    const folder = path.join(dir, 'back');
    const imported = await eco(['import', file, '-o', folder]);
    expect(imported.code).toBe(0);
    expect((await eco(['validate', folder])).code).toBe(0);
    const before = await map('examples/pirkanmaa-security');
    const after = await map(folder);
    for (const key of ['actors', 'links', 'density', 'components', 'isolates', 'diameter', 'averageClustering'] as const) {
      expect(after.summary[key]).toBe(before.summary[key]);
    }
    const actorsCsv = readFileSync(path.join(folder, 'actors.csv'), 'utf8');
    expect(actorsCsv).toContain('insta,Insta Oy,company,partner,Tampere,,,kyberturvallisuus;puolustus');
    expect(readFileSync(path.join(folder, 'links.csv'), 'utf8')).toContain('pvlogl,millog,supply,3,false,,,');
  });

  it('writes GEXF 1.3 with typed attributes and sector colours, or 1.2draft when asked', async () => {
    const gexf = (await eco(['export', 'examples/kauko', '--to', 'gexf', '--quiet'])).stdout;
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(gexf).toMatch(/<attribute id="\d+" title="betweenness" type="double"\/>/);
    expect(gexf).toMatch(/<attribute id="\d+" title="degree" type="integer"\/>/);
    expect(gexf).toContain('<node id="business-helsinki" label="Business Helsinki">');
    expect(gexf).toMatch(/<viz:color r="0" g="158" b="115"\/>/);
    expect((await eco(['export', 'examples/kauko', '--to', 'gexf', '--gexf-version', '1.2', '--quiet'])).stdout).toContain(
      'xmlns="http://www.gexf.net/1.2draft"',
    );
  });

  it('writes graphology and Cytoscape.js JSON', async () => {
    const graphology = JSON.parse((await eco(['export', 'examples/kauko', '--to', 'json', '--quiet'])).stdout) as {
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: unknown[];
    };
    expect(graphology.nodes).toHaveLength(17);
    expect(graphology.nodes[0]!.attributes).toMatchObject({ label: 'Business Helsinki', sector: 'public', color: '#009E73' });
    const cytoscape = JSON.parse((await eco(['export', 'examples/kauko', '--to', 'cytoscape', '--quiet'])).stdout) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };
    expect(cytoscape.elements.nodes[0]!.data).toMatchObject({ id: 'business-helsinki', label: 'Business Helsinki' });
    expect(cytoscape.elements.edges.length).toBe(graphology.edges.length);
  });

  it('writes spreadsheet CSV that cannot carry formulas, and Finnish Excel CSV', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'actors.csv'), 'id,name,sector,city\na,=1+2,company,@Tampere\nb,-5 Oy,public,+358\n');
    writeFileSync(path.join(dir, 'links.csv'), 'source,target,type\na,b,=cmd\n');
    const out = path.join(dir, 'export');
    expect((await eco(['export', dir, '--to', 'csv', '-o', out, '--quiet'])).code).toBe(0);
    const actors = readFileSync(path.join(out, 'actors.csv'), 'utf8');
    expect(actors).toContain("a,'=1+2,company,,'@Tampere");
    expect(actors).toContain("b,'-5 Oy,public,,'+358");
    expect(readFileSync(path.join(out, 'links.csv'), 'utf8')).toContain("a,b,'=cmd,1");
    const excel = path.join(dir, 'excel');
    await eco(['export', 'examples/kauko', '--to', 'csv', '--excel', '-o', excel, '--quiet']);
    const text = readFileSync(path.join(excel, 'actors.csv'), 'utf8');
    expect(text.startsWith('\ufeffid;name;sector;layer')).toBe(true);
    expect(text).toMatch(/;0,8125;/);
    expect(text).toContain('\r\n');
    expect((await eco(['validate', excel])).code).toBe(0);
  });

  it('keeps contacts out unless asked', async () => {
    const dir = temp();
    writeFileSync(
      path.join(dir, 'ecosystem.yaml'),
      'schema: eco/v1\necosystem: {id: c, name: C, orchestrators: [a]}\nactors:\n  - {id: a, name: A, sector: public, layer: orchestrator, contacts: [{name: Maija Meikäläinen, email: maija@example.org}]}\n  - {id: b, name: B, sector: company}\nlinks:\n  - {source: a, target: b}\n',
    );
    expect((await eco(['export', dir, '--to', 'graphml', '--quiet'])).stdout).not.toContain('Maija');
    expect((await eco(['export', dir, '--to', 'graphml', '--include-contacts', '--quiet'])).stdout).toContain('Maija Meikäläinen maija@example.org');
  });

  it('refuses what it cannot do, with exit 2', async () => {
    expect((await eco(['export', 'examples/kauko', '--to', 'csv'])).code).toBe(2);
    expect((await eco(['export', 'examples/kauko', '--to', 'pdf'])).code).toBe(2);
    expect((await eco(['import', `${ROOT}README.md`, '-o', temp()])).code).toBe(2);
    const bad = temp();
    writeFileSync(path.join(bad, 'x.gexf'), '<gexf><graph><nodes><node id="a"');
    expect((await eco(['import', path.join(bad, 'x.gexf'), '-o', path.join(bad, 'out')])).code).toBe(2);
  });
});
