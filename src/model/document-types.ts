// Generated from schemas/eco-*.schema.json by `npm run gen:types`; do not edit by hand.
import type {Helix, Layer, Sector} from './schema-types.js';


/**
 * The eco-map/v1 document: what `eco map --format json` writes, the figures of the network and everything its report is laid out from (DESIGN section 4). Field names are a contract: fields may be added, never renamed.
 */
export interface EcoMap {
  activation: {
    isolated: string[];
    potentialNoTies: string[];
    weaklyTied: string[];
  };
  actors: ActorFigures[];
  articulationPoints: {
    assessed: ArticulationRow[];
    count: number;
  };
  /**
   * The date the figures that depend on the day were computed for (--as-of, SOURCE_DATE_EPOCH); null when none was given.
   */
  asOf: string | null;
  brokerageRoles: BrokerageRow[];
  brokers: BrokerRow[];
  communities: CommunityRow[];
  dataQuality?: DataQuality;
  ecosystem: {
    collected: string | null;
    description: string | null;
    id: string;
    kind: string | null;
    method: string | null;
    name: string;
    orchestrators: string[];
    region: string | null;
    sources: string[];
    theme: string | null;
  };
  /**
   * The merged ties the figures were computed on: for pictures, exports and re-rendering a saved document.
   */
  edges: MapEdge[];
  events: EventRow[];
  /**
   * What the baseline study leads with, strongest first: each a code, its evidence as data, and the actors it concerns; prose is made per language by the report.
   */
  findings: Finding[];
  fragmentation: {
    after: {
      components: number;
      largestShare: number;
    };
    before: {
      components: number;
      largestShare: number;
    };
    removed: string[];
  };
  helices: HelixRow[];
  layerSuggestions: LayerSuggestion[] | null;
  layers: LayerRow[];
  linkTypes: {
    links: number;
    type: string;
  }[];
  missingHelices: string[];
  missingSectors: Sector[];
  network?: NetworkFigures;
  options: {
    directed: boolean;
    links: 'explicit' | 'derived' | 'all';
    seed: number;
  };
  projects: ProjectRow[];
  recommendations: Recommendation[];
  schema: 'eco-map/v1';
  sectorMatrix: {
    labels: string[];
    links: number[][];
  };
  sectors: SectorRow[];
  summary: MapSummary;
  suggestions?: EcoSuggest;
}
export interface ActorFigures {
  articulationPoint: boolean;
  betweenness: number;
  /**
   * The actor's municipality, when the data gives one.
   */
  city?: string;
  closeness: number;
  clustering: number;
  community: number;
  component: number;
  /**
   * Null for an actor without ties (undefined, as in NetworkX).
   */
  constraint: number | null;
  degree: number;
  degreeCentrality: number;
  effectiveSize: number | null;
  eigenvector: number | null;
  id: string;
  layer: Layer | null;
  name: string;
  pagerank: number | null;
  sector: Sector | null;
  strength: number;
  suggestedLayer: Layer | null;
}
export interface ArticulationRow {
  communitiesSplit: number[];
  cutOff: number;
  id: string;
  name: string;
  pieces: number;
  sector: Sector | null;
  sectorsCutOff: string[];
}
export interface BrokerageRow {
  consultant: number;
  coordinator: number;
  gatekeeper: number;
  id: string;
  liaison: number;
  representative: number;
  total: number;
}
export interface BrokerRow {
  articulationPoint: boolean;
  betweenness: number;
  degree: number;
  id: string;
  name: string;
  sector: Sector | null;
}
export interface CommunityRow {
  id: number;
  /**
   * Actors per sector ("unknown" for those without one), largest first.
   */
  sectors: {
    actors: number;
    sector: string;
  }[];
  size: number;
  /**
   * Up to five members with the most ties.
   */
  topActors: string[];
}
/**
 * What --skip-invalid left out, and actors that look entered twice.
 */
