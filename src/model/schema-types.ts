// Generated from schemas/*.schema.json by `npm run gen:types`; do not edit by hand.

export type Kind = 'ecosystem' | 'cluster' | 'network' | 'value-network';
export type IdList = string[];
export type Sector =
  | 'company'
  | 'research'
  | 'education'
  | 'public'
  | 'financier'
  | 'association'
  | 'community'
  | 'other';
export type Layer = 'orchestrator' | 'partner' | 'active' | 'passive' | 'potential';
/**
 * The quadruple-helix party the actor stands for, where its sector alone does not say (a business association in industry, a residents' cooperative in civil society). Default: the sector's helix.
 */
export type Helix = 'industry' | 'academia' | 'government' | 'civil-society';
export type TaskStatus = 'planned' | 'in-progress' | 'done' | 'blocked';

/**
 * The manifest (ecosystem.yaml). Each collection is an inline list or the path of a CSV, Excel (.xlsx, optionally #Sheet) or YAML file holding the list; after loading, every collection is a list. A network of ecosystems lists its members; it may then leave out its own actors.
 */
export interface Ecosystem {
  schema: 'eco/v1';
  ecosystem: EcosystemInfo;
  /**
   * An Excel workbook (.xlsx) whose sheets, named for their collections (Toimijat/Actors, Yhteydet/Suhteet/Links, Hankkeet/Projects, Tapahtumat/Events, Tavoitteet/Goals with Mittarit/Indicators, Tehtävät/Tasks and Mittaushistoria/History), fill the collections the manifest does not give; its first other sheet is the actors when none is named so. A collection may also name one sheet: actors: kartoitus.xlsx#Toimijat.
   */
  workbook?: string;
  /**
   * Paths of member ecosystems (folders or manifests), relative to this manifest: a network of ecosystems, e.g. one per town.
   */
  members?: string[];
  actors: Actor[];
  links?: Link[];
  projects?: Project[];
  events?: Event[];
  goals?: Goal[];
  /**
   * The development proposals of the study (kehittämisehdotukset), in the consultant's own words.
   */
  recommendations?: Recommendation[];
}
export interface EcosystemInfo {
  id: string;
  name: string;
  kind?: Kind;
  /**
   * The region the ecosystem is at home in (maakunta), as its actors' region is written: eco suggest counts candidates there as near.
   */
  region?: string;
  /**
   * The town the ecosystem is at home in; without it, eco suggest takes the town where most actors are.
   */
  city?: string;
  /**
   * The country the ecosystem is at home in, as its actors' country is written (FI); without it, the country of most actors.
   */
  country?: string;
  /**
   * Competences the ecosystem needs, as actors' tags name them: eco suggest looks for actors that have them.
   */
  needs?: string[];
  theme?: string;
  description?: string;
  orchestrators?: IdList;
  /**
   * Where the data comes from, in words.
   */
  sources?: string[];
  /**
   * When the data was gathered (YYYY, YYYY-MM or YYYY-MM-DD): the date the baseline study describes.
   */
  collected?: string;
  /**
   * How the actors and ties were gathered (interviews, a survey, project records, …), in words; shown in the report's data and method section.
   */
  method?: string;
}
/**
 * An organisation or group taking part in the ecosystem. Columns beyond these are kept as attributes.
 */
export interface Actor {
  id: string;
  name: string;
  sector?: Sector;
  layer?: Layer;
  helix?: Helix;
  city?: string;
  /**
   * The region (maakunta) the actor is in.
   */
  region?: string;
  /**
   * The country the actor is in, e.g. as an ISO code (FI).
   */
  country?: string;
  /**
   * Finnish business id (Y-tunnus), 1234567-8, with a valid check digit.
   */
  businessId?: string;
  website?: string;
  tags?: string[];
  /**
   * Personal data: never printed in reports unless asked for.
   */
  contacts?: {
    name?: string;
    role?: string;
    email?: string;
    phone?: string;
  }[];
  [k: string]:
    | string
    | number
    | boolean
    | null
    | Sector
    | Layer
    | Helix
    | string[]
    | {
        name?: string;
        role?: string;
        email?: string;
        phone?: string;
      }[]
    | undefined;
}
/**
 * A tie between two actors.
 */
export interface Link {
  source: string;
  target: string;
  /**
   * collaboration, funding, membership, knowledge, supply, communication, co-project, co-event, or any other word.
   */
  type?: string;
  weight?: number;
  directed?: boolean;
  /**
   * A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  since?: string;
  /**
   * A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  until?: string;
  note?: string;
  /**
   * As eco export writes it: listed (explicit), or known from shared projects and events (derived). Informational; read back, every link counts as listed.
   */
  origin?: 'explicit' | 'derived';
}
/**
 * A project shared by actors; shared projects yield co-project links.
 */
export interface Project {
  id: string;
  title: string;
  /**
   * The funding instrument, e.g. ERDF.
   */
  funding?: string;
  /**
   * Euros.
   */
  budget?: number;
  /**
   * A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  start?: string;
  /**
   * A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  end?: string;
  lead?: string;
  partners?: IdList;
  workPackages?: WorkPackage[];
  description?: string;
}
export interface WorkPackage {
  id: string;
  title: string;
  lead?: string;
  description?: string;
}
/**
 * A workshop or other gathering; shared events yield co-event links.
 */
export interface Event {
  id: string;
  title: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  date?: string;
  phase?: string;
  project?: string;
  participants?: IdList;
  description?: string;
}
/**
 * A goal (e.g. for 2027) with its indicators and tasks.
 */
export interface Goal {
  id: string;
  title: string;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  due?: string;
  owner?: string;
  description?: string;
  indicators?: Indicator[];
  tasks?: Task[];
  /**
   * Competences the goal needs, as actors' tags name them: eco suggest looks for actors that have them.
   */
  needs?: string[];
}
export interface Indicator {
  id: string;
  name: string;
  unit?: string;
  baseline?: number;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  baselineDate?: string;
  target?: number;
  current?: number;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  measured?: string;
  history?: {
    /**
     * A calendar date, YYYY-MM-DD.
     */
    date: string;
    value: number;
  }[];
  /**
   * A network figure computed by eco, e.g. actors.layer.active or links.crossSectorShare.
   */
  metric?: string;
}
export interface Task {
  id: string;
  title: string;
  owner?: string;
  status?: TaskStatus;
  /**
   * A calendar date, YYYY-MM-DD.
   */
  due?: string;
}
export interface Recommendation {
  text: string;
  /**
   * Who should take it forward: an actor's id or name, or any words.
   */
  owner?: string;
  /**
   * A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  due?: string;
}
