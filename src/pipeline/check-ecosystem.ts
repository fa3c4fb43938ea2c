// Shared by the commands that need a valid ecosystem: load, validate, and on
// errors print them and give up (exit 1). A network of ecosystems has each
// member loaded and validated on its own first, then is combined into one.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { error, type SourceLocation } from '../diagnostics/diagnostic.js';
import { EnvironmentError } from '../diagnostics/errors.js';
import type { Locator } from '../diagnostics/locator.js';
import { ecosystemIdentity } from '../io/read-ecosystem.js';
import { newReadBudget } from '../io/read-text-file.js';
import { phase, phaseAsync } from '../diagnostics/phases.js';
import { combineMembers, type Member } from '../model/combine-members.js';
import type { KnownActor } from '../model/name-keys.js';
import { beyondMapLimits, MAP_LIMITS } from '../model/scale-limits.js';
import type { Ecosystem } from '../model/schema-types.js';
import { type LeftOut, leaveOutInvalid } from '../model/skip-invalid.js';
import { type ValidationResult, validateDocument } from '../model/validate.js';
import { type LoadedEcosystem, type LoadOptions, loadEcosystem } from './load-ecosystem.js';

/** Members may themselves be networks, this many levels deep. */
const MAX_DEPTH = 4;
/** Members loaded in all, at every level: a bound on the work a manifest can ask for. */
const MAX_MEMBERS = 1000;
/** Rounds of --skip-invalid: each settles what the last one's leaving out revealed. */
const SKIP_ROUNDS = 4;

export type CheckOptions = LoadOptions & {
  /** The report date, for judging tasks overdue; null where that is not the command's business (eco map). */
  asOf: string | null;
  /** Leave out what is broken instead of stopping (--skip-invalid). */
  skipInvalid?: boolean;
};

interface MemberEcosystem extends Member {
  name: string;
  origin: string;
}

export interface ValidEcosystem {
  /** The ecosystem; for a network of ecosystems, its members combined. */
  ecosystem: Ecosystem;
  origin: string;
  /** The folder its files are in, as messages show it. */
  folder: string;
  warnings: Diagnostic[];
  /** Every file read, the members' included: no output may replace one. */
  inputs: string[];
  /** What --skip-invalid left out to make the input valid. */
  leftOut: LeftOut[];
  /** Present for a network of ecosystems. */
  network?: {
    members: MemberEcosystem[];
    memberships: Map<string, string[]>;
    /** The network's own inventory, before its members are combined into it. */
    own: Ecosystem;
  };
}

export interface CheckedEcosystem {
  origin: string;
  /** Every problem found, in the network's files and its members'. */
  diagnostics: Diagnostic[];
  /** Present when there are no errors. */
  valid?: ValidEcosystem;
  /** The actors the input declares, valid or not (for a network's references to its members). */
  actors: KnownActor[];
  /** Every file read, the members' included. */
  inputs: string[];
  /** What eco decided while reading, to say on stderr. */
  notes: string[];
  /** What --skip-invalid left out, members' included. */
  leftOut: LeftOut[];
}

/** Loads and validates an ecosystem, and each member of a network of ecosystems. */
export async function checkEcosystem(input: string, options: CheckOptions): Promise<CheckedEcosystem> {
  const identity = await ecosystemIdentity(input);
  return checkTree(
    input,
    { ...options, budget: options.budget ?? newReadBudget() },
    { path: identity ? [identity] : [], seen: new Map(), count: { loads: 0 } },
  );
}

/** The members met so far in one run: the path from the top, and every member with where it was first named. */
interface Walk {
  path: string[];
  seen: Map<string, SourceLocation>;
  count: { loads: number };
}

async function checkTree(input: string, options: CheckOptions, walk: Walk): Promise<CheckedEcosystem> {
  const loaded = await phaseAsync('read', () => loadEcosystem(input, options));
  const found = await checkMembers(loaded, options, walk);
  const skipping = phase('check', () => validateSkipping(loaded, options, found.actors));
  const { validation } = skipping;
  const leftOut = [...found.leftOut, ...skipping.leftOut];
  const diagnostics = [...found.diagnostics, ...validation.diagnostics];
  const actors = [...found.actors, ...knownActors(loaded.document['actors'])];
  const { inputs, notes, members } = found;
  const checked = { origin: loaded.origin, diagnostics, actors, inputs, notes, leftOut };
  if (!validation.ecosystem || found.failed) return checked;
  if (members.length === 0)
    return { ...checked, valid: { ecosystem: validation.ecosystem, origin: loaded.origin, folder: loaded.folder, warnings: diagnostics, inputs, leftOut } };
  const combined = combineMembers(validation.ecosystem, members);
  return {
    ...checked,
    valid: {
      ecosystem: combined.ecosystem,
      origin: loaded.origin,
      folder: loaded.folder,
      warnings: diagnostics,
      inputs,
      leftOut,
      network: { members, memberships: combined.memberships, own: validation.ecosystem },
    },
  };
}

