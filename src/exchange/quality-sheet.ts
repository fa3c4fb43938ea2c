// The data quality sheet of `eco export --to xlsx`: what --skip-invalid left
// out, and the actors that look entered twice — what a report's data quality
// section says, a row each, in the workbook's language.
import { rowWord } from '../diagnostics/messages-fi.js';
import type { DataQuality } from '../model/data-quality.js';

type Lang = 'fi' | 'en';

const WORDS = {
  fi: {
    header: ['kohta', 'havainto', 'syy'],
    row: 'jätettiin pois: {entity} "{label}"',
    value: 'luettiin tyhjänä: {field} ({entity} "{label}")',
    listItem: 'poistettiin "{value}" kentästä {field}',
    duplicate: 'näyttää samalta kuin "{other}" ({place}); säilytä {keep}',
    reasons: { 'business-id': 'sama Y-tunnus', 'same-name': 'sama nimi', 'similar-name': 'lähes sama nimi' },
  },
  en: {
    header: ['place', 'finding', 'reason'],
    row: 'left out: {entity} "{label}"',
    value: 'read as empty: {field} ({entity} "{label}")',
    listItem: 'took "{value}" out of {field}',
    duplicate: 'looks like "{other}" ({place}); keep {keep}',
    reasons: { 'business-id': 'the same business id', 'same-name': 'the same name', 'similar-name': 'nearly the same name' },
  },
};

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/**
 * The sheet's header and rows; null when there is nothing to say.
 * @param columns the workbook's column names, which name a field emptied
 */
export function qualityRows(
  quality: DataQuality | undefined,
  lang: Lang,
  columns: Readonly<Record<string, string>>,
): { header: string[]; rows: string[][] } | null {
  if (!quality || (quality.leftOut.length === 0 && quality.likelyDuplicates.length === 0)) return null;
  const w = WORDS[lang];
  const rows = [
    ...quality.leftOut.map((d) => {
      const field = d.field === null ? '' : (columns[d.field] ?? d.field);
      const values = { entity: lang === 'fi' ? rowWord(d.entity, 'nominative') : d.entity, label: d.label, field, value: d.value ?? '' };
      return [d.place, fill(d.action === 'row' ? w.row : d.action === 'value' ? w.value : w.listItem, values), `${d.code} (--skip-invalid)`];
    }),
    ...quality.likelyDuplicates.map((d) => [
      d.place,
      `${d.name}: ${fill(w.duplicate, { other: d.other, place: d.otherPlace, keep: d.keep })}`,
      w.reasons[d.reason],
    ]),
  ];
  return { header: w.header, rows };
}
