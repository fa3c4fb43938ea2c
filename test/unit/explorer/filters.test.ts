// What the explorer's filters let through, and the counts its legend shows.
import { describe, expect, it } from 'vitest';
import { allShown, visibility } from '../../../src/explorer/filters.js';
import type { ExplorerData } from '../../../src/reports/explorer-view.js';

/** Four actors — two companies (0, 1), a university (2), an association (3) with no ties — and three ties, one derived. */
function data(): ExplorerData {
  return {
    lang: 'en',
    text: {} as ExplorerData['text'],
    number: { decimal: '.', group: ',' },
    sectors: [
      { key: 'company', label: 'Companies', one: 'Company', colour: '#E69F00' },
      { key: 'research', label: 'Research', one: 'Research', colour: '#0072B2' },
      { key: 'association', label: 'Associations', one: 'Association', colour: '#CC79A7' },
    ],
    layers: [
      { key: 'partner', label: 'Partners', one: 'Partner' },
      { key: 'active', label: 'Active members', one: 'Active member' },
    ],
    communities: [
      { name: 'A', size: 2 },
      { name: 'B', size: 1 },
      { name: 'C', size: 1 },
    ],
    types: ['collaboration'],
    nodes: {
      name: ['A Oy', 'B Oy', 'Yliopisto', 'Yhdistys ry'],
      sector: [0, 0, 1, 2],
      layer: [0, 1, 1, 1],
      city: ['', '', '', ''],
      community: [0, 0, 1, 2],
      degree: [2, 2, 2, 0],
      betweenness: [0, 0, 0, 0],
      closeness: [0, 0, 0, 0],
      x: [0, 1, 2, 3],
      y: [0, 1, 2, 3],
    },
    rank: [0, 1, 2, 3],
    ties: [0, 1, 0, 0, 1, 1, 2, 0, 0, 2, 0, 2, 0, 1, 1],
    partial: null,
  };
}

describe('the explorer filters', () => {
  it('show everything at first, with the counts of the whole network', () => {
    const shown = visibility(data(), allShown(data()));
    expect(shown.actorCount).toBe(4);
    expect(shown.tieCount).toBe(3);
    expect(shown.bySector).toEqual([2, 1, 1]);
    expect(shown.byLayer).toEqual([1, 3]);
    expect([shown.explicitTies, shown.derivedTies]).toEqual([2, 1]);
  });

  it('hide a sector’s actors and their ties, and count the layers without them', () => {
    const state = allShown(data());
    state.sectors.delete(0);
    const shown = visibility(data(), state);
    expect([...shown.actors]).toEqual([0, 0, 1, 1]);
    expect(shown.tieCount).toBe(0);
    // A sector's own count ignores its own box, so an unticked box still tells what it would add.
    expect(shown.bySector).toEqual([2, 1, 1]);
    expect(shown.byLayer).toEqual([0, 2]);
  });

  it('keep one group, actors with at least so many ties, and listed or derived ties', () => {
    const group = allShown(data());
    group.community = 0;
    expect([...visibility(data(), group).actors]).toEqual([1, 1, 0, 0]);
    const tied = allShown(data());
    tied.minDegree = 1;
    expect(visibility(data(), tied).actorCount).toBe(3);
    const listed = allShown(data());
    listed.derived = false;
    const shown = visibility(data(), listed);
    expect([...shown.ties]).toEqual([1, 1, 0]);
    expect(shown.derivedTies).toBe(1);
  });
});
