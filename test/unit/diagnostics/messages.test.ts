// Every diagnostic code has a Finnish sentence made of the same facts as the
// English one; the language comes from --lang or the locale.
import { describe, expect, it } from 'vitest';
import { describe as describeValue, describedInFinnish } from '../../../src/diagnostics/describe.js';
import { environmentLanguage } from '../../../src/diagnostics/language.js';
import { counted, summarise } from '../../../src/diagnostics/format.js';
import { warning } from '../../../src/diagnostics/diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticArgs, type DiagnosticCode, messageFor } from '../../../src/diagnostics/messages.js';
import { MESSAGES_FI } from '../../../src/diagnostics/messages-fi.js';
import { LAYER_ALIASES, LAYERS, SECTOR_ALIASES, SECTORS, TASK_STATUS_ALIASES, TASK_STATUSES } from '../../../src/model/vocabulary.js';

/** Each arg a sentence shows is a marker naming it, so the placeholders of a sentence can be read back from it. */
const marker = (key: string): string => `⟦${key}⟧`;

/** Values that choose between a sentence's forms: each is tried on its own, the rest stay markers. */
const BRANCHES: Record<string, readonly (string | number | undefined)[]> = {
  suggestion: [undefined],
  hint: [undefined],
  reason: ['checksum', 'format', 'business-id', 'same-name', 'normalised'],
  size: [undefined, 134217728],
  before: [0, 1048576],
  limit: [536870912],
  kind: ['CSV', 'YAML', 'workbook', 'workbook content'],
  count: [1, 2],
  found: [1, 5],
  status: ['planned', 'in-progress', 'blocked', 'done'],
};

/** Args for one form: markers everywhere, but `key` set to `value`. */
function args(key?: string, value?: string | number): DiagnosticArgs {
  return new Proxy({} as DiagnosticArgs, {
    get: (_, k) => (typeof k !== 'string' ? undefined : k === key ? value : marker(k)),
  });
}

function variants(): { name: string; args: DiagnosticArgs }[] {
  return [
    { name: 'every arg given', args: args() },
    ...Object.entries(BRANCHES).flatMap(([key, values]) => values.map((value) => ({ name: `${key} = ${String(value)}`, args: args(key, value) }))),
  ];
}

