// Numbers, shares, euros and lists written the way each language writes
// them: 0,42 and 1 028 182 € in Finnish, 0.42 and €1,028,182 in English; and
// the dates, counts and lists of the reports' sentences.
// Done by hand rather than with Intl so output never depends on the ICU data
// of the Node.js it runs on.
import type { Labels } from './i18n/en.js';

export function formatNumber(x: number, decimals: number, labels: Pick<Labels, 'number'>): string {
  const negative = x < 0 && Math.abs(x) >= 0.5 * 10 ** -decimals;
  const [whole, fraction] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, labels.number.group);
  return `${negative ? '−' : ''}${grouped}${fraction ? labels.number.decimal + fraction : ''}`;
}

export function formatInteger(x: number, labels: Pick<Labels, 'number'>): string {
  return formatNumber(Math.round(x), 0, labels);
}

/**
 * A share (0–1) as a percentage: 85 % in Finnish, 85% in English; one decimal
 * below 1 % and above 99 %, and "under 0.1%" / "over 99.9%" where even that
 * would round a share that is not 0 to 0, or one that is not 1 to 100.
 */
export function formatPercent(share: number, labels: Labels): string {
  const percent = (value: number, decimals: number): string => {
    const text = formatNumber(value, decimals, labels);
    return labels.lang === 'fi' ? `${text}\u00a0%` : `${text}%`;
  };
  if (share > 0 && share < 0.0005) return fill(labels.text.under, { share: percent(0.1, 1) });
  if (share < 1 && share >= 0.9995) return fill(labels.text.over, { share: percent(99.9, 1) });
  const extreme = (share > 0 && share < 0.01) || (share > 0.99 && share < 1);
  return percent(share * 100, extreme ? 1 : 0);
}

/** Whole euros, or euros and cents where the amount has cents (450 000,50 €). */
export function formatEuro(amount: number, labels: Labels): string {
  const value = Number.isInteger(amount) ? formatInteger(amount, labels) : formatNumber(amount, 2, labels);
  return labels.lang === 'fi' ? `${value}\u00a0€` : `€${value}`;
}

/**
 * A goal, an indicator or a task as the reports name it: its id and its title,
 * or its title alone when the id is the title (made from it for goals kept in
 * a spreadsheet without ids).
 */
export function idAndTitle(id: string, title: string, separator = ' '): string {
  return idIsTitle(id, title) ? title : `${id}${separator}${title}`;
}

/** Whether an id is its title (spacing aside): then the title alone names it. */
export function idIsTitle(id: string, title: string): boolean {
  const squash = (s: string): string => s.trim().replace(/\s+/g, ' ');
  return squash(id) === squash(title);
}

/** "Klusteri · Pirkanmaa", "Tiheys": text that starts with a capital. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills the `{name}` slots of a sentence. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The form of a `[one, many]` pair for a count: `one` for exactly 1, as both languages want it. */
function formFor(n: number, forms: readonly string[]): string {
  return (n === 1 ? forms[0] : forms[1]) ?? forms[0] ?? '';
}

/** A `[one, many]` sentence for a count, its slots filled; `count` is filled with the count formatted. */
export function fillCount(forms: readonly string[], n: number, labels: Labels, values: Record<string, string | number> = {}): string {
  return fill(formFor(n, forms), { count: formatInteger(n, labels), ...values });
}

/** "1 hanke", "2 hanketta": a count with the word in the form the language wants. */
export function countOf(n: number, forms: readonly string[], labels: Labels): string {
  return `${formatInteger(n, labels)} ${formFor(n, forms)}`;
}

/** Items that hold a comma ("UPM-Kymmene Oyj, Rauman tehdas") are set apart by semicolons. */
function separator(items: readonly string[]): string {
  return items.some((item) => item.includes(',')) ? '; ' : ', ';
}

/** Every item, with "ja" / "and" before the last: "a, b ja c". */
export function joinAll(items: readonly string[], labels: Labels): string {
  if (items.length <= 1) return items[0] ?? labels.text.none;
  return `${items.slice(0, -1).join(separator(items))} ${labels.text.and} ${items.at(-1)}`;
}

/** "a, b and c", or at most `max` names and how many more: "a, b and 3 more". */
export function listOf(names: readonly string[], labels: Labels, max = 8): string {
  if (names.length === 0) return labels.text.none;
  if (names.length <= max) return joinAll(names, labels);
  const rest = names.length - max;
  const shown = names.slice(0, max);
  return `${shown.join(separator(shown))} ${fillCount(labels.text.more, rest, labels)}`;
}

/**
 * A date as the language writes it: 4.9.2024 and 10/2023 in Finnish, ISO
 * (2024-09-04, 2023-10) in English; a year, or anything else, as given.
 */
export function formatDate(date: string, labels: Labels): string {
  if (labels.lang !== 'fi') return date;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) return `${Number(day[3])}.${Number(day[2])}.${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${Number(month[2])}/${month[1]}`;
  return date;
}

/** A period: 10/2023–9/2025 (open ends 10/2023–, –9/2025) in Finnish, 2023-10 – 2025-09 in English; a dash without either end. */
export function formatPeriod(start: string | null, end: string | null, labels: Labels): string {
  if (!start && !end) return '–';
  const [from, to] = [start ? formatDate(start, labels) : '', end ? formatDate(end, labels) : ''];
  return labels.lang === 'fi' ? `${from}–${to}` : `${from || '…'} – ${to || '…'}`;
}
