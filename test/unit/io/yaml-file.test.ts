import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/io/yaml-file.js';

describe('parseYaml', () => {
  const text = 'schema: eco/v1\nactors:\n  - id: a\n    name: Alfa\n  - { id: b, name: Beta }\n';

  it('locates values and keys by path', () => {
    const { yaml } = parseYaml(text, 'e.yaml');
    expect(yaml?.value).toEqual({
      schema: 'eco/v1',
      actors: [
        { id: 'a', name: 'Alfa' },
        { id: 'b', name: 'Beta' },
      ],
    });
    expect(yaml?.locate(['actors', 0, 'name'])).toEqual({ file: 'e.yaml', line: 4, col: 11 });
    expect(yaml?.locate(['actors', 1, 'name'], { key: true })).toEqual({ file: 'e.yaml', line: 5, col: 14 });
    expect(yaml?.locate(['actors', 1])).toEqual({ file: 'e.yaml', line: 5, col: 5 });
  });

  it('falls back to the nearest parent for a path that is not there', () => {
    const { yaml } = parseYaml(text, 'e.yaml');
    expect(yaml?.locate(['actors', 0, 'sector'])).toEqual({ file: 'e.yaml', line: 3, col: 5 });
  });

  it('keeps dates as text (YAML 1.2 core schema)', () => {
    expect(parseYaml('due: 2027-12-31\n', 'g.yaml').yaml?.value).toEqual({ due: '2027-12-31' });
  });

  it('stops an alias bomb instead of expanding it', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      rows.push(
        `b${i}: &b${i} [${Array(10)
          .fill(i === 0 ? '*a' : `*b${i - 1}`)
          .join(', ')}]`,
      );
    const { yaml, diagnostics } = parseYaml(`${rows.join('\n')}\n`, 'bomb.yaml');
    expect(yaml).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-alias-limit']);
  });

  it('keeps __proto__ as an ordinary own key, never a prototype', () => {
    const value = parseYaml('__proto__: { polluted: true }\n', 'p.yaml').yaml?.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
