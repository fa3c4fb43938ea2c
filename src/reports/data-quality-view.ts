// The report's "data quality" section: what --skip-invalid left out, and the
// actors that look entered twice, in the report's language.
import type { DataQuality } from '../model/data-quality.js';
import { fill, fillCount } from './format.js';
import type { Labels } from './i18n/en.js';
import { table, type Table } from './table.js';

/** Rows shown at first: the section is near the top of the report, and a long list would bury it. */
const FIRST = 10;
/**
 * Rows in all, enough for the whole list of a real inventory (fi-erdf's
 * 10,201 actors have 272 likely duplicates): in HTML the rest open on demand
 * (print shows the first and counts the rest); the rest are counted, and eco
 * validate lists them.
 */
const SHOWN = 500;

/** A list as the section shows it: its first rows, the rest to open on demand, and what is not shown at all. */
interface ListShown {
  intro: string;
  /** Every row shown, for Markdown. */
  all: Table;
  /** The first rows, for HTML. */
  table: Table;
  /** Rows after the first, up to SHOWN, to open on demand. */
  rest: { summary: string; table: Table; printed: string } | null;
  more: string | null;
}

export interface DataQualitySection {
  leftOut: ListShown | null;
  duplicates: ListShown | null;
}

export function dataQualitySection(quality: DataQuality | undefined, t: Labels, int: (n: number) => string): DataQualitySection | null {
  if (!quality || (quality.leftOut.length === 0 && quality.likelyDuplicates.length === 0)) return null;
  const q = t.dataQuality;
  const word = <K extends string>(words: Record<K, string>, key: string): string => (words as Record<string, string>)[key] ?? key;
  const more = (count: number): string | null => (count > SHOWN ? fill(q.more, { count: int(count - SHOWN) }) : null);
  const decision = (d: DataQuality['leftOut'][number]): string => {
    const args = { entity: word(q.entity, d.entity), label: d.label, field: word(q.field, d.field ?? ''), value: d.value ?? '' };
    return fill(d.action === 'row' ? q.row : d.action === 'value' ? q.value : q.listItem, args);
  };
  /** @param total how many there are, of which `rows` are the first */
  const shown = (intro: string, header: string[], rows: string[][], total: number): ListShown => {
    const rest = rows.slice(FIRST, SHOWN);
    const align = header.map(() => 'left' as const);
    return {
      intro,
      all: table(header, rows, align),
      table: table(header, rows.slice(0, FIRST), align),
      rest:
        rest.length > 0
          ? {
              summary: fill(q.showRest, { count: int(rest.length) }),
              table: table(header, rest, align),
              printed: fill(q.more, { count: int(total - FIRST) }),
            }
          : null,
      more: more(total),
    };
  };
  return {
    leftOut:
      quality.leftOut.length > 0
        ? shown(
            fill(q.leftOutIntro, { count: int(quality.leftOut.length) }),
            [q.columns.place, q.columns.decision, q.columns.reason],
            quality.leftOut.slice(0, SHOWN).map((d) => [d.place, decision(d), word(q.reason, d.code)]),
            quality.leftOut.length,
          )
        : null,
    duplicates:
      quality.likelyDuplicates.length > 0
        ? shown(
            fill(q.duplicatesIntro, { count: int(quality.likelyDuplicates.length) }),
            [q.columns.actor, q.columns.looksLike, q.columns.because, q.columns.keep],
            quality.likelyDuplicates
              .slice(0, SHOWN)
              .map((d) => [`${d.name} (${d.place})`, `${d.other} (${d.otherPlace})`, q.duplicateReason[d.reason], d.keep]),
            quality.likelyDuplicates.length,
          )
        : null,
  };
}

/** The terminal summary's lines on the data: how much --skip-invalid left out, how many actors look entered twice. */
export function dataQualityLines(quality: DataQuality | undefined, t: Labels): string[] {
  if (!quality) return [];
  const lines: string[] = [];
  if (quality.leftOut.length > 0) lines.push(fillCount(t.terminal.leftOut, quality.leftOut.length, t));
  if (quality.likelyDuplicates.length > 0) lines.push(fillCount(t.terminal.likelyDuplicates, quality.likelyDuplicates.length, t));
  return lines.length > 0 ? ['', ...lines] : [];
}
