import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatGithubProblems } from '../../src/reporters/github.js';
import { employees, founded } from './findings.js';

describe('escapeData and escapeProperty', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['%0A', '%250A', '%250A'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['::error::x', '::error::x', '%3A%3Aerror%3A%3Ax'],
  ])('%j -> data %j, property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});

describe('formatGithub', () => {
  it('prints nothing for no findings', () => {
    expect(formatGithub([])).toBe('');
  });

  it('prints one command per finding at its level', () => {
    expect(formatGithub([founded, employees, { ...founded, severity: 'notice' }])).toBe(
      '::error file=articles/2026-01-ovh-results.md,line=12,col=34,endLine=12,endColumn=38,title=factlint (founded)::' +
        'OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001\n' +
        '::warning file=articles/2026-01-ovh-results.md,line=3,col=1,endLine=3,endColumn=6,title=factlint (employees)::' +
        'OVHcloud had 2200 employees in 2019-01 (facts/ovhcloud.yml:9), not 3 000\n' +
        '::notice file=articles/2026-01-ovh-results.md,line=12,col=34,endLine=12,endColumn=38,title=factlint (founded)::' +
        'OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001\n',
    );
  });

  it('cannot be made to issue a command by article text', () => {
    const hostile = {
      ...founded,
      file: 'articles/a,title=x:y.md',
      attribute: 'x::warning::y',
      ruleId: 'x::warning::y',
      message: 'not 2001\n::error file=evil.md::injected\r\n::add-mask::secret 50%0A',
    };
    const out = formatGithub([hostile]);
    expect(out.split('\n')).toEqual([
      '::error file=articles/a%2Ctitle=x%3Ay.md,line=12,col=34,endLine=12,endColumn=38,title=factlint (x%3A%3Awarning%3A%3Ay)::' +
        'not 2001%0A::error file=evil.md::injected%0D%0A::add-mask::secret 50%250A',
      '',
    ]);
    expect(out.match(/^::/gm)).toHaveLength(1);
  });
});

describe('formatGithubProblems', () => {
  it('annotates author errors at their place', () => {
    expect(
      formatGithubProblems([
        { file: 'facts/ovh.yml', line: 4, column: 3, level: 'error', message: 'unknown key: "x", "y"' },
        { file: 'rules/a.yml', line: 1, column: 1, level: 'warning', message: 'two\nlines' },
      ]),
    ).toBe(
      '::error file=facts/ovh.yml,line=4,col=3,title=factlint (configuration)::unknown key: "x", "y"\n' +
        '::warning file=rules/a.yml,line=1,col=1,title=factlint (configuration)::two%0Alines\n',
    );
  });
});
