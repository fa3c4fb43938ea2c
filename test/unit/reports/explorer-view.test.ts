// The explorer's data as the HTML report carries it: every actor and tie with
// its figures, positions shared with the static picture, actors ranked by
// centrality, and JSON that cannot break out of its script element.
import { describe, expect, it } from 'vitest';
import { mapEcosystem, type MapOptions } from '../../../src/analysis/map-analysis.js';
import { DEFAULT_SEED } from '../../../src/analysis/random.js';
import { explorerData, explorerView, scriptSafeJson } from '../../../src/reports/explorer-view.js';
import { labelsFor } from '../../../src/reports/i18n/index.js';
import { networkPicture } from '../../../src/reports/pictures/network-picture.js';
import { ecosystemOf } from '../analysis/helpers.js';

const OPTIONS: MapOptions = { directed: false, links: 'all', exact: false, seed: DEFAULT_SEED };

function explorerOf(lang: 'fi' | 'en' = 'en') {
  const eco = ecosystemOf(
    { hub: 'public', a: 'company', b: 'company', c: 'research', lone: 'association' },
    [
      ['hub', 'a', { type: 'funding', weight: 3 }],
      ['hub', 'b'],
      ['a', 'b', { type: 'collaboration' }],
      ['hub', 'c', { type: 'knowledge' }],
    ],
    { projects: [{ id: 'p', title: 'Pilot', lead: 'c', partners: ['b'] }] },
  );
  eco.actors[0]!.city = 'Iisalmi';
  const { result } = mapEcosystem(eco, OPTIONS);
  const labels = labelsFor(lang);
  const picture = networkPicture(result, result.edges, labels);
  return { result, picture, data: explorerData(result, picture, labels) };
}

describe('the explorer data', () => {
  it('holds every actor with its sector, layer, municipality and figures, and every tie', () => {
    const { result, data } = explorerOf();
    expect(data.nodes.name).toEqual(['HUB', 'A', 'B', 'C', 'LONE']);
    expect(data.nodes.city).toEqual(['Iisalmi', '', '', '', '']);
    expect(data.nodes.degree).toEqual(result.actors.map((a) => a.degree));
    expect(data.sectors[data.nodes.sector[0]!]!.key).toBe('public');
    expect(data.layers[data.nodes.layer[0]!]!.key).toBe('unknown');
    expect(data.ties.length / 5).toBe(result.edges.length);
    expect(data.partial).toBeNull();
  });

  it('names tie types in the report’s language and marks ties known only from shared work as derived', () => {
    const { data } = explorerOf('fi');
    const ties = [];
    for (let k = 0; k < data.ties.length; k += 5) {
      ties.push({
        pair: `${data.nodes.name[data.ties[k]!]}–${data.nodes.name[data.ties[k + 1]!]}`,
        type: data.types[data.ties[k + 2]!],
        derived: data.ties[k + 3],
        weight: data.ties[k + 4],
      });
    }
    expect(ties).toContainEqual({ pair: 'HUB–A', type: 'rahoitus', derived: 0, weight: 3 });
    expect(ties).toContainEqual({ pair: 'B–C', type: 'yhteinen hanke', derived: 1, weight: 1 });
  });

  it('puts each actor where the static picture draws it', () => {
    const { picture, data } = explorerOf();
    expect(picture.mode).toBe('actors');
    data.nodes.name.forEach((_name, i) => {
      const node = picture.nodes[i]!;
      expect([data.nodes.x[i], data.nodes.y[i]]).toEqual([node.x, node.y]);
    });
  });

  it('ranks actors by betweenness, then ties, then name', () => {
    const { result, data } = explorerOf();
    const expected = [...result.actors].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.name.localeCompare(b.name)).map((a) => a.name);
    expect(data.rank.map((i) => data.nodes.name[i])).toEqual(expected);
    expect(data.nodes.name[data.rank.at(-1)!]).toBe('LONE');
  });

  it('writes JSON that no name can end the script element with', () => {
    const text = scriptSafeJson({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
  });
});

describe('the explorer’s words', () => {
  it('count one actor and one tie in the singular, in both languages', () => {
    const { result } = mapEcosystem(ecosystemOf({ a: 'company', b: 'research' }, [['a', 'b']]), OPTIONS);
    for (const [lang, words] of [
      ['fi', 'Verkoston vuorovaikutteinen kartta: 2 toimijaa ja 1 yhteys.'],
      ['en', 'An interactive map of the network: 2 actors and 1 tie.'],
    ] as const) {
      const labels = labelsFor(lang);
      const view = explorerView(result, networkPicture(result, result.edges, labels), labels, '');
      expect(view.canvasLabel.startsWith(words)).toBe(true);
    }
  });
});
