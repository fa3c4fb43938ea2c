// eco trend end to end: every snapshot's figures equal eco map's of it,
// snapshots read from folders and from git (named revisions and --git PATH),
// bad input in one line with exit 2, goldens in both languages, and the saved
// document laid out again by eco report.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../src/analysis/map-result.js';
import type { TrendResult } from '../../src/analysis/trend.js';
import { outputDocumentProblems } from '../../src/model/output-documents.js';
import { eco } from '../helpers/eco-in-process.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/run-eco.js';

const OLD = 'examples/seutukaupungit/snapshots/2025-06';
const NEW = 'examples/seutukaupungit/snapshots/2026-06';
const FIGURES = ['actors', 'linksExplicit', 'linksDerived', 'density', 'components', 'communities', 'modularity', 'crossSectorShare', 'eiIndex'] as const;

async function trendOf(args: string[], cwd?: string): Promise<TrendResult> {
  const run = await eco(['trend', ...args, '--format', 'json', '--quiet'], cwd === undefined ? {} : { cwd });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const trend = JSON.parse(run.stdout) as TrendResult;
  expect(outputDocumentProblems(trend)).toEqual([]);
  return trend;
}

async function mapOf(input: string, cwd?: string): Promise<MapResult> {
  const run = await eco(['map', input, '--format', 'json', '--quiet'], cwd === undefined ? {} : { cwd });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as MapResult;
}

function expectSameFigures(row: TrendResult['snapshots'][number], map: MapResult): void {
  for (const key of FIGURES) expect(row.summary[key], key).toBe(map.summary[key]);
  expect(row.layers).toEqual(Object.fromEntries(map.layers.map((l) => [l.layer, l.actors])));
  expect(row.sectors).toEqual(Object.fromEntries(map.sectors.map((s) => [s.sector, s.actors])));
}

