import { describe, expect, it } from 'vitest';
import type { TrendResult, TrendSnapshot } from '../../../src/analysis/trend.js';
import { labelsFor } from '../../../src/reports/i18n/index.js';
import { trendView } from '../../../src/reports/trend-view.js';

const summary: TrendSnapshot['summary'] = {
  actors: 10,
  linksExplicit: 4,
  linksDerived: 2,
  density: 0.1234,
  components: 1,
  communities: 2,
  modularity: null,
  crossSectorShare: 0.5,
  eiIndex: null,
};
const row = (label: string, date: string | null, active: number, value: number | null): TrendSnapshot => ({
  label,
  date,
  revision: null,
  summary,
  layers: { active, potential: 0 },
  sectors: { company: 3 },
  indicators: { 'G1-I1': value },
});
const trend: TrendResult = {
  schema: 'eco-trend/v1',
  indicators: [{ id: 'G1-I1', name: 'Kaupungit', unit: 'kpl', baseline: 2, target: 10 }],
  snapshots: [row('abc1234', '2025-06-10', 3, 6), row('def5678', null, 5, null)],
};

describe('trendView', () => {
  const fi = trendView(trend, labelsFor('fi'), { version: '1.0.0' });

  it('shows the date beside a label that is not it, in the language’s way, and a missing figure as a dash', () => {
    expect(fi.figures.header.slice(0, 3)).toEqual(['Tilannekuva', 'Päivämäärä', 'Toimijat']);
    expect(fi.figures.rows[0]!.slice(0, 2)).toEqual(['abc1234', '10.6.2025']);
    expect(fi.figures.rows[1]!.slice(0, 2)).toEqual(['def5678', 'ei päivämäärää']);
    expect(fi.figures.rows[0]!.slice(5)).toEqual(['0,12', '1', '2', '–', '50\u00a0%', '–']);
  });

  it('leaves the date column out when every label is its date', () => {
    const dated = trendView({ ...trend, snapshots: [row('2025-06', '2025-06', 1, 1)] }, labelsFor('en'), { version: '1.0.0' });
    expect(dated.figures.header[1]).toBe('Actors');
  });

  it('draws a line only for the layers some snapshot has, and the indicator against its target', () => {
    expect(fi.layers.table.rows).toEqual([['Aktiiviset jäsenet', '3', '5']]);
    const [indicator] = fi.indicators;
    expect(indicator!.chart.target?.text).toBe('tavoite 10 kpl');
    expect(indicator!.chart.lines[0]!.points.map((p) => p.text)).toEqual(['6']);
    expect(fi.indicators[0]!.file).toBeNull();
  });

  it('names the pictures of a Markdown report after it', () => {
    const md = trendView(trend, labelsFor('en'), { version: '1.0.0', pictureBase: 'kehitys' });
    expect([md.layers.file, md.sectors.file, ...md.network.map((c) => c.file), ...md.indicators.map((c) => c.file)]).toEqual([
      'kehitys.layers.svg',
      'kehitys.sectors.svg',
      'kehitys.density.svg',
      'kehitys.communities.svg',
      'kehitys.cross-sector.svg',
      'kehitys.indicator-1.svg',
    ]);
  });
});
