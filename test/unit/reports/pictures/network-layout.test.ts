// The layout's start for a large network: each community on its own disc,
// the largest in the middle; the same input always gives the same places.
import { describe, expect, it } from 'vitest';
import { groupedStart, layoutNetwork } from '../../../../src/reports/pictures/network-layout.js';

const nodes = Array.from({ length: 60 }, (_v, i) => ({ id: `n${i}`, group: i % 2 === 0 ? 7 : i < 20 ? 1 : 2 }));

describe('groupedStart', () => {
  it('places the members of a group together, the largest group around the middle', () => {
    const start = groupedStart(nodes);
    expect(start.size).toBe(nodes.length);
    const centre = (group: number) => {
      const members = nodes.filter((n) => n.group === group).map((n) => start.get(n.id)!);
      return { x: members.reduce((s, p) => s + p.x, 0) / members.length, y: members.reduce((s, p) => s + p.y, 0) / members.length };
    };
    // Group 7 has 30 members, group 2 twenty, group 1 ten.
    const distance = (group: number) => Math.hypot(centre(group).x, centre(group).y);
    expect(distance(7)).toBeLessThan(distance(2));
    expect(distance(7)).toBeLessThan(distance(1));
  });

  it('gives the same places every time, and a layout from it too', () => {
    expect([...groupedStart(nodes)]).toEqual([...groupedStart([...nodes])]);
    const layoutNodes = nodes.map((n) => ({ id: n.id, size: 4 }));
    const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i]!.id, target: n.id, weight: 1 }));
    const once = layoutNetwork(layoutNodes, edges, { start: groupedStart(nodes), iterations: 5 });
    const again = layoutNetwork(layoutNodes, edges, { start: groupedStart(nodes), iterations: 5 });
    expect([...once]).toEqual([...again]);
  });
});