export interface DataQuality {
  leftOut: {
    action: 'row' | 'value' | 'list-item';
    /**
     * The diagnostic code of the problem (its words are eco validate's).
     */
    code: string;
    entity: string;
    field: string | null;
    label: string;
    /**
     * Where it was read: `actors.csv:5:3`, `kartoitus.xlsx [Toimijat] 5:B`.
     */
    place: string;
    value: string | null;
  }[];
  likelyDuplicates: {
    /**
     * The id the suggested merge keeps.
     */
    keep: string;
    name: string;
    other: string;
    otherPlace: string;
    place: string;
    reason: 'business-id' | 'same-name' | 'similar-name';
  }[];
}
export interface MapEdge {
  /**
   * explicit: at least one link was listed; derived: known only from shared projects and events.
   */
  origin: 'explicit' | 'derived';
  since?: string;
  source: string;
  target: string;
  /**
   * The link types merged into this tie, sorted.
   */
  types: string[];
  until?: string;
  /**
   * The sum of the merged links' weights.
   */
  weight: number;
}
export interface EventRow {
  date: string | null;
  id: string;
  participants: string[];
  phase: string | null;
  title: string;
}
export interface Finding {
  code:
    | 'sector-missing'
    | 'helix-missing'
    | 'civil-society-associations-only'
    | 'isolated-actors'
    | 'broker-dependence'
    | 'thin-core'
    | 'low-cross-sector'
    | 'no-community-structure'
    | 'derived-ties-dominate'
    | 'fragmented'
    | 'top-broker'
    | 'largest-sector';
  severity: 'warning' | 'info';
  /**
   * How much it matters, 0–1: findings are listed by it.
   */
  weight: number;
  /**
   * The evidence, by name (numbers, ids, sector or helix words).
   */
  args: {
    [k: string]: unknown | undefined;
  };
  /**
   * The ids of the actors it concerns.
   */
  actors: string[];
}
export interface HelixRow {
  actors: number;
  helix: 'industry' | 'academia' | 'government' | 'civil-society';
  sectors: Sector[];
  share: number;
}
export interface LayerSuggestion {
  declared: Layer | null;
  id: string;
  suggested: Layer;
}
export interface LayerRow {
  actors: number;
  layer: Layer | 'unknown';
  share: number;
}
/**
 * For a network of ecosystems: its members side by side, shared actors, links between members.
 */
export interface NetworkFigures {
  /**
   * Links between actors that have no member in common.
   */
  crossMemberLinks: {
    count: number;
    links: {
      source: string;
      target: string;
      weight: number;
    }[];
    share: number;
  };
  members: MemberFigures[];
  /**
   * One business id under different actor ids in different members.
   */
  sameBusinessId: {
    actors: {
      id: string;
      member: string;
    }[];
    businessId: string;
  }[];
  /**
   * Actors listed by two or more members.
   */
  shared: {
    id: string;
    members: string[];
  }[];
  benchmark?: MemberBenchmark;
}
export interface MemberFigures {
  actors: number;
  density: number;
  eiIndex: number | null;
  id: string;
  indicators: number;
  links: number;
  name: string;
  /**
   * Null when no date was given to score the goals on.
   */
  onTrack: number | null;
  overdue: number | null;
  sectorsCovered: number;
  /**
   * Indicators on track / indicators; null when the goals were not scored (no date given) or the member has no indicators.
   */
  onTrackShare?: number | null;
  ranks?: MemberRanks;
  /**
   * Up to 3 most similar other members by sector mix and size, most similar first (ties broken by id).
   */
  peers?: MemberPeer[];
  /**
   * Tasks overdue / tasks; null when the goals were not scored (no date given) or the member has no tasks.
   */
  overdueShare?: number | null;
}
/**
 * The member's rank among the members by each figure: 1 is the best, in the direction the benchmark's figures say is better; members with equal figures share a rank (1, 2, 2, 4); null where the member has no value for the figure.
 */
