// A group (Louvain community) is named by what a reader recognises in it: its
// two best-tied actors and its largest sector, never by its number.
import type { MapResult } from '../analysis/map-result.js';
import type { Labels } from './i18n/en.js';

type Group = MapResult['communities'][number];

export function groupName(group: Group, labels: Labels, nameOf: (id: string) => string): string {
  const names = group.topActors.slice(0, 2).map(nameOf);
  const who = names.length === 2 ? `${names[0]} ${labels.text.and} ${names[1]}` : (names[0] ?? '–');
  // Sectors as large as the largest are all named (two at most): a tie has no one largest.
  const most = group.sectors[0]?.actors ?? 0;
  const sectors = group.sectors
    .filter((s) => s.actors === most && s.sector !== 'unknown')
    .slice(0, 2)
    .map((s) => labels.sectorOne[s.sector as keyof Labels['sectorOne']] ?? s.sector);
  return sectors.length > 0 ? `${who} (${sectors.join(', ')})` : who;
}
