// Each finding fires when its evidence is there and not otherwise, on small
// ecosystems whose answer can be seen by eye.
import { describe, expect, it } from 'vitest';
import { mapEcosystem } from '../../../src/analysis/map-analysis.js';
import type { Finding } from '../../../src/analysis/map-result.js';
import type { Ecosystem, Layer, Sector } from '../../../src/model/schema-types.js';
import { ecosystemOf } from './helpers.js';

const ALL_SECTORS: Record<string, Sector> = {
  co: 'company',
  uni: 'research',
  amk: 'education',
  city: 'public',
  fin: 'financier',
  assoc: 'association',
  res: 'community',
};

function findingsOf(ecosystem: Ecosystem, options: { links?: 'all' | 'explicit' } = {}): Finding[] {
  return mapEcosystem(ecosystem, { directed: false, links: options.links ?? 'all', exact: true, seed: 42 }).result.findings;
}

const codes = (found: Finding[]): string[] => found.map((f) => f.code);
const one = (found: Finding[], code: Finding['code']): Finding => {
  const f = found.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code} in ${codes(found).join(', ')}`);
  return f;
};

/** Every sector, tied in a ring with chords: no gap, no broker the network depends on. */
function balanced(): Ecosystem {
  const ids = Object.keys(ALL_SECTORS);
  const links: [string, string][] = ids.flatMap((id, i) => [
    [id, ids[(i + 1) % ids.length]!],
    [id, ids[(i + 2) % ids.length]!],
  ]);
  const eco = ecosystemOf(ALL_SECTORS, links);
  const layers: Layer[] = ['orchestrator', 'partner', 'partner', 'active', 'active', 'passive', 'potential'];
  eco.actors.forEach((a, i) => (a.layer = layers[i]!));
  return eco;
}

describe('findings', () => {
  it('a balanced, well-knit ecosystem has no warnings', () => {
    const found = findingsOf(balanced());
    expect(found.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(codes(found)).toContain('largest-sector');
  });

  it('sector-missing and helix-missing name what is missing', () => {
    const eco = ecosystemOf({ co: 'company', co2: 'company', city: 'public' }, [
      ['co', 'co2'],
      ['co2', 'city'],
      ['co', 'city'],
    ]);
    const found = findingsOf(eco);
    expect(one(found, 'sector-missing').args['sectors']).toEqual(['research', 'education', 'financier', 'association', 'community']);
    expect(one(found, 'helix-missing').args['helices']).toEqual(['academia', 'civil-society']);
    // The missing helix weighs most: it leads.
    expect(found[0]!.code).toBe('helix-missing');
  });

  it('civil society only through associations is said, unless residents are there or an actor is given the helix', () => {
    const eco = balanced();
    eco.actors = eco.actors.filter((a) => a.id !== 'res');
    eco.links = eco.links!.filter((l) => l.source !== 'res' && l.target !== 'res');
    expect(one(findingsOf(eco), 'civil-society-associations-only').actors).toEqual(['assoc']);
    expect(codes(findingsOf(balanced()))).not.toContain('civil-society-associations-only');
    // A business association stands for industry: then civil society is missing outright.
    eco.actors.find((a) => a.id === 'assoc')!.helix = 'industry';
    const found = findingsOf(eco);
    expect(codes(found)).not.toContain('civil-society-associations-only');
    expect(one(found, 'helix-missing').args['helices']).toEqual(['civil-society']);
  });

  it('isolated-actors lists them, and who shares a project with each', () => {
    const eco = balanced();
    eco.actors.push({ id: 'lone', name: 'Lone Oy', sector: 'company' }, { id: 'far', name: 'Far Oy', sector: 'company' });
    eco.projects = [{ id: 'p', title: 'P', lead: 'uni', partners: ['lone'] }];
    // Only listed ties count here, so the project does not tie them: it says who could introduce them.
    const found = one(findingsOf(eco, { links: 'explicit' }), 'isolated-actors');
    expect(found.actors).toEqual(['lone', 'far']);
    expect(found.args['count']).toBe(2);
    expect(found.args['introductions']).toEqual([{ actor: 'lone', by: 'uni' }]);
    expect(codes(findingsOf(balanced()))).not.toContain('isolated-actors');
  });

  it('broker-dependence when one actor holds a good part of the network to the rest', () => {
    // A hub with two leaves on a ring: the hub's leaving cuts the two off, and the ring actor it hangs on all three.
    const eco = balanced();
    eco.actors.push({ id: 'hub', name: 'Hub', sector: 'public' }, { id: 'l1', name: 'L1', sector: 'company' }, { id: 'l2', name: 'L2', sector: 'company' });
    eco.links!.push({ source: 'hub', target: 'co' }, { source: 'hub', target: 'l1' }, { source: 'hub', target: 'l2' });
    const found = one(findingsOf(eco), 'broker-dependence');
    expect(found.actors).toEqual(['co', 'hub']);
    expect(found.args['cutOff']).toBe(3);
    expect(codes(findingsOf(balanced()))).not.toContain('broker-dependence');
  });

  it('thin-core when few orchestrators and partners for the size, not when layers are not given', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const eco = ecosystemOf(
      Object.fromEntries(ids.map((id) => [id, 'company' as Sector])),
      ids.map((id, i) => [id, ids[(i + 1) % ids.length]!]),
    );
    expect(codes(findingsOf(eco))).not.toContain('thin-core');
    eco.actors.forEach((a, i) => (a.layer = i === 0 ? 'orchestrator' : 'active'));
    expect(one(findingsOf(eco), 'thin-core').args).toMatchObject({ core: 1, orchestrators: 1, partners: 0, actors: 12 });
    eco.actors.forEach((a, i) => (a.layer = i < 3 ? 'partner' : 'active'));
    expect(codes(findingsOf(eco))).not.toContain('thin-core');
  });

  it('low-cross-sector when ties stay within sectors', () => {
    const eco = ecosystemOf({ c1: 'company', c2: 'company', c3: 'company', r1: 'research', r2: 'research', r3: 'research' }, [
      ['c1', 'c2'],
      ['c2', 'c3'],
      ['c1', 'c3'],
      ['r1', 'r2'],
      ['r2', 'r3'],
      ['r1', 'r3'],
      ['c1', 'r1'],
    ]);
    expect(one(findingsOf(eco), 'low-cross-sector').args['share']).toBeCloseTo(1 / 7);
    expect(codes(findingsOf(balanced()))).not.toContain('low-cross-sector');
  });

  it('no-community-structure when modularity is under 0.3, not for two clear groups', () => {
    expect(one(findingsOf(balanced()), 'no-community-structure').args['modularity']).toBeLessThan(0.3);
    const two = ecosystemOf({ a: 'company', b: 'company', c: 'company', d: 'research', e: 'research', f: 'research' }, [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
      ['c', 'd'],
    ]);
    expect(codes(findingsOf(two))).not.toContain('no-community-structure');
  });

  it('derived-ties-dominate counts the ties known only from projects and events, and the top broker’s', () => {
    const eco = ecosystemOf({ a: 'public', b: 'company', c: 'research', d: 'education' }, [['a', 'b']], {
      projects: [{ id: 'p', title: 'P', lead: 'a', partners: ['c', 'd'] }],
    });
    const found = one(findingsOf(eco), 'derived-ties-dominate');
    expect(found.args).toMatchObject({ derived: 3, links: 4, broker: 'a', brokerTies: 3, brokerDerived: 2 });
    expect(codes(findingsOf(balanced()))).not.toContain('derived-ties-dominate');
  });

  it('fragmented when the network falls into parts beyond isolated actors', () => {
    const eco = ecosystemOf({ a: 'company', b: 'company', c: 'research', d: 'research' }, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(one(findingsOf(eco), 'fragmented').args).toMatchObject({ parts: 2, largestShare: 0.5 });
    expect(codes(findingsOf(balanced()))).not.toContain('fragmented');
  });

  it('are ordered by weight, strongest first', () => {
    const eco = ecosystemOf({ co: 'company', co2: 'company', lone: 'company' }, [['co', 'co2']]);
    const weights = findingsOf(eco).map((f) => f.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});
