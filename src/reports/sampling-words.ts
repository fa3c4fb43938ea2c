// How far sampled betweenness holds, in words: the halves of the sample
// agreeing on the leading brokers, and the widest 95% error of their values
// (src/analysis/sampling-bound.ts).
import type { MapResult } from '../analysis/map-result.js';
import { AGREEMENT } from '../analysis/sampling-bound.js';
import { fill, formatInteger, formatPercent } from './format.js';
import type { Labels } from './i18n/en.js';

/** Empty for a document made before eco said how far a sample holds, or for a sample of one chunk (64 pivots or fewer): no halves to compare. */
export function stability(method: Exclude<MapResult['summary']['betweennessMethod'], 'exact'>, t: Labels, form: 'sentence' | 'terminal' = 'sentence'): string {
  if (method.agreement === undefined || method.errorBound === undefined || method.topK === undefined) return '';
  const sentence = fill(form === 'sentence' ? t.text.samplingStability : t.terminal.stability, {
    agreed: formatInteger(Math.round(method.agreement * method.topK), t),
    top: formatInteger(method.topK, t),
    bound: formatPercent(method.errorBound, t),
  });
  if (form === 'terminal') return sentence;
  return `${sentence} ${method.agreement >= AGREEMENT ? t.text.samplingSettled : t.text.samplingUnsettled}`;
}
