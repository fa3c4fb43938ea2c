// Small ecosystems built in code for hand-checked cases.
import type { Ecosystem, Link } from '../../../src/model/schema-types.js';
import type { Sector } from '../../../src/model/schema-types.js';

export function ecosystemOf(actors: Record<string, Sector | undefined>, links: [string, string, Partial<Link>?][], extra: Partial<Ecosystem> = {}): Ecosystem {
  return {
    schema: 'eco/v1',
    ecosystem: { id: 'test', name: 'Test' },
    actors: Object.entries(actors).map(([id, sector]) => ({ id, name: id.toUpperCase(), ...(sector && { sector }) })),
    links: links.map(([source, target, more]) => ({ source, target, ...more })),
    ...extra,
  };
}
