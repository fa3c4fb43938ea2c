// The "network of ecosystems" section, for the map and status reports.
import type { MemberFigures, NetworkFigures } from '../analysis/network-of-ecosystems.js';
import { benchmarkSection } from './benchmark-view.js';
import { fill, fillCount, formatInteger, formatNumber, formatPercent, joinAll, listOf } from './format.js';
import type { Labels } from './i18n/en.js';
import { table } from './table.js';

export function memberTable(members: readonly MemberFigures[], t: Labels) {
  return table(
    [t.network.member, t.column.actors, t.column.links, t.network.sectorsCovered, t.headline.density[0] ?? '', t.column.eiIndex, t.network.onTrack],
    members.map((m) => [
      m.name,
      formatInteger(m.actors, t),
      formatInteger(m.links, t),
      `${m.sectorsCovered}/7`,
      formatNumber(m.density, 3, t),
      m.eiIndex === null ? '–' : formatNumber(m.eiIndex, 2, t),
      m.indicators > 0 ? `${m.onTrack === null ? '–' : formatInteger(m.onTrack, t)}/${formatInteger(m.indicators, t)}` : '–',
    ]),
  );
}

export function networkSection(network: NetworkFigures | undefined, t: Labels, nameOf: (id: string) => string) {
  if (!network) return null;
  const cross = network.crossMemberLinks;
  const memberNames = new Map(network.members.map((m) => [m.id, m.name]));
  const memberOf = (id: string): string => memberNames.get(id) ?? id;
  return {
    intro: fillCount(t.network.intro, network.members.length, t),
    members: memberTable(network.members, t),
    shared:
      network.shared.length > 0
        ? fillCount(t.network.shared, network.shared.length, t, {
            names: listOf(
              network.shared.map((s) => `${nameOf(s.id)} (${joinAll(s.members.map(memberOf), t)})`),
              t,
              10,
            ),
          })
        : t.network.noShared,
    sameBusinessId:
      network.sameBusinessId.length > 0
        ? fill(t.network.sameBusinessId, {
            list: network.sameBusinessId
              .map(
                (b) =>
                  `${b.businessId}: ${joinAll(
                    b.actors.map((a) => `${nameOf(a.id)} (${a.id}, ${memberOf(a.member)})`),
                    t,
                  )}`,
              )
              .join('; '),
          })
        : null,
    crossing: cross.count > 0 ? fillCount(t.network.crossing, cross.count, t, { share: formatPercent(cross.share, t) }) : t.network.noCrossing,
    crossingLinks:
      cross.links.length > 0
        ? table(
            [t.column.actor, t.column.actor, t.diff.weight],
            cross.links.slice(0, 8).map((l) => [nameOf(l.source), nameOf(l.target), formatNumber(l.weight, Number.isInteger(l.weight) ? 0 : 2, t)]),
            ['left', 'left', 'right'],
          )
        : null,
    benchmark: benchmarkSection(network, t),
  };
}
