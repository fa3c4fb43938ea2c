// Problems as GitHub Actions annotations: the file, line and column as
// properties, the code as the title, and every value escaped so that no text
// from the input can end the command or start another.
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../../src/diagnostics/diagnostic.js';
import { githubAnnotation } from '../../../src/diagnostics/github-annotations.js';

describe('githubAnnotation', () => {
  it('puts an error on its file, line and column, titled by its code', () => {
    expect(
      githubAnnotation(error('unknown-value', { file: 'ecosystem/actors.csv', line: 3, col: 15 }, { field: 'sector', value: 'sektori', allowed: 'company' })),
    ).toMatch(/^::error file=ecosystem\/actors\.csv,line=3,col=15,title=unknown-value::sector "sektori" is not one of/);
  });

  it('escapes % and line breaks in the message, and also : and , in a file name', () => {
    const line = githubAnnotation(warning('isolated-actor', { file: 'a,b:c%.csv', line: 2, col: 1 }, { id: '50% ry\nstill\r' }));
    expect(line).toMatch(/^::warning file=a%2Cb%3Ac%25\.csv,line=2,col=1,title=isolated-actor::actor "50%25 ry/);
    expect(line).not.toMatch(/[\r\n]/);
  });

  it('names a workbook cell by its sheet and row in the message, and a problem of no place by its code alone', () => {
    expect(githubAnnotation(error('missing-field', { file: 'kartoitus.xlsx', sheet: 'Toimijat', line: 6, col: 3 }, { field: 'name' }))).toMatch(
      /^::error file=kartoitus\.xlsx,title=missing-field::\[Toimijat\] 6: /,
    );
    expect(githubAnnotation(warning('no-orchestrator', undefined))).toMatch(/^::warning title=no-orchestrator::no orchestrator/);
  });
});
