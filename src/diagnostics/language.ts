// The language problems are told in: Finnish or English. A command's explicit
// --lang decides; without it, the environment does, as for any command-line
// program: LC_ALL, else LC_MESSAGES, else LANG (the first one set), Finnish when
// it names Finnish (fi, fi_FI.UTF-8, fi-FI), English otherwise (C, POSIX, en_…).

export type Language = 'fi' | 'en';

/** Finnish when the locale the environment names for messages is Finnish. */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>> = process.env): Language {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  // "fil" (Filipino) also starts with "fi": the language part must end there.
  return locale !== undefined && /^fi(?:$|[_.@-])/i.test(locale) ? 'fi' : 'en';
}
