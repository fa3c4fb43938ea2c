// Maps accepted Finnish words for sectors, layers and task statuses to eco's
// own, before the schema sees them; anything unknown is left for the schema
// to report (with a "did you mean").
import { isPlainObject } from './values.js';
import { canonicalWord, KIND_ALIASES, KINDS, LAYER_ALIASES, LAYERS, SECTOR_ALIASES, SECTORS, TASK_STATUS_ALIASES, TASK_STATUSES } from './vocabulary.js';

export function normalizeWords(document: Record<string, unknown>): void {
  const info = document['ecosystem'];
  if (isPlainObject(info)) replace(info, 'kind', (v) => canonicalWord(v, KINDS, KIND_ALIASES));
  for (const actor of records(document['actors'])) {
    replace(actor, 'sector', (v) => canonicalWord(v, SECTORS, SECTOR_ALIASES));
    replace(actor, 'layer', (v) => canonicalWord(v, LAYERS, LAYER_ALIASES));
  }
  for (const goal of records(document['goals'])) {
    for (const task of records(goal['tasks'])) {
      replace(task, 'status', (v) => canonicalWord(v, TASK_STATUSES, TASK_STATUS_ALIASES));
    }
  }
}

function replace(record: Record<string, unknown>, key: string, canonical: (value: string) => string | undefined): void {
  const value = record[key];
  if (typeof value !== 'string') return;
  const word = canonical(value);
  if (word !== undefined) record[key] = word;
}

export function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
}
