import { describe, expect, it } from 'vitest';
import type { ArticleReport } from '../../src/check-types.js';
import { formatExplain, formatTime } from '../../src/reporters/explain.js';
import type { Claim, ClaimTime, Rule, SlotValue, Verdict, VerdictKind } from '../../src/types.js';

const source = ['---', 'date: 2026-01-08', '---', 'OVHcloud, fondée en 2001, emploie 2\u00a0200 personnes.', 'Son PDG est Octave Klaba.', ''].join('\n');
const at = (needle: string) => source.indexOf(needle);

function verdict(
  kind: VerdictKind,
  attribute: string,
  value: SlotValue,
  time: ClaimTime,
  reason: string,
  entity: string | null = 'ovhcloud',
): Verdict {
  const start = at(value.raw);
  const claim = {
    attribute,
    rule: { attribute } as Rule,
    lang: 'fr',
    entity,
    entityReason: 'nearest alias',
    value,
    start,
    end: start + value.raw.length,
    matchedText: value.raw,
    sentence: { text: '', offsets: [], block: 'paragraph', blockIndex: 0 },
    time,
  } satisfies Claim;
  return { claim, kind, reason };
}

const report: ArticleReport = {
  file: 'articles/a.md',
  problems: [],
  verdicts: [
    verdict('consistent', 'ceo', { type: 'person', value: 'Octave Klaba', raw: 'Octave Klaba' },
      { source: 'article', span: { start: '2026-01-08', end: '2026-01-08' } }, 'Octave Klaba was CEO on 2026-01-08 (facts/ovhcloud.yml:20)'),
    verdict('contradiction', 'founded', { type: 'year', value: 2001, raw: '2001' }, { source: 'none' },
      'OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001'),
    verdict('unverifiable', 'employees',
      { type: 'count', value: 2200, precision: 100, qualifier: 'exact', raw: '2\u00a0200' },
      { source: 'article', span: { start: '2026-01-08', end: '2026-01-08' } }, 'nearest statement (2019-01) is years away', null),
  ],
};

describe('formatExplain', () => {
  it('lists every claim in source order with its verdict and reason', () => {
    expect(formatExplain(report, source)).toBe(
      [
        'articles/a.md',
        '3 claims: 1 contradiction, 1 consistent, 1 unverifiable',
        '',
        '  line:col  verdict        attribute  entity     value           time',
        '  4:21      contradiction  founded    ovhcloud   "2001"          -',
        '            OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001',
        '  4:35      unverifiable   employees  (unknown)  "2\u00a0200"         2026-01-08 (article)',
        '            nearest statement (2019-01) is years away',
        '  5:13      consistent     ceo        ovhcloud   "Octave Klaba"  2026-01-08 (article)',
        '            Octave Klaba was CEO on 2026-01-08 (facts/ovhcloud.yml:20)',
        '',
      ].join('\n'),
    );
  });

  it('shows the evidence of a reading under its reason', () => {
    const read = verdict('unverifiable', 'employees', { type: 'count', value: 2200, precision: 100, qualifier: 'exact', raw: '2\u00a0200' },
      { source: 'article', span: { start: '2026-01-08', end: '2026-01-08' } }, 'no entity: a part of the company ("la filiale")', null);
    read.claim.evidence = ['clause: relative ("qui")', 'owner: (none), a part of the company ("la filiale")', 'time: article date 2026-01-08'];
    const lines = formatExplain({ file: 'c.md', verdicts: [read], problems: [] }, source).split('\n');
    expect(lines.slice(4)).toEqual([
      '  4:35      unverifiable  employees  (unknown)  "2\u00a0200"  2026-01-08 (article)',
      '            no entity: a part of the company ("la filiale")',
      '            - clause: relative ("qui")',
      '            - owner: (none), a part of the company ("la filiale")',
      '            - time: article date 2026-01-08',
      '',
    ]);
  });

  it('says so when an article has no claim', () => {
    expect(formatExplain({ file: 'b.md', verdicts: [], problems: [] }, '')).toBe('b.md\nNo claims found.\n');
  });

  it('colours verdicts only when asked', () => {
    expect(formatExplain(report, source)).not.toContain('\u001b');
    expect(formatExplain(report, source, { color: true })).toContain('\u001b[31mcontradiction\u001b[39m');
  });
});

describe('formatTime', () => {
  it.each<[ClaimTime, string]>([
    [{ source: 'none' }, '-'],
    [{ source: 'article', span: { start: '2026-01-08', end: '2026-01-08' } }, '2026-01-08 (article)'],
    [{ source: 'sentence', span: { start: '2019-01-01', end: '2019-12-31' }, text: 'en 2019' }, '2019 (sentence: "en 2019")'],
    [{ source: 'article', span: { start: '2024-02-01', end: '2024-02-29' } }, '2024-02 (article)'],
    [{ source: 'sentence', span: { start: '2025-09-01', end: '2025-11-30' } }, '2025-09-01/2025-11-30 (sentence)'],
    [
      { source: 'sentence', periodKind: 'quarter', periodIndex: 1, fiscalYear: 2026, text: 'au premier trimestre' },
      'Q1 FY2026 (sentence: "au premier trimestre")',
    ],
    [{ source: 'sentence', periodKind: 'half', periodIndex: 2 }, 'H2 (sentence)'],
    [{ source: 'sentence', periodKind: 'quarter', periodEnd: '2025-11-30' }, 'Q? ended 2025-11-30 (sentence)'],
    [{ source: 'sentence', periodKind: 'year' }, 'year (sentence)'],
  ])('%j -> %s', (time, text) => {
    expect(formatTime(time)).toBe(text);
  });
});
