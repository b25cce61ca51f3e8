import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = 'entity: acme\nname: Acme\nfacts:\n  founded: 1987\n  headquarters: Lyon\n';
const HEAD = '---\nlang: en\nabout: [acme]\n---\n\n';

/** Checks one article (after a front matter of 5 lines) and lists `line attribute` of each finding. */
function run(body: string) {
  const files = new Map([['facts/acme.yml', FACTS], ['a.md', HEAD + body]]);
  const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
  return {
    findings: result.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.attribute}`),
    problems: result.problems.map((p) => `${p.line}:${p.column}: ${p.level}: ${p.message}`),
    result,
  };
}

const WRONG = 'Acme was founded in 2001 and is based in Paris.';

describe('suppressions through check()', () => {
  test('without a suppression, both claims are contradictions', () => {
    expect(run(`${WRONG}\n`).findings).toEqual(['6:21 error founded', '6:42 error headquarters']);
  });

  test.each<[string, string, string[]]>([
    ['disable-next-line, every attribute', `<!-- factlint-disable-next-line -->\n${WRONG}\n`, []],
    ['disable-next-line, one attribute', `<!-- factlint-disable-next-line founded -->\n${WRONG}\n`, ['7:42 error headquarters']],
    ['disable-next-line, two attributes', `<!-- factlint-disable-next-line founded headquarters -->\n${WRONG}\n`, []],
    ['disable-next-line covers the next line only', `<!-- factlint-disable-next-line -->\n${WRONG}\n${WRONG}\n`, ['8:21 error founded', '8:42 error headquarters']],
    ['disable-next-line over a blank line covers nothing', `<!-- factlint-disable-next-line -->\n\n${WRONG}\n`, ['6:1 notice unused-suppression', '8:21 error founded', '8:42 error headquarters']],
    ['disable-line, on the line itself', `${WRONG} <!-- factlint-disable-line founded -->\n${WRONG}\n`, ['6:42 error headquarters', '7:21 error founded', '7:42 error headquarters']],
    ['disable-file, anywhere in the article', `${WRONG}\n\n<!-- factlint-disable-file headquarters -->\n\n${WRONG}\n`, ['6:21 error founded', '10:21 error founded']],
    ['directives in any case', `<!-- FACTLINT-Disable-Next-Line Founded -->\n${WRONG}\n`, ['7:42 error headquarters']],
    ['disable ... enable', `<!-- factlint-disable -->\n${WRONG}\n\n${WRONG}\n<!-- factlint-enable -->\n\n${WRONG}\n`, ['12:21 error founded', '12:42 error headquarters']],
    ['disable with no enable: to the end', `${WRONG}\n\n<!-- factlint-disable headquarters -->\n\n${WRONG}\n`, ['6:21 error founded', '6:42 error headquarters', '10:21 error founded']],
    ['disable in the middle of a line', `Acme was founded in 2001 <!-- factlint-disable --> and is based in Paris.\n`, ['6:21 error founded']],
    ['a suppression that suppresses nothing', `<!-- factlint-disable-next-line ceo -->\n${WRONG}\n`, ['6:1 notice unused-suppression', '7:21 error founded', '7:42 error headquarters']],
    ['a directive in a code block does nothing', '```\n<!-- factlint-disable -->\n```\n\n' + `${WRONG}\n`, ['10:21 error founded', '10:42 error headquarters']],
    ['a directive in inline code does nothing', `Use \`<!-- factlint-disable -->\`.\n${WRONG}\n`, ['7:21 error founded', '7:42 error headquarters']],
  ])('%s', (_, body, expected) => {
    expect(run(body).findings).toEqual(expected);
  });

  test('an unused suppression is a finding like any other, in the JSON shape of the contract', () => {
    const { result } = run(`Acme was founded in 1987.\n<!-- factlint-disable-next-line founded -->\nAcme is based in Lyon.\n`);
    expect(result.findings).toEqual([
      {
        file: 'a.md',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 44,
        attribute: 'unused-suppression',
        entity: '',
        severity: 'notice',
        found: '<!-- factlint-disable-next-line founded -->',
        expected: '',
        message: 'This suppression suppresses nothing',
        factSource: '',
        ruleId: 'unused-suppression',
        kind: 'unused-suppression',
        url: 'https://github.com/factlint/factlint/blob/main/docs/findings.md#unused-suppression',
      },
    ]);
  });

  test('a misspelt directive, a stray enable and an enable with attributes are warnings at their place', () => {
    const { problems, findings } = run(`<!-- factlint-disabel -->\n${WRONG}\n\n<!-- factlint-enable -->\n\n<!-- factlint-disable -->\n${WRONG}\n<!-- factlint-enable founded -->\n`);
    expect(problems).toEqual([
      '6:1: warning: unknown directive "factlint-disabel": expected factlint-disable-next-line, factlint-disable-line, factlint-disable-file, factlint-disable or factlint-enable',
      '9:1: warning: factlint-enable without a factlint-disable before it',
      '13:1: warning: factlint-enable takes no attributes: it ends every open factlint-disable',
    ]);
    expect(findings).toEqual(['7:21 error founded', '7:42 error headquarters']);
  });
});
