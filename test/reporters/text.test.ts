import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/reporters/text.js';
import { ceo, employees, founded } from './findings.js';

describe('formatText', () => {
  it('says so when there is nothing to report', () => {
    expect(formatText([])).toBe('No contradictions found.\n');
  });

  it('groups by file, aligns each file\'s rows and sums up', () => {
    expect(formatText([founded, employees, ceo])).toBe(
      [
        'articles/2026-01-ovh-results.md',
        '  12:34  error    OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001             founded',
        '                  suggestion: 1999',
        '   3:1   warning  OVHcloud had 2200 employees in 2019-01 (facts/ovhcloud.yml:9), not 3 000  employees',
        '',
        'articles/en/glance.md',
        '  105:7  notice  The CEO of OVHcloud on 2026-01-08 was Octave Klaba (facts/ovhcloud.yml:20), not Michel Paulin  ceo',
        '                 suggestion: Octave Klaba',
        '',
        '\u2716 3 problems (1 error, 1 warning, 1 notice); 2 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [[founded], '\u2716 1 problem (1 error, 0 warnings); 1 fixable with --fix'],
    [[employees, employees], '\u2716 2 problems (0 errors, 2 warnings)'],
    [[founded, founded, ceo], '\u2716 3 problems (2 errors, 0 warnings, 1 notice); 3 fixable with --fix'],
  ])('summary line %#', (findings, summary) => {
    const lines = formatText(findings).trimEnd().split('\n');
    expect(lines.at(-1)).toBe(summary);
  });

  it('ends with the number of files checked and claims read, even when nothing is found', () => {
    const stats = { files: 3, claims: 1, entities: 2 };
    expect(formatText([], { stats })).toBe('No contradictions found.\n3 files checked, 1 claim read.\n');
    expect(formatText([employees], { stats }).trimEnd().split('\n').slice(-2)).toEqual(['\u2716 1 problem (0 errors, 1 warning)', '3 files checked, 1 claim read.']);
  });

  it('uses no escape codes unless colours are asked for', () => {
    expect(formatText([founded, employees])).not.toContain('\u001b');
    expect(formatText([])).not.toContain('\u001b');
  });

  it('colours severities and the summary when asked, keeping the columns aligned', () => {
    const out = formatText([founded, employees], { color: true });
    expect(out).toContain('\u001b[31merror  \u001b[39m');
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
    expect(out).toContain('\u001b[4marticles/2026-01-ovh-results.md\u001b[24m');
    const plain = out.replace(/\u001b\[\d+m/g, '');
    expect(plain).toBe(formatText([founded, employees]));
  });

  it('keeps one row per finding even when article text carries breaks or escapes', () => {
    const hostile = { ...founded, message: 'line one\nline two \u001b[31mred\r\n', suggestion: 'a\nb' };
    const rows = formatText([hostile]).split('\n');
    expect(rows[1]).toBe('  12:34  error  line one line two \uFFFD[31mred   founded');
    expect(rows[2]).toBe('                suggestion: a b');
    expect(rows).toHaveLength(6);
  });
});
