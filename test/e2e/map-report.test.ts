// The baseline report: golden files for every example in both languages and
// both formats (UPDATE_GOLDEN=1 rewrites them, for review in the diff), and
// the safety and determinism every report must have.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/run-eco.js';
import { eco } from '../helpers/eco-in-process.js';

const examples = readdirSync(`${ROOT}examples`)
  .filter((name) => statSync(`${ROOT}examples/${name}/ecosystem.yaml`, { throwIfNoEntry: false })?.isFile())
  .sort();
const cases = examples.flatMap((example) => (['fi', 'en'] as const).map((lang) => ({ example, lang })));

describe('eco map reports', () => {
  it.each(cases)('$example in $lang: HTML matches its golden file', async ({ example, lang }) => {
    const run = await eco(['map', `examples/${example}`, '--format', 'html', '--lang', lang, '--as-of', '2025-06-30', '--quiet']);
    expect(run.code).toBe(0);
    expectGolden(`map/${example}.${lang}.html`, run.stdout);
  });

  it.each(cases)('$example in $lang: Markdown and its picture match their golden files', async ({ example, lang }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-md-'));
    const run = await eco([
      'map',
      `examples/${example}`,
      '--format',
      'md',
      '--lang',
      lang,
      '--as-of',
      '2025-06-30',
      '--quiet',
      '-o',
      path.join(dir, 'report.md'),
    ]);
    expect(run.code).toBe(0);
    const markdown = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(markdown).toContain('](report.svg)');
    expectGolden(`map/${example}.${lang}.md`, markdown);
    expectGolden(`map/${example}.${lang}.svg`, readFileSync(path.join(dir, 'report.svg'), 'utf8'));
    // The layer picture, for an ecosystem with at least two layers.
    const layers = path.join(dir, 'report.layers.svg');
    expect(markdown.includes('](report.layers.svg)')).toBe(existsSync(layers));
    if (existsSync(layers)) expectGolden(`map/${example}.${lang}.layers.svg`, readFileSync(layers, 'utf8'));
  });

  it('is byte-identical run to run, and shows no date unless one is given', async () => {
    const first = (await eco(['map', 'examples/kauko', '--format', 'html', '--quiet'])).stdout;
    const second = (await eco(['map', 'examples/kauko', '--format', 'html', '--quiet'])).stdout;
    expect(first).toBe(second);
    expect(first).not.toMatch(/-työkalulla \d/);
    const dated = (await eco(['map', 'examples/kauko', '--format', 'html', '--quiet'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 5, 30) / 1000) } }))
      .stdout;
    expect(dated).toMatch(/-työkalulla 30\.6\.2025\./);
  });

  it('writes numbers the Finnish way in Finnish and the English way in English', async () => {
    const fi = (await eco(['map', 'examples/kauko', '--format', 'md', '--quiet'])).stdout;
    const en = (await eco(['map', 'examples/kauko', '--format', 'md', '--lang', 'en', '--quiet'])).stdout;
    expect(fi).toContain('1\u00a0028\u00a0182\u00a0€');
    expect(en).toContain('€1,028,182');
    expect(fi).toMatch(/\| *0,\d{4} \|/);
    expect(en).toMatch(/\| *0\.\d{4} \|/);
  });

  it('says why eigenvector centrality is missing when its iteration does not settle', async () => {
    const fi = (await eco(['map', 'test/fixtures/networks/long-path', '--format', 'md', '--quiet'])).stdout;
    expect(fi).toContain('Ominaisvektorikeskeisyyttä ei näytetä (–): sen potenssi-iteraatio ei asettunut tässä verkossa 1 000 kierroksessa');
    const en = (await eco(['map', 'test/fixtures/networks/long-path', '--format', 'html', '--lang', 'en', '--quiet'])).stdout;
    expect(en).toContain('<p class="note">Eigenvector centrality is not shown (–): its power iteration did not settle within 1,000 rounds on this network');
    expect((await eco(['map', 'examples/kauko', '--format', 'md', '--quiet'])).stdout).not.toContain('Ominaisvektorikeskeisyyttä ei näytetä');
  });

  it('leaves overdue tasks to eco status: a map made after their due dates warns of nothing new', async () => {
    const later = await eco(['map', 'examples/seutukaupungit', '--as-of', '2030-01-01', '--format', 'json']);
    expect(later.code).toBe(0);
    expect(later.stderr).toBe('');
    const validate = await eco(['validate', 'examples/seutukaupungit', '--as-of', '2030-01-01']);
    expect(validate.stdout).toMatch(/warning task-overdue/);
  });

  it('escapes every text from the input', async () => {
    const html = (await eco(['map', 'test/fixtures/hostile', '--format', 'html', '--quiet'])).stdout;
    expect(html).not.toMatch(/<script>window/);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('&lt;script&gt;window.__pwned &#x3D; 4&lt;/script&gt;');
    // The page's own two scripts (the explorer and the table's), and the explorer's data with every < escaped.
    expect(html.match(/<script>/g)).toHaveLength(2);
    const data = /<script type="application\/json" id="explorer-data">([^<]*)<\/script>/.exec(html)?.[1];
    expect(data).toContain('\\u003cscript\\u003ewindow.__pwned = 4');
    expect(JSON.parse(data!).nodes.name).toContain('<script>window.__pwned = 4</script>');
    const md = (await eco(['map', 'test/fixtures/hostile', '--format', 'md', '--quiet'])).stdout;
    expect(md).not.toMatch(/<script>/);
    expect(md).toContain('\\<script\\>window.\\_\\_pwned = 4\\</script\\>');
  });

  it('lays a report out with a user template from the same view model', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-template-'));
    const template = path.join(dir, 'mine.hbs');
    writeFileSync(template, '{{ecosystemName}}: {{#each keyActors.rows}}{{name}}; {{/each}}\n');
    const run = await eco(['map', 'examples/kauko', '--format', 'html', '--template', template, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^KauKo – [^:]+: Espoon kaupunki; Business Helsinki; Forum Virium Helsinki; /);
  });

  it('creates a missing output folder and leaves nothing half-written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-out-'));
    const out = path.join(dir, 'a', 'b', 'raportti.html');
    expect((await eco(['map', 'examples/kauko', '--format', 'html', '-o', out, '--quiet'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(path.dirname(out))).toEqual(['raportti.html']);
  });
});
