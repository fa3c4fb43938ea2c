// Numbers, shares, euros and lists written the way each language writes
// them: 0,42 and 1 028 182 € in Finnish, 0.42 and €1,028,182 in English.
// Done by hand rather than with Intl so output never depends on the ICU data
// of the Node.js it runs on.
import type { Labels } from './i18n/en.js';

export function formatNumber(x: number, decimals: number, labels: Labels): string {
  const negative = x < 0 && Math.abs(x) >= 0.5 * 10 ** -decimals;
  const [whole, fraction] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, labels.number.group);
  return `${negative ? '−' : ''}${grouped}${fraction ? labels.number.decimal + fraction : ''}`;
}

export function formatInteger(x: number, labels: Labels): string {
  return formatNumber(Math.round(x), 0, labels);
}

/** A share (0–1) as a whole percentage: 85 % in Finnish, 85% in English. */
export function formatPercent(share: number, labels: Labels): string {
  const value = formatNumber(share * 100, share > 0 && share < 0.01 ? 1 : 0, labels);
  return labels.lang === 'fi' ? `${value}\u00a0%` : `${value}%`;
}

export function formatEuro(amount: number, labels: Labels): string {
  const value = formatInteger(amount, labels);
  return labels.lang === 'fi' ? `${value}\u00a0€` : `€${value}`;
}

/** Fills the `{name}` slots of a sentence. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "1 hanke", "2 hanketta": a count with the word in the form the language wants. */
export function countOf(n: number, [one, many]: readonly string[], labels: Labels): string {
  return `${formatInteger(n, labels)} ${n === 1 ? one : many}`;
}

/** "a, b and 3 more", at most `max` names. */
export function listOf(names: readonly string[], labels: Labels, max = 8): string {
  if (names.length === 0) return labels.text.none;
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} ${fill(labels.text.more, { count: names.length - max })}` : shown;
}