export interface MemberRanks {
  actors: number | null;
  links: number | null;
  sectorsCovered: number | null;
  density: number | null;
  eiIndex: number | null;
  onTrackShare: number | null;
  overdueShare: number | null;
}
export interface MemberPeer {
  /**
   * The peer member's id.
   */
  id: string;
  /**
   * Similarity by sector mix and size (0–1), as network.benchmark.peerMeasure defines it.
   */
  similarity: number;
}
/**
 * The members benchmarked against each other: for each figure, which direction is better, the median and the strongest and weakest members (each member's rank is in members[].ranks, its most similar peers in members[].peers).
 */
export interface MemberBenchmark {
  figures: BenchmarkFigureRow[];
  /**
   * How peers are chosen: similarity = sectorMixWeight × cosine similarity of the members' sector-share vectors (actors per sector / actors, the 7 sectors and other) + sizeWeight × exp(−|ln actors_a − ln actors_b|), i.e. the smaller actor count divided by the larger. Up to maxPeers peers per member, most similar first, ties broken by id.
   */
  peerMeasure: {
    method: 'sector-mix-cosine+log-size';
    sectorMixWeight: number;
    sizeWeight: number;
    maxPeers: number;
  };
}
export interface BenchmarkFigureRow {
  /**
   * A member figure that members are ranked by: actors, links (distinct linked pairs), sectors covered (of 7), density, E-I index (cross-sector ties), the share of indicators on track and the share of tasks overdue.
   */
  figure:
    'actors' | 'links' | 'sectorsCovered' | 'density' | 'eiIndex' | 'onTrackShare' | 'overdueShare';
  /**
   * Which direction ranks first.
   */
  better: 'higher' | 'lower';
  /**
   * The median of the members' values (the mean of the middle two for an even count); null when no member has a value.
   */
  median: number | null;
  /**
   * How many members have a value for the figure.
   */
  ranked: number;
  /**
   * The ids of the members ranked 1 (several when tied); empty when fewer than two members have a value or all are equal.
   */
  strongest: string[];
  /**
   * The ids of the members with the last rank (several when tied); empty when fewer than two members have a value or all are equal.
   */
  weakest: string[];
}
export interface ProjectRow {
  budget: number | null;
  end: string | null;
  funding: string | null;
  id: string;
  lead: string | null;
  members: string[];
  start: string | null;
  title: string;
  workPackages: {
    id: string;
    lead: string | null;
    title: string;
  }[];
}
export interface Recommendation {
  text: string;
  owner: string | null;
  due: string | null;
}
export interface SectorRow {
  actors: number;
  /**
   * Null when the sector has no ties to actors with a sector.
   */
  eiIndex: number | null;
  externalLinks: number;
  helix: ('industry' | 'academia' | 'government' | 'civil-society') | null;
  internalLinks: number;
  sector: Sector | 'unknown';
  share: number;
}
export interface MapSummary {
  actors: number;
  averageClustering: number;
  averagePathLength: number;
  /**
   * `"exact"`, or the number of sampled pivot sources, with how far the top of the betweenness ranking can be trusted.
   */
  betweennessMethod:
    | 'exact'
    | {
        sample: number;
        /**
         * The widest 95% confidence half-width, relative to the estimate, of the topK actors' betweenness (0.3: each within ±30 %); the values are less certain than their ranking.
         */
        errorBound?: number;
        /**
         * How many of the top actors the error bound speaks for.
         */
        topK?: number;
        /**
         * The share of their topK the two halves of the sample (alternate chunks of pivots) agree on. When eco chose the sample's size, it stopped as soon as this reached 0.9.
         */
        agreement?: number;
      };
  /**
   * `"exact"`, or the number of sampled pivot sources, with how far the top of the betweenness ranking can be trusted.
   */
  closenessMethod:
    | 'exact'
    | {
        sample: number;
        /**
         * The widest 95% confidence half-width, relative to the estimate, of the topK actors' betweenness (0.3: each within ±30 %); the values are less certain than their ranking.
         */
        errorBound?: number;
        /**
         * How many of the top actors the error bound speaks for.
         */
        topK?: number;
        /**
         * The share of their topK the two halves of the sample (alternate chunks of pivots) agree on. When eco chose the sample's size, it stopped as soon as this reached 0.9.
         */
        agreement?: number;
      };
  /**
   * Groups (Louvain communities) of two or more actors; an actor with no group is no community.
   */
  communities: number;
  components: number;
  crossSectorShare: number | null;
  density: number;
  diameter: number;
  eiIndex: number | null;
  eigenvectorConverged: boolean;
  isolates: number;
  largestComponentShare: number;
  links: number;
  /**
   * Pairs tied only through shared projects or events (links = linksExplicit + linksDerived).
   */
  linksDerived: number;
  /**
   * Linked pairs with at least one listed (explicit) link.
   */
  linksExplicit: number;
  modularity: number | null;
  pagerankConverged: boolean;
  /**
   * `"exact"`, or the number of sampled pivot sources, with how far the top of the betweenness ranking can be trusted.
   */
  pathLengthMethod:
    | 'exact'
    | {
        sample: number;
        /**
         * The widest 95% confidence half-width, relative to the estimate, of the topK actors' betweenness (0.3: each within ±30 %); the values are less certain than their ranking.
         */
        errorBound?: number;
        /**
         * How many of the top actors the error bound speaks for.
         */
        topK?: number;
        /**
         * The share of their topK the two halves of the sample (alternate chunks of pivots) agree on. When eco chose the sample's size, it stopped as soon as this reached 0.9.
         */
        agreement?: number;
      };
}
/**
 * Whom to invite, when the map was made with --pool: the eco-suggest/v1 document of the same ecosystem.
 */
