import { describe, expect, it } from 'vitest';
import { layerFigures } from '../../../src/analysis/layers.js';
import { ecosystemOf } from './helpers.js';

describe('layerFigures', () => {
  it('suggests layers from participation and lists where they differ from the declared ones', () => {
    const eco = ecosystemOf({ o: 'public', lead: 'public', p: 'company', twice: 'research', once: 'company', none: 'company' }, [], {
      ecosystem: { id: 't', name: 'T', orchestrators: ['o'] },
      projects: [{ id: 'x', title: 'X', lead: 'lead', partners: ['p'] }],
      events: [
        { id: 'e1', title: 'E1', participants: ['twice', 'once'] },
        { id: 'e2', title: 'E2', participants: ['twice'] },
      ],
    });
    eco.actors.find((a) => a.id === 'p')!.layer = 'active';
    eco.actors.find((a) => a.id === 'none')!.layer = 'active';
    const figures = layerFigures(eco);
    expect(figures.suggestions).toEqual([
      { id: 'o', declared: null, suggested: 'orchestrator' },
      { id: 'lead', declared: null, suggested: 'partner' },
      { id: 'twice', declared: null, suggested: 'active' },
      { id: 'once', declared: null, suggested: 'passive' },
    ]);
    expect(figures.funnel.map((r) => [r.layer, r.actors])).toEqual([
      ['orchestrator', 0],
      ['partner', 0],
      ['active', 2],
      ['passive', 0],
      ['potential', 0],
      ['unknown', 4],
    ]);
  });

  it('never suggests less than declared for an orchestrator or a project’s lead or partner, but may for others', () => {
    const eco = ecosystemOf({ o: 'public', lead: 'public', p: 'company', once: 'company' }, [], {
      ecosystem: { id: 't', name: 'T', orchestrators: ['o'] },
      projects: [{ id: 'x', title: 'X', lead: 'lead', partners: ['p'] }],
      events: [{ id: 'e1', title: 'E1', participants: ['once'] }],
    });
    const layer = { o: 'orchestrator', lead: 'orchestrator', p: 'partner', once: 'active' } as const;
    for (const a of eco.actors) a.layer = layer[a.id as keyof typeof layer];
    expect(layerFigures(eco).suggestions).toEqual([{ id: 'once', declared: 'active', suggested: 'passive' }]);
  });

  it('suggests nothing without projects and events', () => {
    expect(layerFigures(ecosystemOf({ a: 'company' }, [])).suggestions).toBeNull();
  });
});
