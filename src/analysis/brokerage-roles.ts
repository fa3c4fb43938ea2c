// Gould & Fernandez (1989) brokerage roles, with sector as the group, on
// directed ties only: for each path a → v → c where a does not tie to c,
// v brokers in one of five roles by the sectors of a, v and c:
//   coordinator  a, v, c all in one sector
//   consultant   a and c in one sector, v in another ("itinerant broker")
//   representative  a and v in one sector, c in another
//   gatekeeper   v and c in one sector, a in another
//   liaison      all three in different sectors
// Paths through an actor without a sector are not counted.

export const ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

export type RoleCounts = Record<Role, number>;

export interface Arc {
  source: string;
  target: string;
}

export function brokerageRoles(arcs: readonly Arc[], sectorOf: ReadonlyMap<string, string | null>): Map<string, RoleCounts> {
  const out = new Map<string, Set<string>>();
  const into = new Map<string, Set<string>>();
  for (const { source, target } of arcs) {
    if (source === target) continue;
    if (!out.has(source)) out.set(source, new Set());
    if (!into.has(target)) into.set(target, new Set());
    out.get(source)!.add(target);
    into.get(target)!.add(source);
  }
  const result = new Map<string, RoleCounts>();
  for (const [v, sources] of into) {
    const targets = out.get(v);
    const sv = sectorOf.get(v);
    if (!targets || !sv) continue;
    const counts: RoleCounts = { coordinator: 0, consultant: 0, representative: 0, gatekeeper: 0, liaison: 0 };
    let any = false;
    for (const a of sources) {
      const sa = sectorOf.get(a);
      if (!sa) continue;
      for (const c of targets) {
        if (c === a || out.get(a)?.has(c)) continue;
        const sc = sectorOf.get(c);
        if (!sc) continue;
        counts[roleOf(sa, sv, sc)]++;
        any = true;
      }
    }
    if (any) result.set(v, counts);
  }
  return result;
}

export function roleOf(a: string, v: string, c: string): Role {
  if (a === v && v === c) return 'coordinator';
  if (a === c) return 'consultant';
  if (a === v) return 'representative';
  if (v === c) return 'gatekeeper';
  return 'liaison';
}
