// The one place eco reads the clock: the date a report or a check is "as of".
// An explicit --as-of wins, then SOURCE_DATE_EPOCH (reproducible builds), then today.
import { UsageError } from '../diagnostics/errors.js';

/** 9999-12-31T23:59:59Z: dates are written YYYY-MM-DD. */
const LAST_SECOND = 253402300799;

export function reportDate(asOf: string | undefined, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  if (asOf !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== asOf) {
      throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
    }
    return asOf;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch) || Number(epoch) > LAST_SECOND) {
      throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (up to ${LAST_SECOND}, the end of year 9999), not "${epoch}"`);
    }
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now().toISOString().slice(0, 10);
}
