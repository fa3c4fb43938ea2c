// Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit.
// The check digit: weights 7,9,10,5,8,4,2 on the digits; remainder r of the
// sum mod 11; check = 0 when r = 0, 11 − r otherwise; r = 1 is never issued.
// (Verohallinto / PRH, "Y-tunnuksen tarkistusmerkki".)

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export type BusinessIdProblem = { reason: 'form' } | { reason: 'checksum'; expected: string };

export function businessIdProblem(value: string): BusinessIdProblem | undefined {
  const match = /^(\d{6,7})-(\d)$/.exec(value.trim());
  if (!match) return { reason: 'form' };
  const digits = match[1]!.padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const remainder = sum % 11;
  // No check digit makes these seven digits valid: no business id is issued with them.
  if (remainder === 1) return { reason: 'checksum', expected: '' };
  const check = remainder === 0 ? 0 : 11 - remainder;
  return String(check) === match[2] ? undefined : { reason: 'checksum', expected: String(check) };
}
