import { describe, expect, test } from 'vitest';
import { timeLabel, verdictName } from '../../src/rules-test/reading-label.js';
import type { ClaimTime } from '../../src/types.js';

describe('timeLabel: a claim time as an example writes it', () => {
  const rows: [string, ClaimTime, string][] = [
    ['no time', { source: 'none' }, 'none'],
    ['the article date', { source: 'article', span: { start: '2025-06-01', end: '2025-06-01' } }, 'article'],
    ['a whole year', { source: 'sentence', span: { start: '2024-01-01', end: '2024-12-31' } }, '2024'],
    ['a whole month', { source: 'sentence', span: { start: '2024-02-01', end: '2024-02-29' } }, '2024-02'],
    ['a day', { source: 'sentence', span: { start: '2024-03-31', end: '2024-03-31' } }, '2024-03-31'],
    ['any other span', { source: 'sentence', span: { start: '2024-03-01', end: '2024-05-31' } }, '2024-03-01/2024-05-31'],
    ['a quarter of a named year', { source: 'sentence', periodKind: 'quarter', periodIndex: 1, periodYear: 2025 }, 'Q1 2025'],
    ['a half, year unnamed', { source: 'sentence', periodKind: 'half', periodIndex: 2 }, 'H2'],
    ['a fiscal year', { source: 'sentence', periodKind: 'year', fiscalYear: 2024 }, 'FY2024'],
    ['a year of its own, unnamed', { source: 'sentence', periodKind: 'year' }, 'FY'],
    ['a period that ended on a day', { source: 'sentence', periodEnd: '2025-11-30' }, 'ended 2025-11-30'],
  ];
  for (const [name, time, label] of rows) test(`${name}: ${label}`, () => expect(timeLabel(time)).toBe(label));
});

describe('verdictName', () => {
  test('names the verdicts as examples write them', () => {
    expect([verdictName('contradiction'), verdictName('consistent'), verdictName('unverifiable')]).toEqual(['contradiction', 'agrees', 'not judged']);
  });
});