describe('eco trend over snapshot folders', () => {
  it('orders the snapshots by date and gives each the figures eco map gives it', async () => {
    const trend = await trendOf([NEW, OLD]);
    expect(trend.snapshots.map((s) => [s.label, s.date, s.revision])).toEqual([
      ['2025-06', '2025-06', null],
      ['2026-06', '2026-06', null],
    ]);
    expectSameFigures(trend.snapshots[0]!, await mapOf(OLD));
    expectSameFigures(trend.snapshots[1]!, await mapOf(NEW));
    // Indicator values as the goals file states them: G1-I1 is 6 in June 2025, 8 in June 2026.
    expect(trend.snapshots.map((s) => s.indicators['G1-I1'])).toEqual([6, 8]);
    expect(trend.indicators.find((i) => i.id === 'G1-I1')).toMatchObject({ baseline: 2, target: 10 });
  });

  const formats = (['fi', 'en'] as const).flatMap((lang) => (['md', 'html'] as const).map((format) => ({ lang, format })));
  it.each(formats)('the $lang $format report matches its golden file, and eco report lays the saved document out the same', async ({ lang, format }) => {
    const run = await eco(['trend', OLD, NEW, '--lang', lang, '--format', format, '--quiet']);
    expect(run.code).toBe(0);
    expectGolden(`trend/seutukaupungit.${lang}.${format}`, run.stdout);
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-trend-'));
    const saved = path.join(dir, 'trend.json');
    writeFileSync(saved, (await eco(['trend', OLD, NEW, '--format', 'json', '--quiet'])).stdout);
    const again = await eco(['report', saved, '--lang', lang, '--format', format]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(run.stdout);
  });

  it('writes a Markdown report with its charts beside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-trend-'));
    const out = path.join(dir, 'kehitys.md');
    expect((await eco(['trend', OLD, NEW, '--format', 'md', '--quiet', '-o', out])).code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('![Toimijat osallistumiskerroksittain](kehitys.layers.svg)');
    const layers = readFileSync(path.join(dir, 'kehitys.layers.svg'), 'utf8');
    expect(layers).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(readFileSync(path.join(dir, 'kehitys.indicator-1.svg'), 'utf8')).toContain('stroke-dasharray="6 4"');
  });

  it('refuses bad input with exit 2 and one line', async () => {
    const none = await eco(['trend']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('eco: no snapshots: name folders, manifests or git:REV:path, or give --git PATH\n');
    const monthly = await eco(['trend', OLD, '--monthly']);
    expect(monthly.code).toBe(2);
    expect(monthly.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('eco trend over git', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'eco-trend-git-'));
  const git = (date: string | null, ...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
        ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }),
      },
    });
  /** The snapshot without its collection date, so the commit's date is the snapshot's. */
  const put = (from: string): void => {
    cpSync(`${ROOT}${from}`, path.join(repo, 'eco'), { recursive: true });
    const manifest = path.join(repo, 'eco', 'ecosystem.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^ {2}collected: .*\n/m, ''));
  };
  git(null, 'init', '-q');
  put(OLD);
  git(null, 'add', '.');
  git('2025-06-10', 'commit', '-qm', 'June 2025');
  git(null, 'tag', 'first');
  put(NEW);
  git('2025-06-20', 'commit', '-qam', 'later in June');
  writeFileSync(path.join(repo, 'README.md'), 'not the ecosystem\n');
  git(null, 'add', 'README.md');
  git('2025-07-01', 'commit', '-qm', 'readme');
  const links = path.join(repo, 'eco', 'links.csv');
  writeFileSync(links, readFileSync(links, 'utf8').trimEnd().split('\n').slice(0, -1).join('\n') + '\n');
  git('2025-08-05', 'commit', '-qam', 'a link less');
  // A collection date named late, and earlier than the commits before it: git's order still places the commit last.
  const manifest = path.join(repo, 'eco', 'ecosystem.yaml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace(/^ {2}orchestrators: .*\n/m, (line) => `${line}  collected: 2020-01\n`),
  );
  git('2025-09-01', 'commit', '-qam', 'collection date');
  const hashes = git(null, 'log', '--reverse', '--format=%H', '--', 'eco').trim().split('\n');

  it('reads three named revisions, dated by their commits, and orders them by date', async () => {
    const trend = await trendOf(['git:HEAD~1:eco', 'git:first:eco', 'git:HEAD~3:eco'], repo);
    expect(trend.snapshots.map((s) => [s.label, s.date, s.revision])).toEqual([
      [hashes[0]!.slice(0, 7), '2025-06-10', hashes[0]],
      [hashes[1]!.slice(0, 7), '2025-06-20', hashes[1]],
      [hashes[2]!.slice(0, 7), '2025-08-05', hashes[2]],
    ]);
    expect(trend.snapshots[2]!.summary.linksExplicit).toBe(trend.snapshots[1]!.summary.linksExplicit - 1);
    expectSameFigures(trend.snapshots[0]!, await mapOf(`${ROOT}${OLD}`));
    expectSameFigures(trend.snapshots[2]!, await mapOf('eco', repo));
  });

  it('--git PATH walks the commits that changed the ecosystem, oldest first; --monthly keeps the last of each month', async () => {
    const all = await trendOf(['--git', 'eco'], repo);
    expect(all.snapshots.map((s) => s.revision)).toEqual(hashes);
    expect(all.snapshots.at(-1)).toMatchObject({ label: '2020-01', date: '2020-01' });
    const monthly = await trendOf(['--git', 'eco/ecosystem.yaml', '--monthly'], repo);
    expect(monthly.snapshots.map((s) => s.date)).toEqual(['2025-06-20', '2025-08-05', '2020-01']);
  });

  it('says in one line, with exit 2, when a revision is unknown or no commit changed the path', async () => {
    const unknown = await eco(['trend', 'git:nosuchtag:eco'], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^eco: cannot read git:nosuchtag:eco from git: [^\n]+\n$/);
    const option = await eco(['trend', 'git:--output=x:eco'], { cwd: repo });
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('eco: cannot read git:--output=x:eco from git: "--output=x" is no revision\n');
    writeFileSync(path.join(repo, 'untracked.csv'), 'id,name\n');
    const never = await eco(['trend', '--git', 'untracked.csv'], { cwd: repo });
    expect(never.code).toBe(2);
    expect(never.stderr).toBe('eco: no snapshots: no commit changed untracked.csv\n');
  });
});