/** What a network's members come to, gathered member by member; the inputs and notes start with the network's own. */
interface MembersChecked {
  /** The valid members. */
  members: MemberEcosystem[];
  diagnostics: Diagnostic[];
  actors: KnownActor[];
  inputs: string[];
  notes: string[];
  leftOut: LeftOut[];
  /** Some member could not be loaded or is not valid. */
  failed: boolean;
}

async function checkMembers(loaded: LoadedEcosystem, options: CheckOptions, walk: Walk): Promise<MembersChecked> {
  const found: MembersChecked = {
    members: [],
    diagnostics: [],
    actors: [],
    inputs: [...loaded.files],
    notes: [...loaded.notes],
    leftOut: [],
    failed: false,
  };
  for (const member of loaded.members) {
    const problem = await memberProblem(member, walk);
    if (problem) {
      found.diagnostics.push(problem);
      found.failed = true;
      continue;
    }
    walk.count.loads++;
    const identity = (await ecosystemIdentity(member.path))!;
    walk.seen.set(identity, member.at);
    const checked = await checkTree(member.path, options, { ...walk, path: [...walk.path, identity] });
    // One by one: a member's lists can be longer than the arguments a call may take.
    for (const d of checked.diagnostics) found.diagnostics.push(d);
    for (const actor of checked.actors) found.actors.push(actor);
    for (const file of checked.inputs) found.inputs.push(file);
    for (const note of checked.notes) found.notes.push(note);
    for (const decision of checked.leftOut) found.leftOut.push(decision);
    if (!checked.valid) found.failed = true;
    else
      found.members.push({
        id: checked.valid.ecosystem.ecosystem.id,
        name: checked.valid.ecosystem.ecosystem.name,
        origin: checked.origin,
        ecosystem: checked.valid.ecosystem,
      });
  }
  return found;
}

/**
 * Validates the document; with --skip-invalid, leaves out what is broken, as
 * little as makes the rest valid, a few rounds at most (a row left out can
 * strand links to it).
 */
function validateSkipping(loaded: LoadedEcosystem, options: CheckOptions, externalActors: KnownActor[]): { validation: ValidationResult; leftOut: LeftOut[] } {
  // A reading problem that leaving out settles (a CSV row of the wrong width) is not told again.
  let readDiagnostics = loaded.diagnostics;
  const validate = (locator: Locator) =>
    validateDocument({
      document: loaded.document,
      locator,
      incomplete: loaded.incomplete,
      diagnostics: readDiagnostics,
      readable: loaded.readable,
      asOf: options.asOf,
      externalActors,
    });
  const leftOut: LeftOut[] = [];
  let locator: Locator = loaded.sources;
  let validation = validate(loaded.sources);
  for (let round = 0; round < SKIP_ROUNDS && options.skipInvalid && !validation.ecosystem; round++) {
    const errors = validation.diagnostics.filter((d) => d.severity === 'error');
    const settled = leaveOutInvalid(loaded.document, errors, locator);
    if (settled.unsettled.length > 0 || settled.leftOut.length === 0) break;
    const done = new Set(errors);
    readDiagnostics = readDiagnostics.filter((d) => !done.has(d));
    for (const decision of settled.leftOut) leftOut.push(decision);
    locator = settled.locator;
    validation = validate(locator);
  }
  return { validation, leftOut };
}

/** Why a member cannot be loaded: missing, a cycle, named twice, too deep or too many. */
async function memberProblem(member: { path: string; written: string; at: SourceLocation }, walk: Walk): Promise<Diagnostic | undefined> {
  const identity = await ecosystemIdentity(member.path);
  const shown = member.written;
  if (identity === undefined) return error('member-not-found', member.at, { path: shown });
  if (walk.path.includes(identity)) return error('member-cycle', member.at, { path: shown });
  const first = walk.seen.get(identity);
  if (first) return error('member-duplicate', member.at, { path: shown, first: `${first.file}:${first.line ?? 1}` });
  if (walk.path.length > MAX_DEPTH) return error('member-too-deep', member.at, { path: shown, limit: MAX_DEPTH });
  if (walk.count.loads >= MAX_MEMBERS) return error('member-too-many', member.at, { limit: MAX_MEMBERS });
  return undefined;
}

/** The actors of a document, valid or not, by what references may name them with. */
function knownActors(value: unknown): KnownActor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a: unknown) => {
    if (a === null || typeof a !== 'object') return [];
    const { id, name, businessId } = a as Record<string, unknown>;
    if (typeof id !== 'string') return [];
    return [{ id, ...(typeof name === 'string' && { name }), ...(typeof businessId === 'string' && { businessId }) }];
  });
}

/**
 * Refuses a network larger than one run maps within Node's default heap
 * (src/model/scale-limits.ts), at the start and in one line, rather than
 * running out of memory part-way.
 */
export function checkMapLimits(valid: ValidEcosystem): void {
  const size = beyondMapLimits(valid.ecosystem);
  if (!size) return;
  const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  throw new EnvironmentError(
    `${valid.origin} has ${count(size.actors)} actors and ${count(size.links)} links (listed, and tied by shared projects and events); one run maps at most ${count(MAP_LIMITS.actors)} actors and ${count(MAP_LIMITS.links)} links (eco validate checks it whole)`,
  );
}
