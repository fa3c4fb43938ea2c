// The words eco uses for sectors, layers and task statuses (from the schemas),
// the helix each sector belongs to, and the Finnish words accepted for them.
import defsSchema from '../../schemas/defs.schema.json' with { type: 'json' };
import actorSchema from '../../schemas/actor.schema.json' with { type: 'json' };
import ecosystemSchema from '../../schemas/ecosystem.schema.json' with { type: 'json' };
import goalSchema from '../../schemas/goal.schema.json' with { type: 'json' };
import type { Kind, Layer, Sector, TaskStatus } from './schema-types.js';

/** The names every JavaScript object has, which no id may be (schemas/defs.schema.json). */
export const RESERVED_IDS: ReadonlySet<string> = new Set(defsSchema.definitions.id.not.enum);

export const SECTORS = actorSchema.definitions.sector.enum as readonly Sector[];
export const LAYERS = actorSchema.definitions.layer.enum as readonly Layer[];
export const TASK_STATUSES = goalSchema.definitions.taskStatus.enum as readonly TaskStatus[];
export const KINDS = ecosystemSchema.definitions.kind.enum as readonly Kind[];

export const HELICES = actorSchema.definitions.helix.enum as readonly Helix[];
export type Helix = 'industry' | 'academia' | 'government' | 'civil-society';

export const HELIX_OF: Record<Sector, Helix | null> = {
  company: 'industry',
  research: 'academia',
  education: 'academia',
  public: 'government',
  financier: 'government',
  association: 'civil-society',
  community: 'civil-society',
  other: null,
};

/** Finnish (and a few English) words accepted for each sector; the glossary in the README. */
export const SECTOR_ALIASES: Record<string, Sector> = {
  yritys: 'company',
  yritykset: 'company',
  elinkeinoelämä: 'company',
  business: 'company',
  tutkimus: 'research',
  yliopisto: 'research',
  tutkimuslaitos: 'research',
  university: 'research',
  koulutus: 'education',
  oppilaitos: 'education',
  ammattikorkeakoulu: 'education',
  amk: 'education',
  julkinen: 'public',
  'julkinen sektori': 'public',
  kunta: 'public',
  kaupunki: 'public',
  valtio: 'public',
  'maakunnan liitto': 'public',
  virasto: 'public',
  government: 'public',
  rahoittaja: 'financier',
  rahoitus: 'financier',
  yhdistys: 'association',
  järjestö: 'association',
  kauppakamari: 'association',
  ngo: 'association',
  yhteisö: 'community',
  asukasyhteisö: 'community',
  asukasyhteisöt: 'community',
  asukkaat: 'community',
  asukas: 'community',
  asukasyhdistys: 'community',
  taloyhtiö: 'community',
  residents: 'community',
  muu: 'other',
};

/** Finnish words for the quadruple helix's parties. */
export const HELIX_ALIASES: Record<string, Helix> = {
  elinkeinoelämä: 'industry',
  yritykset: 'industry',
  tutkimus: 'academia',
  koulutus: 'academia',
  'tutkimus ja koulutus': 'academia',
  'tutkimus- ja koulutussektori': 'academia',
  julkinen: 'government',
  'julkinen sektori': 'government',
  kansalaisyhteiskunta: 'civil-society',
  kansalaiset: 'civil-society',
};

export const LAYER_ALIASES: Record<string, Layer> = {
  orkestroija: 'orchestrator',
  orkestraattori: 'orchestrator',
  partneri: 'partner',
  kumppani: 'partner',
  aktiivinen: 'active',
  'aktiivinen jäsen': 'active',
  passiivinen: 'passive',
  'passiivinen jäsen': 'passive',
  potentiaalinen: 'potential',
  'potentiaalinen jäsen': 'potential',
};

/** Peltoniemi (2004), as the seed slides name them. */
export const KIND_ALIASES: Record<string, Kind> = {
  ekosysteemi: 'ecosystem',
  klusteri: 'cluster',
  verkosto: 'network',
  arvoverkosto: 'value-network',
};

export const TASK_STATUS_ALIASES: Record<string, TaskStatus> = {
  suunniteltu: 'planned',
  käynnissä: 'in-progress',
  kesken: 'in-progress',
  valmis: 'done',
  tehty: 'done',
  estynyt: 'blocked',
  jumissa: 'blocked',
};

/** The canonical word for `value`, if it is one or an accepted alias (case and spacing ignored). */
export function canonicalWord<T extends string>(value: string, words: readonly T[], aliases: Record<string, T>): T | undefined {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if ((words as readonly string[]).includes(key)) return key as T;
  return Object.hasOwn(aliases, key) ? aliases[key] : undefined;
}
