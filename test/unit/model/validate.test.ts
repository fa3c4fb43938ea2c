// The checks on in-memory documents: schema words, references, lints.
import { describe, expect, it } from 'vitest';
import type { Locator } from '../../../src/diagnostics/locator.js';
import { validateDocument } from '../../../src/model/validate.js';

const locator: Locator = { locate: (path) => ({ file: 'mem', line: 1, col: path.length }) };

function check(document: Record<string, unknown>, asOf = '2026-01-01') {
  return validateDocument({ document, locator, incomplete: new Set(), diagnostics: [], readable: true, asOf });
}

const base = () => ({
  schema: 'eco/v1',
  ecosystem: { id: 'e', name: 'E', orchestrators: ['a'] },
  actors: [
    { id: 'a', name: 'Alfa', sector: 'yritys', layer: 'orkestroija' },
    { id: 'b', name: 'Beta', sector: 'research', layer: 'potential' },
  ],
  links: [{ source: 'a', target: 'b' }],
});

describe('validateDocument', () => {
  it('accepts a valid document, mapping Finnish words to eco words', () => {
    const result = check(base());
    expect(result.diagnostics).toEqual([]);
    expect(result.ecosystem?.actors[0]).toMatchObject({ sector: 'company', layer: 'orchestrator' });
  });

  it('reports every problem, not only the first', () => {
    const doc = base();
    doc.actors.push({ id: 'a', name: 'Alfa again', sector: 'compny', layer: 'active' });
    doc.links.push({ source: 'a', target: 'zz' }, { source: 'b', target: 'b' });
    const codes = check(doc)
      .diagnostics.map((d) => d.code)
      .sort();
    expect(codes).toEqual(['duplicate-id', 'self-link', 'unknown-actor', 'unknown-value']);
  });

  it('flags overdue tasks as of the report date, and goals without indicators', () => {
    const doc = {
      ...base(),
      goals: [
        {
          id: 'G1',
          title: 'T',
          tasks: [
            { id: 'T1', title: 't', due: '2025-12-31', status: 'planned' },
            { id: 'T2', title: 't', due: '2025-12-31', status: 'done' },
          ],
        },
      ],
    };
    expect(check(doc, '2026-01-01').diagnostics.map((d) => [d.code, d.args['id']])).toEqual([
      ['goal-without-indicators', 'G1'],
      ['task-overdue', 'T1'],
    ]);
    expect(check(doc, '2025-12-31').diagnostics.map((d) => d.code)).toEqual(['goal-without-indicators']);
  });

  it('warns when nobody orchestrates, and of an isolated actor that is not a potential member', () => {
    const doc = base();
    doc.ecosystem.orchestrators = [];
    doc.actors[0]!.layer = 'active';
    doc.actors.push({ id: 'c', name: 'Gamma', sector: 'public', layer: 'passive' });
    expect(
      check(doc)
        .diagnostics.map((d) => d.code)
        .sort(),
    ).toEqual(['isolated-actor', 'no-orchestrator']);
  });

  it('reports dates in the wrong order at the precision both give', () => {
    const doc = base();
    doc.links = [
      { source: 'a', target: 'b', since: '2024-05', until: '2024' } as never,
      { source: 'a', target: 'b', since: '2024-05-02', until: '2024-05-01' } as never,
    ];
    expect(check(doc).diagnostics.map((d) => d.code)).toEqual(['date-order']);
  });

  it('warns of the same business id under two actor ids, suggesting to keep the first', () => {
    const doc = base();
    doc.actors[0] = { ...doc.actors[0]!, businessId: '0201256-6' } as never;
    doc.actors[1] = { ...doc.actors[1]!, businessId: '0201256-6' } as never;
    expect(check(doc).diagnostics.map((d) => [d.code, d.severity, d.args['reason'], d.args['keep']])).toEqual([
      ['likely-duplicate', 'warning', 'business-id', 'a'],
    ]);
  });

  it('a business id two actors share names neither: a link by it is an error listing both', () => {
    const doc = {
      schema: 'eco/v1',
      ecosystem: { id: 'e', name: 'E' },
      actors: [{ name: 'A Oy', businessId: '0201256-6' }, { name: 'A-yhtiö Oy', businessId: '0201256-6' }, { name: 'Beta ry' }],
      links: [{ source: '0201256-6', target: 'Beta ry' }],
    };
    const errors = check(doc).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.args['by'], d.args['actors']])).toEqual([
      ['ambiguous-actor', 'businessId', '"0201256-6" (mem:1), "0201256-6 (2)" (mem:1)'],
    ]);
  });

  it('a name several actors share is said once, not also as naming none', () => {
    const doc = {
      schema: 'eco/v1',
      ecosystem: { id: 'e', name: 'E' },
      actors: [{ name: 'Ympäristöministeriö' }, { name: 'Ympa\u0308ristöministeriö' }, { name: 'Beta ry' }],
      links: [{ source: 'ympäristöministeriö', target: 'Beta ry' }],
    };
    const errors = check(doc).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['ambiguous-actor']);
  });
});
