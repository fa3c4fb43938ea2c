// Whom to invite, on hand-made pools where the right answer is plain: a
// local partner before a foreign hub that works with everyone, the candidate
// of the one missing sector, a bridge between two parts, members recognised
// in the pool by id, business id or name, and the same answer every time.
import { describe, expect, it } from 'vitest';
import { mapEcosystem } from '../../../src/analysis/map-analysis.js';
import { type PoolSource, type SuggestResult, suggest } from '../../../src/analysis/suggest/suggest.js';
import type { Actor, Ecosystem, Link, Sector } from '../../../src/model/schema-types.js';

function ecosystemOf(actors: Actor[], links: Link[] = [], info: Partial<Ecosystem['ecosystem']> = {}): Ecosystem {
  return { schema: 'eco/v1', ecosystem: { id: 'iisalmi', name: 'Iisalmi', ...info }, actors, links };
}

function run(ecosystem: Ecosystem, pools: Ecosystem[], options: { top?: number; sector?: 'financier'; tag?: string } = {}): SuggestResult {
  const map = mapEcosystem(ecosystem).result;
  const sources: PoolSource[] = pools.map((p) => ({ label: p.ecosystem.name, ecosystem: p }));
  return suggest(ecosystem, map, sources, {
    top: options.top ?? 20,
    ...(options.sector && { sector: options.sector }),
    ...(options.tag && { tag: options.tag }),
  });
}

const at = (id: string, name: string, sector: Sector, city: string, country = 'FI', more: Partial<Actor> = {}): Actor => ({
  id,
  name,
  sector,
  city,
  country,
  ...more,
});

/** Four members in Iisalmi: the town, two companies and a school, tied in a chain. */
const MEMBERS = [
  at('iisalmi', 'Iisalmen kaupunki', 'public', 'Iisalmi'),
  at('olvi', 'Olvi Oyj', 'company', 'Iisalmi'),
  at('normet', 'Normet Oy', 'company', 'Iisalmi'),
  at('ysao', 'Ylä-Savon ammattiopisto', 'education', 'Iisalmi'),
];
const CHAIN: Link[] = [
  { source: 'iisalmi', target: 'olvi' },
  { source: 'olvi', target: 'normet' },
  { source: 'normet', target: 'ysao' },
];

