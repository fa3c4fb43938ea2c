import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusResult } from '../../src/analysis/goal-status.js';
import type { MapResult } from '../../src/analysis/map-result.js';
import { outputDocumentProblems } from '../../src/model/output-documents.js';
import { expectGolden } from '../helpers/golden.js';
import { eco } from '../helpers/eco-in-process.js';

const FIXTURE = 'test/fixtures/network-of-ecosystems';

describe('a network of ecosystems', () => {
  let result: MapResult;
  beforeAll(async () => {
    result = JSON.parse((await eco(['map', FIXTURE, '--format', 'json', '--as-of', '2026-06-30', '--quiet'])).stdout) as MapResult;
  });

  it('combines the members, one actor per id', () => {
    expect(result.summary.actors).toBe(7);
    expect(result.actors.filter((a) => a.id === 'uni')).toHaveLength(1);
  });

  it('sets the members side by side, with shared actors and links between members', () => {
    expect(result.network!.members.map((m) => [m.id, m.actors, m.onTrack, m.indicators])).toEqual([
      ['north', 3, 1, 1],
      ['south', 4, 0, 0],
    ]);
    expect(result.network!.shared).toEqual([{ id: 'uni', members: ['north', 'south'] }]);
    expect(result.network!.sameBusinessId).toEqual([
      {
        businessId: '0201256-6',
        actors: [
          { id: 'n-firm', member: 'north' },
          { id: 'n-firm-branch', member: 'south' },
        ],
      },
    ]);
    expect(result.network!.crossMemberLinks.links).toEqual([{ source: 'n-firm', target: 's-firm', weight: 2 }]);
  });

  it('benchmarks the members against each other: ranks, medians, strongest and weakest, and peers', () => {
    const [north, south] = result.network!.members;
    expect(north!.ranks).toEqual({ actors: 2, links: 2, sectorsCovered: 1, density: 1, eiIndex: 1, onTrackShare: 1, overdueShare: null });
    expect(south!.ranks).toMatchObject({ actors: 1, links: 1, density: 2, onTrackShare: null });
    expect(north!.onTrackShare).toBe(1);
    expect(north!.peers).toEqual([{ id: 'south', similarity: south!.peers![0]!.similarity }]);
    expect(south!.peers!.map((p) => p.id)).toEqual(['north']);
    const figures = result.network!.benchmark!.figures;
    expect(figures.find((f) => f.figure === 'actors')).toEqual({
      figure: 'actors',
      better: 'higher',
      median: 3.5,
      ranked: 2,
      strongest: ['south'],
      weakest: ['north'],
    });
    expect(figures.find((f) => f.figure === 'onTrackShare')).toMatchObject({ ranked: 1, strongest: [], weakest: [] });
    expect(result.network!.benchmark!.peerMeasure).toEqual({ method: 'sector-mix-cosine+log-size', sectorMixWeight: 0.5, sizeWeight: 0.5, maxPeers: 3 });
    expect(outputDocumentProblems(result)).toEqual([]);
  });

  it('re-renders a saved document with the benchmark, and one saved before members were benchmarked without it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eco-benchmark-'));
    try {
      const older = structuredClone(result);
      delete older.network!.benchmark;
      for (const m of older.network!.members) {
        delete m.ranks;
        delete m.peers;
        delete m.onTrackShare;
      }
      expect(outputDocumentProblems(older)).toEqual([]);
      writeFileSync(join(folder, 'new.json'), JSON.stringify(result));
      writeFileSync(join(folder, 'old.json'), JSON.stringify(older));
      const now = await eco(['report', join(folder, 'new.json'), '--format', 'md', '--lang', 'en']);
      const before = await eco(['report', join(folder, 'old.json'), '--format', 'md', '--lang', 'en']);
      expect([now.code, before.code]).toEqual([0, 0]);
      expect(now.stdout).toContain('### Benchmarking the member ecosystems');
      expect(before.stdout).not.toContain('Benchmarking');
      expect(before.stdout).toContain('## The network of ecosystems');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives the same document on any day: without a date, member goals are not scored', async () => {
    const undated = JSON.parse((await eco(['map', FIXTURE, '--format', 'json', '--quiet'])).stdout) as MapResult;
    expect(undated.asOf).toBeNull();
    expect(undated.network!.members.map((m) => [m.id, m.onTrack, m.overdue, m.indicators])).toEqual([
      ['north', null, null, 1],
      ['south', null, null, 0],
    ]);
    expect(result.asOf).toBe('2026-06-30');
    const epoch = (await eco(['map', FIXTURE, '--format', 'json', '--quiet'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 30) / 1000) } })).stdout;
    expect(epoch).toBe(JSON.stringify(result, null, 2) + '\n');
  });

  it('maps the members with the options given for the whole', async () => {
    const directed = JSON.parse((await eco(['map', FIXTURE, '--format', 'json', '--directed', '--quiet'])).stdout) as MapResult;
    const north = JSON.parse((await eco(['map', `${FIXTURE}/north`, '--format', 'json', '--directed', '--quiet'])).stdout) as MapResult;
    const undirectedNorth = result.network!.members.find((m) => m.id === 'north')!;
    const directedNorth = directed.network!.members.find((m) => m.id === 'north')!;
    expect(directedNorth.links).toBe(north.summary.links);
    expect(directedNorth.links).not.toBe(undirectedNorth.links);
  });

  it('keeps member goals apart from the network’s own', async () => {
    const status = JSON.parse((await eco(['status', FIXTURE, '--as-of', '2026-06-30', '--format', 'json', '--quiet'])).stdout) as StatusResult;
    expect(status.goals.map((g) => g.id)).toEqual(['G1', 'north/G1']);
    expect(status.members?.map((m) => m.id)).toEqual(['north', 'south']);
  });

  it('reports a member’s errors with their own file, and a member can be opened on its own', async () => {
    expect((await eco(['map', `${FIXTURE}/north`, '--format', 'json', '--quiet'])).code).toBe(0);
    const bad = await eco(['validate', 'test/fixtures/network-of-ecosystems-bad']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      [
        'test/fixtures/network-of-ecosystems-bad/member/actors.csv:2:1: warning isolated-actor: actor "a" has no links, projects or events',
        'test/fixtures/network-of-ecosystems-bad/member/actors.csv:3:1: warning isolated-actor: actor "b" has no links, projects or events',
        'test/fixtures/network-of-ecosystems-bad/member/actors.csv:3:8: error unknown-value: sector "yritys2" is not one of: company, research, education, public, financier, association, community, other; did you mean "yritys"?',
        '',
      ].join('\n'),
    );
  });

  it.each(['fi', 'en'])('renders the network report in %s', async (lang) => {
    expectGolden(
      `network/two-towns.map.${lang}.md`,
      (await eco(['map', FIXTURE, '--format', 'md', '--lang', lang, '--as-of', '2026-06-30', '--quiet'])).stdout,
    );
    expectGolden(
      `network/two-towns.status.${lang}.md`,
      (await eco(['status', FIXTURE, '--format', 'md', '--lang', lang, '--as-of', '2026-06-30', '--quiet'])).stdout,
    );
  });

  it("--skip-invalid says what it left out of a member, on stderr and in the report's data quality", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eco-members-'));
    try {
      cpSync(FIXTURE, folder, { recursive: true });
      const south = join(folder, 'south', 'ecosystem.yaml');
      writeFileSync(
        south,
        readFileSync(south, 'utf8').replace('{ source: s-firm, target: uni, type: knowledge }', '{ source: s-firm, target: ghost, type: knowledge }'),
      );
      const run = await eco(['map', folder, '--skip-invalid', '--format', 'md', '--lang', 'en']);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/south\/ecosystem\.yaml:10:31: left out the link "Etelän Tehdas Oy → ghost" \(--skip-invalid\)/);
      expect(run.stdout).toContain('## Data quality');
      expect(run.stdout).toContain('Etelän Tehdas Oy → ghost');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
