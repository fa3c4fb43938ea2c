// Values as people type them in spreadsheets, and as Finnish Excel shows them:
// dates `1.9.2024`, money `450 000 €` or `450 000,50`. The same habits are
// accepted in CSV cells, workbook cells and YAML values.

/** A date as YYYY-MM-DD (a Date, or `d.m.yyyy`), a month `m/yyyy` or `m.yyyy` as YYYY-MM; other text as it is. */
export function excelDate(value: string | Date): string {
  if (value instanceof Date) {
    // Workbook dates are calendar days: the stored instant is midnight UTC.
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  }
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  // A day or month out of range stays as written, so the message about it quotes what the user wrote.
  if (fi && Number(fi[1]) >= 1 && Number(fi[1]) <= 31 && Number(fi[2]) >= 1 && Number(fi[2]) <= 12) {
    return `${fi[3]}-${fi[2]!.padStart(2, '0')}-${fi[1]!.padStart(2, '0')}`;
  }
  // A month as Finns write one: 6/2025, 6.2025.
  const month = /^(\d{1,2})[./](\d{4})$/.exec(value);
  return month && Number(month[1]) >= 1 && Number(month[1]) <= 12 ? `${month[2]}-${month[1]!.padStart(2, '0')}` : value;
}

/**
 * Euros written as people write them: `450 000 €`, `450 000,50`, `€450,000`,
 * `1 028 182 EUR` (spaces, no-break spaces or dots between thousands; a comma
 * or a point before cents). Text that is no amount stays text.
 */
export function excelMoney(value: string): number | string {
  const bare = value.replace(/€|\bEUR\b|euroa?\b/gi, '').replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+(,\d{1,2})?$/.test(bare)) return Number(bare.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(bare)) return Number(bare.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(bare)) return Number(bare.replace(/,/g, ''));
  if (/^\d+(\.\d{1,2})?$/.test(bare)) return Number(bare);
  return value;
}
