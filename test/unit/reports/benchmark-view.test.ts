// The member benchmark's view model on a hand-made network document: bars on
// each figure's scale with the median marked, ranks in both languages, a
// missing figure as a dash, and the direction said per figure only when the
// figures disagree.
import { describe, expect, it } from 'vitest';
import type { MemberFigures, NetworkFigures } from '../../../src/model/document-types.js';
import { benchmarkSection } from '../../../src/reports/benchmark-view.js';
import { en } from '../../../src/reports/i18n/en.js';
import { fi } from '../../../src/reports/i18n/fi.js';

const ranks = (r: Partial<NonNullable<MemberFigures['ranks']>>) => ({
  actors: null,
  links: null,
  sectorsCovered: null,
  density: null,
  eiIndex: null,
  onTrackShare: null,
  overdueShare: null,
  ...r,
});

const member = (id: string, figures: Partial<MemberFigures>): MemberFigures => ({
  id,
  name: `${id} town`,
  actors: 0,
  links: 0,
  sectorsCovered: 0,
  density: 0,
  eiIndex: null,
  indicators: 0,
  onTrack: null,
  overdue: null,
  ...figures,
});

function network(better: 'higher' | 'lower' = 'higher'): NetworkFigures {
  return {
    members: [
      member('a', { actors: 10, eiIndex: 1, ranks: ranks({ actors: 1, eiIndex: 1 }), peers: [{ id: 'b', similarity: 0.75 }] }),
      member('b', { actors: 5, eiIndex: -1, ranks: ranks({ actors: 2, eiIndex: 2 }), peers: [{ id: 'a', similarity: 0.75 }] }),
      member('c', { actors: 5, eiIndex: null, ranks: ranks({ actors: 2 }), peers: [] }),
    ],
    shared: [],
    sameBusinessId: [],
    crossMemberLinks: { count: 0, share: 0, links: [] },
    benchmark: {
      figures: [
        { figure: 'actors', better: 'higher', median: 5, ranked: 3, strongest: ['a'], weakest: ['b', 'c'] },
        { figure: 'eiIndex', better, median: 0, ranked: 2, strongest: ['a'], weakest: ['b'] },
        { figure: 'onTrackShare', better: 'higher', median: null, ranked: 0, strongest: [], weakest: [] },
      ],
      peerMeasure: { method: 'sector-mix-cosine+log-size', sectorMixWeight: 0.5, sizeWeight: 0.5, maxPeers: 3 },
    },
  };
}

describe('benchmarkSection', () => {
  const view = benchmarkSection(network(), en)!;

  it('draws each member a bar on the figure’s scale, coloured strongest and weakest, with the median marked', () => {
    const [a, b, c] = view.rows;
    expect(a!.cells[0]).toMatchObject({ value: '10', rank: '#1', bar: { filled: 64, medianX: 32, colour: '#009E73' } });
    expect(b!.cells[0]!.bar).toMatchObject({ filled: 32, colour: '#D55E00' });
    // The E-I index is drawn from −1 to +1: −1 is an empty bar, the median 0 in the middle.
    expect(b!.cells[1]).toMatchObject({ value: '−1.00', rank: '#2', bar: { filled: 0, medianX: 32 } });
    expect(c!.cells[1]).toEqual({ value: '–', rank: null, bar: null });
  });

  it('leaves out a figure no member has, and says why for indicators on track only when there are indicators', () => {
    expect(view.head.map((h) => h.label)).toEqual(['Actors', 'E\u2011I index']);
    expect(view.unscored).toBeNull();
    const withIndicators = network();
    withIndicators.members[0]!.indicators = 2;
    expect(benchmarkSection(withIndicators, en)!.unscored).toBe(en.benchmark.unscored);
  });

  it('says once that higher is better when all figures agree, and under each figure when they do not', () => {
    expect(view.intro).toContain(en.benchmark.allHigher);
    expect(view.head.every((h) => h.better === null)).toBe(true);
    const mixed = benchmarkSection(network('lower'), fi)!;
    expect(mixed.intro).toContain('Tunnusluvussa ”E-I-indeksi” pienempi arvo on parempi, muissa suurempi.');
    // Only the figure that goes against the others says so under its name.
    expect(mixed.head.map((h) => h.better)).toEqual([null, 'pienempi on parempi']);
  });

  it('writes the Markdown table with ranks and the median row, the extremes and the peers', () => {
    expect(view.table.rows).toEqual([
      ['a town', '10 (#1)', '1.00 (#1)'],
      ['b town', '5 (#2)', '−1.00 (#2)'],
      ['c town', '5 (#2)', '–'],
      ['Median', '5', '0.00'],
    ]);
    expect(view.extremes.rows[0]).toEqual(['Actors', 'a town (10)', 'b town and c town (5)', '5']);
    expect(view.peers.rows).toEqual([
      ['a town', 'b town (0.75)'],
      ['b town', 'a town (0.75)'],
      ['c town', '–'],
    ]);
    expect(benchmarkSection(network(), fi)!.table.rows[0]).toEqual(['a town', '10 (1.)', '1,00 (1.)']);
  });

  it('shows nothing for a document saved before members were benchmarked', () => {
    const older = network();
    delete older.benchmark;
    expect(benchmarkSection(older, en)).toBeNull();
    expect(benchmarkSection(undefined, en)).toBeNull();
  });
});
