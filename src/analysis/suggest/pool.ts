// The wider network candidates come from: one or more pools (any eco input),
// their actors merged where two pools list the same organisation, and each
// actor's distinct neighbours with the weight of its ties to them, in compact
// arrays (the whole Horizon 2020 network is 36k actors and 797k links).
// Pool actors that are the ecosystem's own actors — the same id, business id
// or name, accents, case and company form aside — are members, never
// candidates.
import { derivedLinks } from '../../model/derived-links.js';
import { looseName } from '../../model/likely-duplicates.js';
import { businessIdKey } from '../../model/name-keys.js';
import type { Actor, Ecosystem } from '../../model/schema-types.js';

export interface PoolSource {
  /** What the report calls it: the folder or file it was read from. */
  label: string;
  ecosystem: Ecosystem;
}

export interface Pool {
  actors: Actor[];
  /** The ecosystem actor (its index) each pool actor is, or -1 for a candidate. */
  member: Int32Array;
  /** Neighbours of actor i: neighbour[offset[i] … offset[i + 1]), each once, with the summed weight of the ties. */
  offset: Int32Array;
  neighbour: Int32Array;
  weight: Float64Array;
  sources: { label: string; actors: number; links: number }[];
  /** Ecosystem actors found in the pool. */
  matched: number;
}

export function buildPool(sources: readonly PoolSource[], members: readonly Actor[]): Pool {
  const memberKeys = new ActorKeys();
  members.forEach((actor, i) => memberKeys.add(actor, i, true));
  const poolKeys = new ActorKeys();
  const actors: Actor[] = [];
  const memberOf: number[] = [];
  const ends: number[] = [];
  const weights: number[] = [];
  const summary: Pool['sources'] = [];
  for (const [p, source] of sources.entries()) {
    const local = new Map<string, number>();
    for (const actor of source.ecosystem.actors) {
      // Within one pool ids tell actors apart; across pools the same organisation may have another id.
      let index = p === 0 ? undefined : poolKeys.find(actor, false);
      if (index === undefined) {
        index = actors.length;
        actors.push(actor);
        memberOf.push(memberKeys.find(actor, true) ?? -1);
        poolKeys.add(actor, index, false);
      }
      local.set(actor.id, index);
    }
    let links = 0;
    const add = (source: string, target: string, weight: number | undefined): void => {
      const a = local.get(source);
      const b = local.get(target);
      if (a === undefined || b === undefined || a === b) return;
      ends.push(a, b);
      weights.push(weight === undefined || !(weight > 0) ? 1 : weight);
      links++;
    };
    for (const link of source.ecosystem.links ?? []) add(link.source, link.target, link.weight);
    for (const link of derivedLinks(source.ecosystem.projects ?? [], source.ecosystem.events ?? [])) add(link.source, link.target, link.weight);
    summary.push({ label: source.label, actors: local.size, links });
  }
  const member = Int32Array.from(memberOf);
  const adjacency = neighbours(actors.length, ends, weights);
  const matched = new Set(member.filter((m) => m >= 0)).size;
  return { actors, member, ...adjacency, sources: summary, matched };
}

/** Finds an actor by id (where ids are comparable), business id or loose name. */
class ActorKeys {
  private readonly byId = new Map<string, number>();
  private readonly byBusinessId = new Map<string, number>();
  private readonly byName = new Map<string, number>();

  add(actor: Actor, index: number, byId: boolean): void {
    if (byId && !this.byId.has(actor.id)) this.byId.set(actor.id, index);
    if (actor.businessId) {
      const key = businessIdKey(actor.businessId);
      if (!this.byBusinessId.has(key)) this.byBusinessId.set(key, index);
    }
    const name = looseName(actor.name);
    if (name !== '' && !this.byName.has(name)) this.byName.set(name, index);
  }

  find(actor: Actor, byId: boolean): number | undefined {
    return (
      (byId ? this.byId.get(actor.id) : undefined) ??
      (actor.businessId ? this.byBusinessId.get(businessIdKey(actor.businessId)) : undefined) ??
      this.byName.get(looseName(actor.name))
    );
  }
}

/** Both directions of every tie, grouped by actor, a neighbour met twice merged with the weights summed. */
function neighbours(n: number, ends: readonly number[], weights: readonly number[]): Pick<Pool, 'offset' | 'neighbour' | 'weight'> {
  const count = new Int32Array(n + 1);
  for (const v of ends) count[v + 1]!++;
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const fill = count.slice(0, n);
  const to = new Int32Array(ends.length);
  const w = new Float64Array(ends.length);
  for (let e = 0; e < weights.length; e++) {
    const a = ends[2 * e]!;
    const b = ends[2 * e + 1]!;
    to[fill[a]!] = b;
    w[fill[a]!++] = weights[e]!;
    to[fill[b]!] = a;
    w[fill[b]!++] = weights[e]!;
  }
  const offset = new Int32Array(n + 1);
  const neighbour = new Int32Array(ends.length);
  const weight = new Float64Array(ends.length);
  let out = 0;
  const order: number[] = [];
  for (let v = 0; v < n; v++) {
    offset[v] = out;
    order.length = 0;
    for (let k = count[v]!; k < count[v + 1]!; k++) order.push(k);
    order.sort((x, y) => to[x]! - to[y]!);
    for (const k of order) {
      if (out > offset[v]! && neighbour[out - 1] === to[k]) weight[out - 1]! += w[k]!;
      else {
        neighbour[out] = to[k]!;
        weight[out++] = w[k]!;
      }
    }
  }
  offset[n] = out;
  return { offset, neighbour: neighbour.slice(0, out), weight: weight.slice(0, out) };
}
