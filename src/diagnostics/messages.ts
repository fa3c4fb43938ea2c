// Every diagnostic code eco can report, with the sentence it becomes (in
// English here, in Finnish in messages-fi.ts). Tests assert on codes and
// locations; rewording a message here changes no logic.
import type { Language } from './language.js';
import type { DiagnosticArgs, Message } from './message-types.js';
import { MESSAGES_FI } from './messages-fi.js';

export type { DiagnosticArgs };

const q = (v: unknown): string => JSON.stringify(String(v ?? ''));
/** 134217728 → "128 MB" */
const megabytes = (v: unknown): string => `${Number((Number(v) / 1048576).toFixed(1))} MB`;
const suggestion = (a: DiagnosticArgs): string => (a['suggestion'] ? `; did you mean ${q(a['suggestion'])}?` : '');
/** Limits on what a workbook unpacks to, not on the file's own size. */
const UNPACKED = new Set(['unpacked workbook', "a workbook's shared strings"]);
/** 2000000 → "2,000,000" */
const count = (v: unknown): string => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const MESSAGES = {
  // Reading files
  'input-not-found': (a) => `no such file or folder: ${a['path']}`,
  'input-no-ecosystem': (a) =>
    `${a['path']} holds no ecosystem.yaml, nor a table of actors to read as an ecosystem (toimijat or actors as .csv, .xlsx or .yaml, or one workbook)`,
  'input-tables-twice': (a) =>
    `${a['path']} has two files of ${a['collection']}, ${a['files']}, and eco cannot tell which is meant; keep one, or name it in an ecosystem.yaml (${a['collection']}: …)`,
  'input-unreadable': (a) => `cannot read ${a['path']}: ${a['reason']}`,
  'input-not-regular': (a) => `${a['path']} is not a regular file (it is a device, a pipe or a socket); eco reads its input from files`,
  'file-not-found': (a) => `the file ${q(a['path'])} named here does not exist`,
  'file-too-large': (a) =>
    `${UNPACKED.has(String(a['kind'])) ? 'it unpacks to' : 'the file is'} ${a['size'] === undefined ? `more than ${megabytes(Number(a['limit']) - Number(a['before']))}` : megabytes(a['size'])}${Number(a['before']) > 0 ? `, and the CSV files read before it ${megabytes(a['before'])}` : ''}; eco reads at most ${megabytes(a['limit'])} of ${a['kind']} in one run${a['kind'] === 'CSV' ? ' (about two million actors, or five million links: README, "How far one machine goes")' : ' (large inventories belong in CSV)'}`,
  'file-too-many-rows': (a) =>
    `the file has ${a['kind'] === 'actors' ? 'more actors' : 'more rows'} than one run ${a['purpose'] === 'map' ? 'maps' : 'reads'}: ${a['purpose'] === 'map' ? 'eco map, status, diff and export take' : 'eco reads'} at most ${count(a['limit'])} ${a['kind'] === 'actors' ? 'actors' : 'rows of tables in all'} (README, "How far one machine goes")${a['purpose'] === 'map' ? '; eco validate checks more' : ''}`,
  'file-empty': () => 'the file is empty',
  'file-gzip': () => 'the file ends in .gz but is not readable gzip data',
  'file-binary': () => 'this is not a text file (it holds binary data); save it as CSV or YAML text',
  'file-encoding': () => 'the file is not UTF-8; it was read as Windows-1252, the encoding Finnish Excel uses. Save it as "CSV UTF-8" to silence this warning',
  'file-invalid-utf8': (a) =>
    `the byte 0x${a['byte']} here is not valid UTF-8; it was read as the replacement character U+FFFD (the rest of the file is UTF-8)`,
  'file-invalid-utf8-more': (a) => `${a['count']} more bytes in this file are not valid UTF-8 and were replaced`,
  'file-type': (a) => `eco reads ${a['collection']} from ${a['allowed']} files, not ${q(a['extension'])}${a['hint'] ? `; ${a['hint']}` : ''}`,
  'file-spreadsheet-format': (a) =>
    `eco reads Excel workbooks as .xlsx, not ${a['extension']}: save ${q(a['path'])} as .xlsx (Excel workbook) or as CSV (UTF-8)`,
  'workbook-unreadable': (a) => `this is not a workbook eco can read: ${a['detail']}`,
  'workbook-no-sheet': (a) => `the workbook has no sheet ${q(a['sheet'])} (its sheets: ${a['sheets']})${suggestion(a)}`,
  'workbook-no-collection-sheet': (a) =>
    `the workbook has no sheet of ${a['collection']} (a sheet named ${a['names']}); name the sheet, or write ${a['file']}#Sheet`,
  'workbook-sheets-twice': (a) =>
    `the workbook has two sheets of ${a['collection']}, ${a['sheets']}, and eco cannot tell which is meant; keep one, or name it in a manifest (${a['collection']}: ${a['file']}#Sheet)`,
  'workbook-cell-error': (a) => `this cell holds the error ${a['value']}; it is read as empty`,
  'workbook-formula-no-value': (a) =>
    `this formula (${a['formula']}) has no value saved with it (or an error), and eco never calculates formulas; it is read as empty (open and save the workbook in Excel to store the results)`,
  'collection-format': (a) => `${a['collection']} must be a list, or the path of a file holding the list`,

  // YAML
  'yaml-syntax': (a) => `this is not valid YAML: ${a['detail']}`,
  'yaml-tab-indent': () => 'a tab is used for indentation; YAML allows only spaces there',
  'yaml-duplicate-key': (a) => `the key ${q(a['key'])} appears twice in the same mapping`,
  'text-lone-surrogate': () =>
    'this text holds half of a surrogate pair (a \\uD800–\\uDFFF escape on its own), which no text file can hold; it was replaced with U+FFFD',
  'yaml-alias-limit': () => 'the YAML uses too many aliases (*name); this looks like an alias bomb and was not expanded',

  // CSV
  'csv-syntax': (a) => `this is not valid CSV: ${a['detail']}`,
  'csv-unclosed-quote': () => 'a quoted field opens here but its closing quote (") is missing',
  'column-no-heading': () =>
    'this column has values but no heading, so it is not read; give it a heading (a heading cell merged over several columns names only the first)',
  'csv-field-count': (a) => `this row has ${a['found']} fields but the header has ${a['expected']}`,
  'csv-missing-column': (a) => `the ${a['entity']} file needs a column ${q(a['column'])} (also accepted: ${a['aliases']})`,
  'csv-duplicate-column': (a) => `the column ${q(a['column'])} appears twice in the header`,
  'csv-unknown-column': (a) => `the column ${q(a['column'])} is not a ${a['entity']} field and is ignored (fields: ${a['allowed']})${suggestion(a)}`,

  // Schema
  'schema-version': (a) => `unknown schema version ${q(a['found'])}; this eco reads ${q(a['expected'])}`,
  'missing-field': (a) => `${a['entity']} has no ${q(a['field'])}, which is required`,
  'unknown-field': (a) => `${q(a['field'])} is not a field of ${a['entity']}${suggestion(a)}`,
  'wrong-type': (a) => `${a['field']} must be ${a['expected']}, not ${a['found']}`,
  'unknown-value': (a) => `${a['field']} ${q(a['value'])} is not one of: ${a['allowed']}${suggestion(a)}`,
  'invalid-date': (a) => `${a['field']} ${q(a['value'])} is not a real date (use ${a['form']})`,
  'invalid-business-id': (a) =>
    a['reason'] === 'checksum'
      ? a['expected'] === ''
        ? `business id ${q(a['value'])} cannot be right: no check digit makes its first seven digits a business id (is one of them mistyped?)`
        : `business id ${q(a['value'])} has a wrong check digit (the last digit should be ${a['expected']})`
      : `business id ${q(a['value'])} is not of the form 1234567-8`,
  'out-of-range': (a) => `${a['field']} must be ${a['limit']}, not ${a['value']}`,
  'invalid-id': (a) => `${a['field']} ${q(a['value'])} must be text without control characters (tabs, line breaks), not starting or ending with a space`,
  'reserved-id': (a) =>
    `${a['field']} ${q(a['value'])} cannot be an id: every JavaScript object has a property of that name, and the graph library eco uses cannot hold it; rename it (for example ${q(`${String(a['value']).replace(/^_+|_+$/g, '')}-1`)})`,
  'invalid-slug': (a) => `${a['field']} ${q(a['value'])} must be a slug: lower-case letters, digits and hyphens`,
  'invalid-value': (a) => `${a['field']} is not valid: ${a['detail']}`,
  'unsafe-key': (a) => `the key ${q(a['key'])} is not allowed (it could alter eco's own objects)`,

  // References
  'unknown-actor': (a) => `${a['field']} ${q(a['id'])} is not the id, name or business id of any actor${suggestion(a)}`,
  'ambiguous-actor': (a) =>
    a['by'] === 'businessId'
      ? `${a['field']} ${q(a['name'])} is the business id of more than one actor: ${a['actors']}; name it by its id`
      : `${a['field']} ${q(a['name'])} is the name of more than one actor: ${a['actors']}; name it by its id or business id`,
  'unknown-project': (a) => `${a['field']} ${q(a['id'])} is not the id of any project${suggestion(a)}`,
  'goal-not-found': (a) =>
    a['goal'] === ''
      ? `the ${a['entity']} ${q(a['label'])} names no goal: its goal column gives the id or title of the goal it belongs to`
      : `the ${a['entity']} ${q(a['label'])} belongs to the goal ${q(a['goal'])}, which is not the id or title of any goal${suggestion(a)}`,
  'indicator-not-found': (a) =>
    a['indicator'] === ''
      ? `the measurement ${q(a['label'])} names no indicator: its indicator column gives the id or name of the indicator it measures`
      : `the measurement ${q(a['label'])} is of the indicator ${q(a['indicator'])}, which is not the id or name of any indicator${suggestion(a)}`,
  'indicator-ambiguous': (a) =>
    `the measurement ${q(a['label'])} is of ${q(a['indicator'])}, an indicator of more than one goal (${a['rows']}); name its goal in the goal column`,
  'goal-ambiguous': (a) =>
    `the ${a['entity']} ${q(a['label'])} belongs to ${q(a['goal'])}, the title of more than one goal (${a['rows']}); name the goal by its id`,
  'unknown-metric': (a) => `${q(a['metric'])} is not a network figure eco computes (see "Indicator metrics" in the README)${suggestion(a)}`,
  'duplicate-id': (a) => `the ${a['entity']} id ${q(a['id'])} is used again (first at ${a['first']})`,
  'likely-duplicate': (a) =>
    `${q(a['name'])} looks like ${q(a['other'])} (${a['first']}): ${a['reason'] === 'business-id' ? 'the same business id' : a['reason'] === 'same-name' ? 'the same name' : 'the same name but for accents, case, punctuation or company form'}; if they are one organisation, keep one row (${q(a['keep'])}) and point the other's links to it`,
  'date-order': (a) => `${a['endField']} ${a['end']} is before ${a['startField']} ${a['start']}`,

  // Networks of ecosystems
  'member-not-found': (a) => `the member ${q(a['path'])} is neither an ecosystem.yaml nor a folder holding one (or an actors.csv)`,
  'member-cycle': (a) => `the member ${q(a['path'])} includes this network itself (members form a cycle)`,
  'member-duplicate': (a) => `the member ${q(a['path'])} is already a member (first named at ${a['first']}); listing it twice would count its links twice`,
  'member-too-deep': (a) => `the member ${q(a['path'])} is nested more than ${a['limit']} levels deep`,
  'member-too-many': (a) => `this network has more than ${a['limit']} members at all levels; eco stops loading here`,

  // Lints
  'self-link': (a) => `this link ties ${q(a['id'])} to itself; it is left out of the network figures`,
  'isolated-actor': (a) => `actor ${q(a['id'])} has no links, projects or events`,
  'missing-sector': (a) => `actor ${q(a['id'])} has no sector; sector coverage cannot count it`,
  'no-orchestrator': () => 'no orchestrator is named (ecosystem.orchestrators, or an actor with layer orchestrator)',
  'goal-without-indicators': (a) => `goal ${q(a['id'])} has no indicators, so its progress cannot be measured`,
  'task-overdue': (a) => `task ${q(a['id'])} was due ${a['due']} and is ${a['status']} (as of ${a['asOf']})`,
} satisfies Record<string, Message>;

export type DiagnosticCode = keyof typeof MESSAGES;

/** Every code, in the order above. */
export const DIAGNOSTIC_CODES = Object.keys(MESSAGES) as DiagnosticCode[];

/** The compiler checks that Finnish has a sentence for every code. */
const BY_LANGUAGE: Record<Language, Record<DiagnosticCode, Message>> = { en: MESSAGES, fi: MESSAGES_FI };

export function messageFor(code: DiagnosticCode, args: DiagnosticArgs, lang: Language = 'en'): string {
  return BY_LANGUAGE[lang][code](args);
}
