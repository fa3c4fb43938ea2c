// Shared by the commands that need a valid ecosystem: load, validate, and on
// errors print them and give up (exit 1). A network of ecosystems has each
// member loaded and validated on its own first, then is combined into one.
import path from 'node:path';
import { formatDiagnostic, plural } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/errors.js';
import { displayRelative, loadEcosystem, type LoadOptions } from '../io/load-ecosystem.js';
import { combineMembers, type Member } from '../model/combine-members.js';
import { validateDocument } from '../model/validate.js';
import type { Ecosystem } from '../model/schema-types.js';
import type { Output } from './exit-codes.js';

/** Members may themselves be networks, this many levels deep. */
const MAX_DEPTH = 4;

export interface MemberEcosystem extends Member {
  name: string;
  origin: string;
}

export interface ValidEcosystem {
  /** The ecosystem; for a network of ecosystems, its members combined. */
  ecosystem: Ecosystem;
  origin: string;
  warnings: Diagnostic[];
  /** Present for a network of ecosystems. */
  network?: { members: MemberEcosystem[]; memberships: Map<string, string[]> };
}

export interface CheckedEcosystem {
  origin: string;
  /** Every problem found, in the network's files and its members'. */
  diagnostics: Diagnostic[];
  /** Present when there are no errors. */
  valid?: ValidEcosystem;
  /** The actor ids the input declares, valid or not (for a network's references to its members). */
  actorIds: string[];
}

/** Loads and validates an ecosystem, and each member of a network of ecosystems. */
export async function checkEcosystem(input: string, options: LoadOptions & { asOf: string }, seen: readonly string[] = []): Promise<CheckedEcosystem> {
  const loaded = await loadEcosystem(input, options);
  const members: MemberEcosystem[] = [];
  const memberDiagnostics: Diagnostic[] = [];
  const memberActorIds: string[] = [];
  let failed = false;
  for (const member of loaded.members) {
    if (seen.includes(member) || seen.length >= MAX_DEPTH) {
      throw new UsageError(`${loaded.origin}: the member ${displayRelative(member)} ${seen.includes(member) ? 'includes itself' : 'is nested too deep'}`);
    }
    const checked = await checkEcosystem(member, options, [...seen, path.resolve(input)]);
    memberDiagnostics.push(...checked.diagnostics);
    memberActorIds.push(...checked.actorIds);
    if (!checked.valid) failed = true;
    else members.push({ id: checked.valid.ecosystem.ecosystem.id, name: checked.valid.ecosystem.ecosystem.name, origin: checked.origin, ecosystem: checked.valid.ecosystem });
  }
  const validation = validateDocument({
    document: loaded.document,
    locator: loaded.sources,
    incomplete: loaded.incomplete,
    diagnostics: loaded.diagnostics,
    readable: loaded.readable,
    asOf: options.asOf,
    externalActors: new Set(memberActorIds),
  });
  const diagnostics = [...memberDiagnostics, ...validation.diagnostics];
  const own = Array.isArray(loaded.document['actors']) ? loaded.document['actors'] : [];
  const actorIds = [...memberActorIds, ...own.map((a: unknown) => (a as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string')];
  if (!validation.ecosystem || failed) return { origin: loaded.origin, diagnostics, actorIds };
  const warnings = diagnostics;
  if (members.length === 0) return { origin: loaded.origin, diagnostics, actorIds, valid: { ecosystem: validation.ecosystem, origin: loaded.origin, warnings } };
  const combined = combineMembers(validation.ecosystem, members);
  return { origin: loaded.origin, diagnostics, actorIds, valid: { ecosystem: combined.ecosystem, origin: loaded.origin, warnings, network: { members, memberships: combined.memberships } } };
}

/** The validated ecosystem, or undefined after printing its errors. */
export async function loadValid(input: string, options: LoadOptions & { asOf: string; quiet: boolean }, out: Output): Promise<ValidEcosystem | undefined> {
  const checked = await checkEcosystem(input, options);
  if (!checked.valid) {
    for (const d of checked.diagnostics.filter((d) => d.severity === 'error')) out.stderr(`${formatDiagnostic(d)}\n`);
    out.stderr(`${checked.origin}: not reported: the input has errors (eco validate shows them all)\n`);
    return undefined;
  }
  const warnings = checked.diagnostics.length;
  if (warnings > 0 && !options.quiet) out.stderr(`${checked.origin}: ${plural(warnings, 'warning')} (eco validate shows them)\n`);
  return checked.valid;
}
