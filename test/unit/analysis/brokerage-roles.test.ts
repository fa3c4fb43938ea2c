import { describe, expect, it } from 'vitest';
import { brokerageRoles, roleOf } from '../../../src/analysis/brokerage-roles.js';

describe('roleOf (Gould & Fernandez 1989)', () => {
  it('names the five roles by the groups of a → v → c', () => {
    expect(roleOf('A', 'A', 'A')).toBe('coordinator');
    expect(roleOf('A', 'B', 'A')).toBe('consultant');
    expect(roleOf('A', 'A', 'B')).toBe('representative');
    expect(roleOf('A', 'B', 'B')).toBe('gatekeeper');
    expect(roleOf('A', 'B', 'C')).toBe('liaison');
  });
});

describe('brokerageRoles', () => {
  const sector = new Map<string, string | null>([
    ['ely', 'financier'],
    ['city', 'public'],
    ['firm', 'company'],
    ['firm2', 'company'],
    ['anon', null],
  ]);

  it('counts each open two-step path through the broker', () => {
    // ely → city → firm, ely → city → firm2: city (public) brokers financier → company twice: liaison.
    // firm → firm2 closes nothing through city.
    const roles = brokerageRoles(
      [
        { source: 'ely', target: 'city' },
        { source: 'city', target: 'firm' },
        { source: 'city', target: 'firm2' },
      ],
      sector,
    );
    expect(Object.fromEntries(roles)).toEqual({ city: { coordinator: 0, consultant: 0, representative: 0, gatekeeper: 0, liaison: 2 } });
  });

  it('does not count a path whose ends are tied directly, nor one through an unknown sector', () => {
    const roles = brokerageRoles(
      [
        { source: 'firm', target: 'city' },
        { source: 'city', target: 'firm2' },
        { source: 'firm', target: 'firm2' },
        { source: 'anon', target: 'city' },
      ],
      sector,
    );
    // firm → city → firm2 is closed by firm → firm2; anon has no sector.
    expect(roles.size).toBe(0);
  });

  it('tells a gatekeeper from a representative', () => {
    const roles = brokerageRoles(
      [
        { source: 'ely', target: 'firm' },
        { source: 'firm', target: 'firm2' },
        { source: 'firm2', target: 'city' },
      ],
      sector,
    );
    expect(roles.get('firm')).toMatchObject({ gatekeeper: 1 });
    expect(roles.get('firm2')).toMatchObject({ representative: 1 });
  });
});
