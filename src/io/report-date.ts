// The one place eco reads the clock: the date a report or a check is "as of".
// An explicit --as-of wins, then SOURCE_DATE_EPOCH (reproducible builds), then today.
import { UsageError } from '../diagnostics/errors.js';

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
    if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now().toISOString().slice(0, 10);
}
