// The report languages.
import { en, type Labels } from './en.js';
import { fi } from './fi.js';

export const LANGS = { fi, en } satisfies Record<string, Labels>;
export type Lang = keyof typeof LANGS;

export function labelsFor(lang: Lang): Labels {
  return LANGS[lang];
}
