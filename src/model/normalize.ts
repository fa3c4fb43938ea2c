// Maps accepted Finnish words for sectors, layers and task statuses to eco's
// own, and spreadsheet habits in YAML values (dates `1.9.2024`, a bare year
// `since: 2020`, money `450 000 €`) to what the schema takes, before the
// schema sees them; anything unknown is left for the schema to report (with a
// "did you mean").
import { excelDate, excelMoney } from './spreadsheet-values.js';
import { isPlainObject } from './values.js';
import {
  canonicalWord,
  HELICES,
  HELIX_ALIASES,
  KIND_ALIASES,
  KINDS,
  LAYER_ALIASES,
  LAYERS,
  SECTOR_ALIASES,
  SECTORS,
  TASK_STATUS_ALIASES,
  TASK_STATUSES,
} from './vocabulary.js';

export function normalizeWords(document: Record<string, unknown>): void {
  const info = document['ecosystem'];
  if (isPlainObject(info)) replace(info, 'kind', (v) => canonicalWord(v, KINDS, KIND_ALIASES));
  for (const actor of records(document['actors'])) {
    replace(actor, 'sector', (v) => canonicalWord(v, SECTORS, SECTOR_ALIASES));
    replace(actor, 'layer', (v) => canonicalWord(v, LAYERS, LAYER_ALIASES));
    replace(actor, 'helix', (v) => canonicalWord(v, HELICES, HELIX_ALIASES));
  }
  for (const goal of records(document['goals'])) {
    for (const task of records(goal['tasks'])) {
      replace(task, 'status', (v) => canonicalWord(v, TASK_STATUSES, TASK_STATUS_ALIASES));
    }
  }
}

/** Dates, years and money as people type them, wherever a date or an amount is meant. */
export function normalizeSpreadsheetHabits(document: Record<string, unknown>): void {
  const dates = (record: Record<string, unknown>, keys: readonly string[], years: boolean): void => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string') record[key] = excelDate(value.trim());
      else if (years && typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) record[key] = String(value);
    }
  };
  const info = document['ecosystem'];
  if (isPlainObject(info)) dates(info, ['collected'], true);
  for (const recommendation of records(document['recommendations'])) dates(recommendation, ['due'], true);
  for (const link of records(document['links'])) if (link['since'] !== undefined || link['until'] !== undefined) dates(link, ['since', 'until'], true);
  for (const project of records(document['projects'])) {
    dates(project, ['start', 'end'], true);
    if (typeof project['budget'] === 'string') project['budget'] = excelMoney(project['budget']);
  }
  for (const event of records(document['events'])) dates(event, ['date'], false);
  // A deadline given as a year or a month is its last day: "määräaika 2027" is 31.12.2027.
  const deadline = (record: Record<string, unknown>): void => {
    dates(record, ['due'], true);
    const due = record['due'];
    if (typeof due === 'string') record['due'] = lastDay(due);
  };
  for (const goal of records(document['goals'])) {
    deadline(goal);
    for (const indicator of records(goal['indicators'])) {
      dates(indicator, ['baselineDate', 'measured'], false);
      for (const point of records(indicator['history'])) dates(point, ['date'], false);
    }
    for (const task of records(goal['tasks'])) deadline(task);
  }
}

/** 2027 → 2027-12-31, 2027-06 → 2027-06-30; anything else as it is. */
function lastDay(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!month || Number(month[2]) < 1 || Number(month[2]) > 12) return value;
  const day = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return `${value}-${String(day).padStart(2, '0')}`;
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
