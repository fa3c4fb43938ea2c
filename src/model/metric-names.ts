// The names an indicator's `metric:` may take: network figures eco computes
// at report time (src/analysis/indicator-metrics.ts computes each).
import { LAYERS, SECTORS } from './vocabulary.js';

const FIXED_METRICS = {
  actors: 'number of actors',
  'actors.engaged': 'actors in the orchestrator, partner or active layer',
  'actors.inProjects': 'actors taking part in at least one project',
  'actors.inEvents': 'actors at at least one event',
  'actors.inProjectsOrEvents': 'actors in a project or at an event',
  'sectors.covered': 'sectors (of seven) with at least one actor',
  links: 'distinct linked pairs',
  density: 'network density',
  components: 'connected components',
  communities: 'Louvain communities',
  modularity: 'modularity of the communities',
  'links.crossSectorShare': 'share of links between different sectors (0–1)',
  eiIndex: "Krackhardt's E-I index of sectors",
} as const;

export type FixedMetric = keyof typeof FIXED_METRICS;

const METRIC_PATTERNS = [
  { prefix: 'actors.sector.', words: SECTORS, description: 'actors in the sector' },
  { prefix: 'actors.layer.', words: LAYERS, description: 'actors in the layer' },
  { prefix: 'actors.tag.', words: null, description: 'actors with the tag' },
] as const;

export type ParsedMetric = { kind: 'fixed'; name: FixedMetric } | { kind: 'pattern'; prefix: (typeof METRIC_PATTERNS)[number]['prefix']; word: string };

export function parseMetric(name: string): ParsedMetric | undefined {
  if (Object.hasOwn(FIXED_METRICS, name)) return { kind: 'fixed', name: name as FixedMetric };
  for (const p of METRIC_PATTERNS) {
    if (!name.startsWith(p.prefix)) continue;
    const word = name.slice(p.prefix.length);
    if (word !== '' && (p.words === null || (p.words as readonly string[]).includes(word))) return { kind: 'pattern', prefix: p.prefix, word };
  }
  return undefined;
}

/** Every metric name (a tag metric shown once, as an example), for "did you mean". */
export function metricNames(): string[] {
  return [...Object.keys(FIXED_METRICS), ...METRIC_PATTERNS.flatMap((p) => (p.words ? p.words.map((w) => p.prefix + w) : []))];
}