export interface EcoSuggest {
  schema: 'eco-suggest/v1';
  ecosystem: {
    id: string;
    name: string;
    /**
     * Its actors: those found in the pool are never suggested.
     */
    actors: number;
  };
  /**
   * The date printed on the report, when one was asked for.
   */
  asOf?: string | null;
  /**
   * Where the ecosystem is at home: as its manifest names it, else where most of its actors are (null when no place holds enough of them).
   */
  home: {
    city: string | null;
    region: string | null;
    country: string | null;
  };
  /**
   * What the ecosystem lacks that a candidate could fill.
   */
  gaps: {
    sectors: Sector[];
    helices: Helix[];
    layers: Layer[];
    /**
     * Competences the manifest and its goals name as needed.
     */
    needs: string[];
  };
  pool: {
    sources: {
      /**
       * The pool's name: its manifest's, else its folder's or file's.
       */
      label: string;
      actors: number;
      links: number;
    }[];
    /**
     * Actors in the pools together, one organisation listed by two pools counted once.
     */
    actors: number;
    /**
     * The ecosystem's actors found in the pool: never suggested.
     */
    matched: number;
    /**
     * Pool actors with some evidence for them, before --top.
     */
    candidates: number;
  };
  filter: {
    top: number;
    sector: Sector | null;
    tag: string | null;
  };
  candidates: Candidate[];
}
export interface Candidate {
  id: string;
  name: string;
  sector: Sector | null;
  city: string | null;
  country: string | null;
  /**
   * The sum of its reasons' points.
   */
  score: number;
  reasons: (
    | {
        code: 'works-with-members';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          members: number;
          weight: number;
          ties: number;
          share: number;
        };
      }
    | {
        code: 'same-city' | 'member-city' | 'same-region' | 'same-country';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          place: string;
          members?: number;
        };
      }
    | {
        code: 'missing-helix';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          helix: Helix;
        };
      }
    | {
        code: 'missing-sector';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          sector: Sector;
        };
      }
    | {
        code: 'needed-competence';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          tags: string[];
        };
      }
    | {
        code: 'missing-layer';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          layer: Layer;
        };
      }
    | {
        code: 'joins-components';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          components: number;
        };
      }
    | {
        code: 'joins-communities';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          communities: number;
        };
      }
    | {
        code: 'university-town';
        /**
         * What this reason adds to the score.
         */
        points: number;
        evidence: {
          city: string;
        };
      }
  )[];
  /**
   * Members it has ties to in the pool.
   */
  tiesToMembers: number;
  /**
   * Actors it has ties to in the pool, members or not.
   */
  ties: number;
  /**
   * The members with the strongest ties to it: who could introduce it.
   */
  introducers: {
    id: string;
    name: string;
    weight: number;
  }[];
}
/**
 * The eco-status/v1 document: the goals, their indicators and tasks as of a date (`eco status --format json`, DESIGN section 5).
 */
