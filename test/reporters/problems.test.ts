import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/reporters/problems.js';

describe('formatProblems', () => {
  it.each([
    [[], ''],
    [
      [{ file: 'facts/ovh.yml', line: 4, column: 3, level: 'error' as const, message: 'unknown key "fondé"' }],
      'facts/ovh.yml:4:3: error: unknown key "fondé"\n',
    ],
    [
      [
        { file: '.factlint.yml', line: 1, column: 1, level: 'warning' as const, message: 'no articles match' },
        { file: 'rules/x.yml', line: 2, column: 5, level: 'error' as const, message: 'bad slot\n  {cuont}\n  ^' },
      ],
      '.factlint.yml:1:1: warning: no articles match\nrules/x.yml:2:5: error: bad slot\n      {cuont}\n      ^\n',
    ],
  ])('prints %j as file:line:col: level: message', (problems, expected) => {
    expect(formatProblems(problems)).toBe(expected);
  });

  it('neutralises terminal escapes coming from a file', () => {
    const out = formatProblems([{ file: 'a.md', line: 1, column: 1, level: 'error', message: 'bad \u001b[2J date' }]);
    expect(out).toBe('a.md:1:1: error: bad \uFFFD[2J date\n');
  });
});
