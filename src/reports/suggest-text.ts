// Whom to invite as the terminal shows it: what the candidates were sought
// from, then each candidate with its points, reasons and introducers.
import type { SuggestResult } from '../analysis/suggest/suggest.js';
import type { Labels } from './i18n/en.js';
import { suggestView } from './suggest-view.js';

export function suggestText(result: SuggestResult, t: Labels): string {
  const view = suggestView(result, t, '');
  const lines = [`${view.title}: ${view.subtitle}`, '', view.about, ...view.gaps.map((g) => `  - ${g}`), ...(view.shown ? [view.shown] : []), ''];
  if (view.none) lines.push(view.none);
  for (const c of view.candidates) {
    const about = [c.sector, c.place].filter((x) => x !== '').join(', ');
    lines.push(`${c.rank.padStart(3)}. ${c.name} (${about}): ${c.points}`);
    for (const reason of c.reasons) lines.push(`       - ${reason}`);
    lines.push(`       ${c.introducers}`);
  }
  return `${lines.join('\n')}\n`;
}