export interface EcoStatus {
  /**
   * Every actor's name, for the report to name owners (and, with --since, those who joined or left).
   */
  actors?: {
    id: string;
    name: string;
  }[];
  asOf: string;
  /**
   * Tasks marked blocked, by due date.
   */
  blocked: {
    due: string | null;
    goal: string;
    id: string;
    owner: string | null;
    title: string;
  }[];
  dataQuality?: DataQuality;
  /**
   * Open tasks due within the report's window (eco status --due-within, 90 days unless given), soonest first.
   */
  dueSoon: {
    /**
     * Days from the report date to the due date (0: due today).
     */
    daysLeft: number;
    due: string;
    goal: string;
    id: string;
    owner: string | null;
    title: string;
  }[];
  /**
   * How many days ahead dueSoon looks (eco status --due-within).
   */
  dueWithin: number;
  ecosystem: {
    id: string;
    name: string;
  };
  goals: GoalStatus[];
  goalsWithoutActiveWork: string[];
  /**
   * For a network of ecosystems: each member's figures, its goals on track among them.
   */
  members?: MemberFigures[];
  /**
   * Open tasks past their due date, the latest first.
   */
  overdue: {
    /**
     * Days from the due date to the report date.
     */
    daysLate: number;
    due: string;
    goal: string;
    id: string;
    owner: string | null;
    title: string;
  }[];
  ownerProblems: OwnerProblem[];
  schema: 'eco-status/v1';
  since?: EcoDiff;
  summary: {
    blocked: number;
    done: number;
    dueSoon: number;
    goals: number;
    indicators: number;
    offTrack: number;
    onTrack: number;
    overdue: number;
    tasks: number;
    unknown: number;
  };
}
export interface GoalStatus {
  /**
   * Whether an active actor owns the goal or an open task of it.
   */
  activelyWorked: boolean;
  due: string | null;
  id: string;
  indicators: IndicatorStatus[];
  owner: string | null;
  taskList: TaskStatusRow[];
  tasks: TaskCounts;
  title: string;
}
export interface IndicatorStatus {
  baseline: number | null;
  baselineDate: string | null;
  expected: number | null;
  history: {
    date: string;
    value: number;
  }[];
  id: string;
  measured: string | null;
  metric: string | null;
  name: string;
  onTrack: boolean | null;
  progress: number | null;
  target: number | null;
  unit: string | null;
  value: number | null;
}
export interface TaskStatusRow {
  due: string | null;
  goal: string;
  id: string;
  overdue: boolean;
  owner: string | null;
  status: 'planned' | 'in-progress' | 'done' | 'blocked';
  title: string;
}
export interface TaskCounts {
  blocked: number;
  done: number;
  'in-progress': number;
  overdue: number;
  planned: number;
}
export interface OwnerProblem {
  goal: string;
  id: string;
  owner: string | null;
  problem: 'no-owner' | 'owner-not-active';
}
/**
 * With --since: what changed since the earlier snapshot.
 */
