// One organisation entered twice: the same business id, the same name, or
// names that differ only by accents, case, punctuation or a company-form
// suffix ("Ymparistöministeriö" / "Ympäristöministeriö"; "Atria Oy" /
// "Atria Oyj"). Each pair is reported once, with a suggested merge: keep the
// first row, which the later one's links then point to.
import { businessIdProblem } from './business-id.js';
import { businessIdKey } from './name-keys.js';
import { records } from './normalize.js';

/** Company forms and their abbreviations, Finnish, Swedish and international. */
const COMPANY_FORMS = new Set([
  'oy',
  'oyj',
  'ab',
  'abp',
  'ky',
  'ay',
  'tmi',
  'osk',
  'ry',
  'rf',
  'sr',
  'ltd',
  'limited',
  'inc',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'as',
  'asa',
  'sa',
  'srl',
  'bv',
  'nv',
  'oü',
  'corp',
  'co',
]);

export type DuplicateReason = 'business-id' | 'same-name' | 'similar-name';

export interface LikelyDuplicate {
  /** Indices into the actors list: the row to keep, then the one that repeats it. */
  keep: number;
  repeat: number;
  reason: DuplicateReason;
}

/** A name with accents, case, punctuation and company forms taken away. */
export function looseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  const kept = words.filter((w) => !COMPANY_FORMS.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

export function likelyDuplicates(document: Record<string, unknown>): LikelyDuplicate[] {
  const actors = records(document['actors']);
  const found: LikelyDuplicate[] = [];
  const paired = new Set<string>();
  const add = (keep: number, repeat: number, reason: DuplicateReason): void => {
    const key = `${keep}:${repeat}`;
    if (paired.has(key)) return;
    paired.add(key);
    found.push({ keep, repeat, reason });
  };
  const byBusinessId = new Map<string, number>();
  const byName = new Map<string, number>();
  const byLooseName = new Map<string, number>();
  actors.forEach((actor, i) => {
    const businessId = actor['businessId'];
    if (typeof businessId === 'string' && businessIdProblem(businessId) === undefined) {
      const key = businessIdKey(businessId);
      const first = byBusinessId.get(key);
      if (first !== undefined) add(first, i, 'business-id');
      else byBusinessId.set(key, i);
    }
    const name = actor['name'];
    if (typeof name !== 'string') return;
    const exact = name.trim().toLowerCase().replace(/\s+/g, ' ');
    const loose = looseName(name);
    const sameName = byName.get(exact);
    const similar = byLooseName.get(loose);
    if (sameName !== undefined) add(sameName, i, 'same-name');
    else if (similar !== undefined && loose !== '') add(similar, i, 'similar-name');
    if (sameName === undefined) byName.set(exact, i);
    if (similar === undefined) byLooseName.set(loose, i);
  });
  return found.sort((a, b) => a.repeat - b.repeat || a.keep - b.keep);
}