/** The args a sentence shows. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/⟦([^⟧]+)⟧/g)].map((m) => m[1]!).sort();
}

describe('the Finnish diagnostics', () => {
  it('have a sentence for every code, and for no code that does not exist', () => {
    expect(Object.keys(MESSAGES_FI).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it.each(DIAGNOSTIC_CODES)('%s: shows the same facts as the English, in every form', (code: DiagnosticCode) => {
    for (const variant of variants()) {
      const en = messageFor(code, variant.args, 'en');
      const fi = messageFor(code, variant.args, 'fi');
      expect(placeholders(fi), `${code} with ${variant.name}:\n  en: ${en}\n  fi: ${fi}`).toEqual(placeholders(en));
      expect(fi, `${code} with ${variant.name} is not translated`).not.toBe(en);
      // A marker where a number goes is no number (NaN) in both languages; anything else broken shows.
      const broken = en.includes('NaN') ? /undefined|\[object/ : /undefined|NaN|\[object/;
      expect(fi, `${code} with ${variant.name}`).not.toMatch(broken);
    }
  });

  it('turn the words the English args carry into Finnish', () => {
    const fi = (code: DiagnosticCode, a: DiagnosticArgs): string => messageFor(code, a, 'fi');
    expect(fi('wrong-type', { field: 'weight', expected: 'a number', found: describeValue('paljon') })).toBe(
      'paino on annettava lukuna, mutta nyt se on teksti "paljon"',
    );
    expect(fi('wrong-type', { field: 'tags[2]', expected: 'text or a number', found: describeValue([]) })).toBe(
      'kentän avainsanat 2. kohta on annettava tekstinä tai lukuna, mutta nyt se on luettelo',
    );
    expect(fi('wrong-type', { field: 'directed', expected: 'yes or no (true or false)', found: describeValue(null) })).toBe(
      'suunnattu on annettava kyllä- tai ei-arvona (true tai false), mutta nyt se on tyhjä',
    );
    expect(fi('out-of-range', { field: 'weight', value: '-2', limit: 'greater than 0' })).toBe('paino -2 ei kelpaa: arvon on oltava suurempi kuin 0');
    expect(fi('missing-field', { entity: 'this actor', field: 'name' })).toBe('tältä toimijalta puuttuu pakollinen kenttä "name"');
    expect(fi('unknown-field', { entity: 'the manifest', field: 'linkit', suggestion: 'links' })).toBe(
      '"linkit" ei ole tiedoston ylätason kenttä; tarkoititko "links"?',
    );
    expect(fi('duplicate-id', { entity: 'work package', id: 'WP1', first: 'ecosystem.yaml:12' })).toBe(
      'työpaketin tunnus "WP1" on jo käytössä (ensimmäisen kerran kohdassa ecosystem.yaml:12)',
    );
    expect(fi('input-unreadable', { path: 'x.csv', reason: 'permission denied' })).toBe('tiedostoa x.csv ei voi lukea: ei käyttöoikeutta');
    expect(fi('date-order', { start: '2024-05-01', end: '2023-12', startField: 'start', endField: 'end' })).toBe(
      'loppupäivä 12/2023 on aikaisempi kuin alkupäivä 1.5.2024',
    );
    expect(fi('file-too-large', { size: 600 * 1048576, limit: 512 * 1048576, kind: 'CSV', before: 0 })).toMatch(
      /^tiedoston koko on 600 Mt; yhdellä ajokerralla luettavien CSV-tiedostojen yhteiskoko saa olla enintään 512 Mt/,
    );
    expect(fi('member-too-many', { limit: 10000 })).toBe(
      'tässä verkostossa on kaikilla tasoilla yhteensä yli 10\u00a0000 jäsenekosysteemiä; eco lopettaa lukemisen tähän',
    );
  });

  it('count in the singular only for one', () => {
    expect(messageFor('csv-field-count', { found: 1, expected: 4 }, 'fi')).toBe('tällä rivillä on 1 sarake, mutta otsikkorivillä 4');
    expect(messageFor('csv-field-count', { found: 5, expected: 4 }, 'fi')).toBe('tällä rivillä on 5 saraketta, mutta otsikkorivillä 4');
    expect([0, 1, 2].map((n) => counted(n, 'actor', 'fi'))).toEqual(['0 toimijaa', '1 toimija', '2 toimijaa']);
    expect([0, 1, 2].map((n) => counted(n, 'link', 'en'))).toEqual(['0 links', '1 link', '2 links']);
    const one = [warning('isolated-actor', undefined, { id: 'a' })];
    expect(summarise(one, 'fi')).toBe('0 virhettä, 1 varoitus');
    expect(summarise(one)).toBe('0 errors, 1 warning');
  });

  it('say what describe() said in Finnish', () => {
    expect([null, [], {}, 'abc', 5, true].map((v) => describedInFinnish(describeValue(v)))).toEqual([
      'tyhjä',
      'luettelo',
      'avain–arvo-rakenne',
      'teksti "abc"',
      'luku 5',
      'totuusarvo true',
    ]);
  });
});

describe('the language of diagnostics from the environment', () => {
  it('is Finnish when LC_ALL, else LC_MESSAGES, else LANG names Finnish', () => {
    expect(environmentLanguage({})).toBe('en');
    expect(environmentLanguage({ LANG: 'fi_FI.UTF-8' })).toBe('fi');
    expect(environmentLanguage({ LANG: 'fi' })).toBe('fi');
    expect(environmentLanguage({ LANG: 'fi-FI' })).toBe('fi');
    expect(environmentLanguage({ LANG: 'fi_FI@euro' })).toBe('fi');
    expect(environmentLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'sv_FI.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'fil_PH.UTF-8' }), 'Filipino is not Finnish').toBe('en');
    expect(environmentLanguage({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'fi_FI.UTF-8' })).toBe('fi');
    expect(environmentLanguage({ LANG: 'fi_FI.UTF-8', LC_MESSAGES: 'C' })).toBe('en');
    expect(environmentLanguage({ LANG: 'fi_FI.UTF-8', LC_MESSAGES: 'fi_FI.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(environmentLanguage({ LANG: 'en_US.UTF-8', LC_ALL: 'fi_FI.UTF-8' })).toBe('fi');
    expect(environmentLanguage({ LANG: 'fi_FI.UTF-8', LC_ALL: '' }), 'an empty variable counts as unset').toBe('fi');
  });
});

describe('the Finnish words of eco’s own words', () => {
  it('gives each allowed sector, layer and task status in Finnish, as eco reads it back', () => {
    for (const [words, aliases] of [
      [SECTORS, SECTOR_ALIASES],
      [LAYERS, LAYER_ALIASES],
      [TASK_STATUSES, TASK_STATUS_ALIASES],
    ] as const) {
      const text = messageFor('unknown-value', { field: 'sector', value: 'x', allowed: words.join(', ') }, 'fi');
      for (const word of words) {
        const finnish = new RegExp(`([^ (,]+) \\(${word}\\)`).exec(text)?.[1];
        expect(finnish, `${word} in "${text}"`).toBeDefined();
        expect((aliases as Record<string, string>)[finnish!]).toBe(word);
      }
    }
  });
});
