// Links implied by shared work: actors in the same project are tied by a
// `co-project` link, actors at the same event by a `co-event` link, weighted
// by how many projects or events they share.
import type { Event, Project } from './schema-types.js';

export interface DerivedLink {
  source: string;
  target: string;
  type: 'co-project' | 'co-event';
  weight: number;
}

/** Everyone a project involves: its lead, partners and work-package leads. */
export function projectMembers(project: Project): string[] {
  const members = new Set<string>();
  if (project.lead) members.add(project.lead);
  for (const partner of project.partners ?? []) members.add(partner);
  for (const wp of project.workPackages ?? []) if (wp.lead) members.add(wp.lead);
  return [...members];
}

export function derivedLinks(projects: readonly Project[], events: readonly Event[]): DerivedLink[] {
  return [
    ...pairsOf(projects.map(projectMembers), 'co-project'),
    ...pairsOf(
      events.map((e) => [...new Set(e.participants ?? [])]),
      'co-event',
    ),
  ];
}

function pairsOf(groups: readonly string[][], type: DerivedLink['type']): DerivedLink[] {
  const weights = new Map<string, DerivedLink>();
  for (const group of groups) {
    const members = [...group].sort();
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const source = members[i]!;
        const target = members[j]!;
        const key = `${source}\u0000${target}`;
        const link = weights.get(key);
        if (link) link.weight++;
        else weights.set(key, { source, target, type, weight: 1 });
      }
    }
  }
  return [...weights.values()];
}

/** How many pairs shared projects and events can tie at most: Σ k(k − 1)/2, before merging. */
export function derivedPairBound(projects: readonly Project[], events: readonly Event[]): number {
  const pairs = (k: number): number => (k * (k - 1)) / 2;
  return projects.reduce((n, p) => n + pairs(projectMembers(p).length), 0) + events.reduce((n, e) => n + pairs(new Set(e.participants ?? []).size), 0);
}
