import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/action/change-set.js';
import { newSuppressions } from '../../src/action/new-suppressions.js';
import { check } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = 'entity: cyclon\nname: Cyclon\nfacts:\n  founded: 1987\n  headquarters: Lyon\n';
const HEAD = '---\nlang: en\nabout: [cyclon]\n---\n\n';
const WRONG = 'Cyclon was founded in 2001 and is based in Paris.';

/** The article's reports as check() gives them. */
function articles(body: string) {
  const files = new Map([['facts/cyclon.yml', FACTS], ['a.md', HEAD + body]]);
  return check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() }).articles;
}

const added = (...lines: number[]): ChangeSet => ({
  kind: 'files',
  source: 'git',
  files: new Map([['a.md', { path: 'a.md', status: 'modified', lines: { added: new Set(lines), visible: new Set(lines) } }]]),
});
const same = (file: string) => file;
const options = { allow: true, change: 'this pull request' };

describe('newSuppressions', () => {
  const cases: [string, string, ChangeSet, string[], string | undefined][] = [
    ['an added disable-next-line that silences two findings', `<!-- factlint-disable-next-line -->\n${WRONG}\n`, added(6, 7), ['6:1-6:36 notice'], 'This pull request adds 1 suppression that silences 2 findings.'],
    ['an added disable ... enable', `<!-- factlint-disable founded -->\n${WRONG}\n<!-- factlint-enable -->\n`, added(6), ['6:1-6:34 notice'], 'This pull request adds 1 suppression that silences 1 finding.'],
    ['two added suppressions', `<!-- factlint-disable-next-line founded -->\n${WRONG}\n<!-- factlint-disable-next-line -->\n${WRONG}\n`, added(6, 8), ['6:1-6:44 notice', '8:1-8:36 notice'], 'This pull request adds 2 suppressions that silence 3 findings.'],
    ['a suppression already in the base, over an added claim', `<!-- factlint-disable-next-line -->\n${WRONG}\n`, added(7), [], undefined],
    ['an added suppression that silences nothing (reported elsewhere as unused)', `<!-- factlint-disable-next-line ceo -->\n${WRONG}\n`, added(6, 7), [], undefined],
    ['a scheduled run, whose changed lines are unknown', `<!-- factlint-disable-next-line -->\n${WRONG}\n`, { kind: 'all', reason: 'a schedule run' }, [], undefined],
  ];
  it.each(cases)('%s', (_name, body, changes, expected, note) => {
    const result = newSuppressions(articles(body), changes, same, options);
    expect(result.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity}`)).toEqual(expected);
    expect(result.note).toBe(note);
  });

  it('names what the suppression silences, on the comment, as found text the comment itself', () => {
    const [finding] = newSuppressions(articles(`<!-- factlint-disable-next-line -->\n${WRONG}\n`), added(6), same, options).findings;
    expect(finding).toEqual({
      file: 'a.md',
      line: 6,
      column: 1,
      endLine: 6,
      endColumn: 36,
      attribute: 'new-suppression',
      entity: '',
      severity: 'notice',
      found: '<!-- factlint-disable-next-line -->',
      expected: '',
      message: 'This change adds a suppression that silences 2 findings: founded of cyclon on line 7 (found 2001, expected 1987); headquarters of cyclon on line 7 (found Paris, expected Lyon)',
      factSource: '',
      ruleId: 'new-suppression',
      kind: 'new-suppression',
      url: 'https://github.com/factlint/factlint/blob/main/docs/findings.md#new-suppression',
    });
  });

  it('is an error, and says why, when new suppressions are not allowed', () => {
    const result = newSuppressions(articles(`<!-- factlint-disable-next-line -->\n${WRONG}\n`), added(6), same, { allow: false, change: 'this push' });
    expect(result.findings.map((f) => f.severity)).toEqual(['error']);
    expect(result.note).toBe('This push adds 1 suppression that silences 2 findings, and allow-new-suppressions is false.');
  });
});