export interface EcoDiff {
  actors: {
    joined: string[];
    left: string[];
  };
  after: {
    asOf: string;
    label: string;
  };
  before: {
    asOf: string;
    label: string;
  };
  /**
   * What the new derived ties come from: each project or event of the later snapshot whose participants the new ties join, most ties first.
   */
  derivedSources: {
    date: string | null;
    id: string;
    kind: 'project' | 'event';
    ties: number;
    title: string;
  }[];
  ecosystem: {
    id: string;
    name: string;
  };
  indicators: {
    after: number | null;
    before: number | null;
    goal: string;
    id: string;
    name: string;
    progressAfter: number | null;
    progressBefore: number | null;
  }[];
  layerMoves: {
    from: Layer | null;
    id: string;
    to: Layer | null;
  }[];
  links: {
    added: LinkChange[];
    removed: LinkChange[];
    reweighted: {
      from: number;
      source: string;
      target: string;
      to: number;
    }[];
  };
  /**
   * The two maps, for laying the report out again from a saved document (eco diff writes them; status --since does not).
   */
  maps?: {
    after: EcoMap;
    before: EcoMap;
  };
  ranks: {
    after: number;
    before: number | null;
    id: string;
  }[];
  renames: {
    from: string;
    reason: 'business-id' | 'name';
    to: string;
  }[];
  schema: 'eco-diff/v1';
  sectorChanges: {
    from: Sector | null;
    id: string;
    to: Sector | null;
  }[];
  shifts: {
    after: number | null;
    before: number | null;
    change: number | null;
    metric:
      | 'actors'
      | 'links'
      | 'density'
      | 'components'
      | 'isolates'
      | 'largestComponentShare'
      | 'averageClustering'
      | 'communities'
      | 'modularity'
      | 'crossSectorShare'
      | 'eiIndex';
  }[];
  summary: {
    after: {
      actors: number;
      averageClustering: number;
      communities: number;
      components: number;
      crossSectorShare: number | null;
      density: number;
      eiIndex: number | null;
      isolates: number;
      largestComponentShare: number;
      links: number;
      modularity: number | null;
    };
    before: {
      actors: number;
      averageClustering: number;
      communities: number;
      components: number;
      crossSectorShare: number | null;
      density: number;
      eiIndex: number | null;
      isolates: number;
      largestComponentShare: number;
      links: number;
      modularity: number | null;
    };
  };
  tasksDone: {
    goal: string;
    id: string;
    title: string;
  }[];
}
export interface LinkChange {
  /**
   * derived: known only from shared projects and events.
   */
  origin: 'explicit' | 'derived';
  source: string;
  target: string;
  /**
   * The link types merged into the tie, sorted.
   */
  types: string[];
  weight: number;
}
/**
 * The eco-trend/v1 document: an ecosystem's figures and indicators in each of its snapshots, oldest first (`eco trend --format json`, DESIGN section 6). Each snapshot's summary is what `eco map` gives for it; `eco report` lays the document out again.
 */
export interface EcoTrend {
  schema: 'eco-trend/v1';
  /**
   * The goal indicators the snapshots name, as the latest snapshot that names each describes it: for the charts' target lines.
   */
  indicators: {
    id: string;
    name: string;
    unit: string | null;
    baseline: number | null;
    target: number | null;
  }[];
  snapshots: TrendSnapshot[];
}
export interface TrendSnapshot {
  /**
   * The manifest's collection date, else the folder's name, else the commit's short hash.
   */
  label: string;
  /**
   * The manifest's `ecosystem.collected`, else the commit date (YYYY-MM-DD), else null.
   */
  date: string | null;
  /**
   * The git commit the snapshot was read from, or null for files on disk.
   */
  revision: string | null;
  summary: TrendSummary;
  /**
   * Actors per participation layer (`unknown`: no layer given).
   */
  layers: {
    [k: string]: number | undefined;
  };
  /**
   * Actors per sector (`unknown`: no sector given).
   */
  sectors: {
    [k: string]: number | undefined;
  };
  /**
   * Each goal indicator's current value in this snapshot, as `eco status` reads it (null: no value).
   */
  indicators: {
    [k: string]: number | null | undefined;
  };
}
/**
 * The figures of `eco map`'s summary that a trend follows.
 */
export interface TrendSummary {
  actors: number;
  linksExplicit: number;
  linksDerived: number;
  density: number;
  components: number;
  communities: number;
  modularity: number | null;
  crossSectorShare: number | null;
  eiIndex: number | null;
}
