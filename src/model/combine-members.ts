// A network of ecosystems as one ecosystem: the members' actors merged by id
// (an actor listed by two members is one actor, shared), all links, and the
// members' projects, events and goals with their ids prefixed by the member's
// id so they stay unique (G1 of Iisalmi becomes iisalmi/G1).
import type { Ecosystem } from './schema-types.js';

export interface Member {
  /** The member's ecosystem id. */
  id: string;
  ecosystem: Ecosystem;
}

export interface CombinedNetwork {
  ecosystem: Ecosystem;
  /** For each actor, the members that list it (empty for the network's own actors). */
  memberships: Map<string, string[]>;
}

export function combineMembers(network: Ecosystem, members: readonly Member[]): CombinedNetwork {
  const actors = new Map<string, Ecosystem['actors'][number]>();
  const memberships = new Map<string, string[]>();
  for (const member of members) {
    for (const actor of member.ecosystem.actors) {
      if (!actors.has(actor.id)) actors.set(actor.id, actor);
      memberships.set(actor.id, [...(memberships.get(actor.id) ?? []), member.id]);
    }
  }
  for (const actor of network.actors) {
    // The network's own record of an actor wins: it is the one its orchestrator keeps.
    actors.set(actor.id, actor);
    if (!memberships.has(actor.id)) memberships.set(actor.id, []);
  }
  const prefix = (member: Member, id: string): string => `${member.id}/${id}`;
  const memberItems = members.map((member) => {
    const e = member.ecosystem;
    return {
      projects: (e.projects ?? []).map((p) => ({ ...p, id: prefix(member, p.id) })),
      events: (e.events ?? []).map((ev) => ({ ...ev, id: prefix(member, ev.id), ...(ev.project !== undefined && { project: prefix(member, ev.project) }) })),
      goals: (e.goals ?? []).map((g) => ({
        ...g,
        id: prefix(member, g.id),
        ...(g.indicators && { indicators: g.indicators.map((i) => ({ ...i, id: prefix(member, i.id) })) }),
        ...(g.tasks && { tasks: g.tasks.map((t) => ({ ...t, id: prefix(member, t.id) })) }),
      })),
      links: e.links ?? [],
    };
  });
  const ecosystem: Ecosystem = {
    ...network,
    actors: [...actors.values()],
    links: [...memberItems.flatMap((m) => m.links), ...(network.links ?? [])],
    projects: [...(network.projects ?? []), ...memberItems.flatMap((m) => m.projects)],
    events: [...(network.events ?? []), ...memberItems.flatMap((m) => m.events)],
    goals: [...(network.goals ?? []), ...memberItems.flatMap((m) => m.goals)],
  };
  return { ecosystem, memberships };
}