describe('eco suggest ranks candidates by evidence', () => {
  it('puts a local partner before a foreign hub that has more ties to members but works with everyone', () => {
    const strangers = Array.from({ length: 300 }, (_, i) => at(`x${i}`, `Partner ${i}`, 'company', 'Berlin', 'DE'));
    const hub = at('hub', 'Fraunhofer-Gesellschaft', 'research', 'München', 'DE');
    const local = at('local', 'Iisalmen Teollisuuskylä Oy', 'company', 'Iisalmi');
    const pool = ecosystemOf(
      [...MEMBERS, hub, local, ...strangers],
      [
        ...CHAIN,
        ...MEMBERS.map((m) => ({ source: 'hub', target: m.id })),
        ...strangers.map((s) => ({ source: 'hub', target: s.id })),
        { source: 'local', target: 'olvi' },
        { source: 'local', target: 'normet' },
      ],
      { id: 'pool', name: 'Pool' },
    );
    const result = run(ecosystemOf(MEMBERS, CHAIN), [pool]);
    const ids = result.candidates.map((c) => c.id);
    expect(ids[0]).toBe('local');
    expect(ids.indexOf('hub')).toBeGreaterThan(0);
    // A plain count of ties to members would have put the hub first.
    const hubRow = result.candidates.find((c) => c.id === 'hub')!;
    const localRow = result.candidates[0]!;
    expect(hubRow.tiesToMembers).toBeGreaterThan(localRow.tiesToMembers);
    expect(localRow.reasons.map((r) => r.code)).toEqual(['works-with-members', 'same-city', 'joins-communities']);
    expect(localRow.reasons[0]).toMatchObject({ evidence: { members: 2, ties: 2, share: 1 } });
    expect(localRow.introducers.map((i) => i.id)).toEqual(['normet', 'olvi']);
    expect(localRow.score).toBeCloseTo(
      localRow.reasons.reduce((s, r) => s + r.points, 0),
      9,
    );
  });

  it('puts the candidate of the one missing sector first among otherwise equal ones', () => {
    const sectors = ['company', 'research', 'public', 'association', 'community', 'education'] as const;
    const members = sectors.map((s, i) => at(`m${i}`, `Jäsen ${i}`, s, 'Iisalmi'));
    const links = members.slice(1).map((m) => ({ source: 'm0', target: m.id }));
    const company = at('yritys', 'Savon Konepaja Oy', 'company', 'Iisalmi');
    const financier = at('rahoittaja', 'Finnvera Oyj', 'financier', 'Iisalmi');
    const pool = ecosystemOf([...members, company, financier], [...links, { source: 'yritys', target: 'm0' }, { source: 'rahoittaja', target: 'm0' }]);
    const result = run(ecosystemOf(members, links), [pool]);
    expect(result.gaps.sectors).toEqual(['financier']);
    expect(result.candidates.map((c) => c.id)).toEqual(['rahoittaja', 'yritys']);
    expect(result.candidates[0]!.reasons.find((r) => r.code === 'missing-sector')).toEqual({
      code: 'missing-sector',
      points: 1.5,
      evidence: { sector: 'financier' },
    });
  });

  it('sees a bridge between two separate parts of the network', () => {
    const members = [...MEMBERS, at('kylat', 'Ylä-Savon kylät', 'community', 'Iisalmi'), at('yrittajat', 'Ylä-Savon Yrittäjät ry', 'association', 'Iisalmi')];
    const links = [...CHAIN, { source: 'kylat', target: 'yrittajat' }];
    const bridge = at('bridge', 'Silta Oy', 'company', 'Iisalmi');
    const inside = at('inside', 'Sisä Oy', 'company', 'Iisalmi');
    const pool = ecosystemOf(
      [...members, bridge, inside],
      [
        ...links,
        { source: 'bridge', target: 'olvi' },
        { source: 'bridge', target: 'kylat' },
        { source: 'inside', target: 'olvi' },
        { source: 'inside', target: 'normet' },
      ],
    );
    const result = run(ecosystemOf(members, links), [pool]);
    const row = (id: string) => result.candidates.find((c) => c.id === id)!;
    expect(row('bridge').reasons).toContainEqual({ code: 'joins-components', points: 1.5, evidence: { components: 2 } });
    expect(row('inside').reasons.some((r) => r.code === 'joins-components')).toBe(false);
    expect(result.candidates[0]!.id).toBe('bridge');
  });

  it('knows members in the pool by id, business id or name, and never suggests them', () => {
    const members = [
      at('iisalmi', 'Iisalmen kaupunki', 'public', 'Iisalmi'),
      at('olvi', 'Olvi Oyj', 'company', 'Iisalmi', 'FI', { businessId: '0170318-9' }),
      at('savonia', 'Savonia-ammattikorkeakoulu', 'education', 'Kuopio'),
    ];
    const pool = ecosystemOf(
      [
        at('fi001', 'Iisalmen Kaupunki', 'public', 'Iisalmi'),
        at('fi002', 'OLVI', 'company', 'Iisalmi', 'FI', { businessId: '0170318-9' }),
        at('fi003', 'Savonia-ammattikorkeakoulu Oy', 'education', 'Kuopio'),
        at('fi004', 'Itä-Suomen yliopisto', 'research', 'Kuopio'),
      ],
      [
        { source: 'fi004', target: 'fi003' },
        { source: 'fi004', target: 'fi001' },
      ],
    );
    const result = run(ecosystemOf(members), [pool]);
    expect(result.pool.matched).toBe(3);
    expect(result.candidates.map((c) => c.id)).toEqual(['fi004']);
    expect(result.candidates[0]!.introducers.map((i) => i.id).sort()).toEqual(['iisalmi', 'savonia']);
  });

  it('merges one organisation two pools list, and sums its ties', () => {
    const a = ecosystemOf([...MEMBERS, at('uef', 'Itä-Suomen yliopisto', 'research', 'Kuopio')], [...CHAIN, { source: 'uef', target: 'olvi' }], {
      id: 'a',
      name: 'A',
    });
    const b = ecosystemOf(
      [at('olvi-b', 'Olvi Oyj', 'company', 'Iisalmi'), at('uef-b', 'Itä-Suomen yliopisto', 'research', 'Kuopio')],
      [{ source: 'uef-b', target: 'olvi-b', weight: 2 }],
      {
        id: 'b',
        name: 'B',
      },
    );
    const result = run(ecosystemOf(MEMBERS, CHAIN), [a, b]);
    expect(result.pool.actors).toBe(5);
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]!.introducers).toEqual([{ id: 'olvi', name: 'Olvi Oyj', weight: 3 }]);
  });

  it('counts the competences the manifest and goals name as needed, and filters by sector and tag', () => {
    const ecosystem = ecosystemOf(MEMBERS, CHAIN, { needs: ['Tekoäly'] });
    ecosystem.goals = [{ id: 'G1', title: 'Elintarvikkeiden TKI', needs: ['elintarvikkeet', 'tekoäly'] }];
    const pool = ecosystemOf([
      ...MEMBERS,
      at('ai', 'Tekoälyyritys Oy', 'company', 'Kuopio', 'FI', { tags: ['tekoäly', 'elintarvikkeet'] }),
      at('bank', 'Finnvera Oyj', 'financier', 'Kuopio', 'FI', { tags: ['yritysrahoitus'] }),
    ]);
    const result = run(ecosystem, [pool]);
    expect(result.gaps.needs).toEqual(['Tekoäly', 'elintarvikkeet']);
    expect(result.candidates.find((c) => c.id === 'ai')!.reasons).toContainEqual({
      code: 'needed-competence',
      points: 3,
      evidence: { tags: ['Tekoäly', 'elintarvikkeet'] },
    });
    expect(run(ecosystem, [pool], { sector: 'financier' }).candidates.map((c) => c.id)).toEqual(['bank']);
    expect(run(ecosystem, [pool], { tag: 'TEKOÄLY' }).candidates.map((c) => c.id)).toEqual(['ai']);
  });

  it('takes the home from the manifest, else from where most actors are', () => {
    const pool = ecosystemOf([at('k', 'Kuopion kaupunki', 'public', 'Kuopio'), at('h', 'Helsingin kaupunki', 'public', 'Helsinki')]);
    expect(run(ecosystemOf(MEMBERS), [pool]).home).toEqual({ city: 'Iisalmi', region: null, country: 'FI' });
    const named = run(ecosystemOf(MEMBERS, [], { city: 'Kuopio' }), [pool]);
    expect(named.home.city).toBe('Kuopio');
    expect(named.candidates[0]).toMatchObject({ id: 'k', reasons: [{ code: 'same-city', evidence: { place: 'Kuopio' } }] });
  });

  it('gives the same document whatever order the pool lists its actors and links in', () => {
    const actors = [
      ...MEMBERS,
      at('a', 'Aalto Oy', 'company', 'Iisalmi'),
      at('b', 'Beta Oy', 'company', 'Iisalmi'),
      at('c', 'Cee ry', 'association', 'Kuopio'),
    ];
    const links: Link[] = [
      ...CHAIN,
      { source: 'a', target: 'olvi' },
      { source: 'b', target: 'olvi' },
      { source: 'c', target: 'ysao' },
      { source: 'c', target: 'a' },
    ];
    const forwards = run(ecosystemOf(MEMBERS, CHAIN), [ecosystemOf(actors, links)]);
    const backwards = run(ecosystemOf(MEMBERS, CHAIN), [ecosystemOf([...actors].reverse(), [...links].reverse())]);
    expect(JSON.stringify(backwards)).toBe(JSON.stringify(forwards));
    // c fills the missing association sector; b works only with members, a also with c.
    expect(forwards.candidates.map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});
