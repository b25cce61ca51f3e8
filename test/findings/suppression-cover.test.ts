import { describe, expect, test } from 'vitest';
import { applySuppressions } from '../../src/findings/suppressions.js';
import { type Cover, coverFindings, type Located } from '../../src/findings/suppression-cover.js';
import { computeLineStarts, positionAt } from '../../src/markdown/index.js';
import type { Finding } from '../../src/types.js';
import { doublingRatio } from '../helpers/doubling.js';

const range = (from: [number, number], to: [number, number], attributes: string[] = []): Cover => ({ attributes, from, to });
const nextLine = (line: number, attributes: string[] = []): Cover => ({ attributes, line, from: [line, 0], to: [line + 1, 0] });
const at = (line: number, column: number, attribute = 'founded'): Located => ({ line, column, attribute });

describe('coverFindings', () => {
  test.each<[string, Located[], Cover[], boolean[], boolean[]]>([
    ['a range covers from its start, inclusive', [at(3, 5)], [range([3, 5], [Infinity, 0])], [true], [true]],
    ['a range ends before its end, exclusive', [at(3, 5)], [range([1, 1], [3, 5])], [false], [false]],
    ['a range for another attribute covers nothing', [at(3, 5)], [range([1, 1], [9, 1], ['ceo'])], [false], [false]],
    ['a range for the finding attribute', [at(3, 5), at(4, 1, 'ceo')], [range([1, 1], [9, 1], ['ceo'])], [false, true], [true]],
    ['next-line covers its line only', [at(2, 1), at(3, 1)], [nextLine(2)], [true, false], [true]],
    ['next-line for another attribute', [at(2, 1)], [nextLine(2, ['ceo'])], [false], [false]],
    ['two covers of one finding are both used', [at(2, 1)], [nextLine(2), range([1, 1], [5, 1])], [true], [true, true]],
    ['findings out of order', [at(9, 1), at(1, 1)], [range([5, 1], [Infinity, 0])], [true, false], [true]],
    ['nested ranges close together', [at(2, 1), at(6, 1)], [range([1, 1], [5, 1]), range([3, 1], [5, 1])], [true, false], [true, false]],
  ])('%s', (_, findings, covers, suppressed, used) => {
    const covered = coverFindings(findings, covers);
    expect({ suppressed: covered.suppressed, used: covered.silenced.map((list) => list.length > 0) }).toEqual({ suppressed, used });
  });

  test('a cover may name a finding by its rule id as well as by its attribute, and lists it once', () => {
    const corpus = { line: 3, column: 1, attribute: 'employees', ruleId: 'corpus-consistency' };
    expect(coverFindings([corpus], [nextLine(3, ['corpus-consistency'])]).suppressed).toEqual([true]);
    expect(coverFindings([corpus], [nextLine(3, ['employees'])]).suppressed).toEqual([true]);
    expect(coverFindings([corpus], [range([1, 0], [9, 0], ['employees', 'corpus-consistency'])]).silenced).toEqual([[0]]);
    expect(coverFindings([corpus], [nextLine(3, ['founded'])]).suppressed).toEqual([false]);
  });

  test('each cover lists the findings it silences, in order of position', () => {
    const findings = [at(9, 1), at(2, 1, 'ceo'), at(2, 5), at(4, 1)];
    expect(coverFindings(findings, [range([2, 1], [5, 1], ['founded', 'ceo']), nextLine(9)]).silenced).toEqual([[1, 2, 3], [0]]);
  });
});

function finding(line: number, column: number): Finding {
  return {
    file: 'a.md', line, column, endLine: line, endColumn: column + 4, attribute: 'founded', entity: 'acme',
    severity: 'error', found: '2001', expected: '1999', message: 'founded', factSource: 'facts/acme.yml:4',
    ruleId: 'founded', kind: 'contradiction', url: 'https://example.org/docs#founded',
  };
}

/** n suppressions of every kind, each silencing one finding, and n findings. */
function silencing(n: number): { source: string; findings: Finding[] } {
  const lines: string[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(i % 2 === 0 ? '<!-- factlint-disable-next-line founded -->' : '<!-- factlint-disable founded -->');
    lines.push('Acme was founded in 2001.');
    findings.push(finding(lines.length, 21));
    if (i % 2 === 1) lines.push('<!-- factlint-enable -->');
  }
  return { source: `${lines.join('\n')}\n`, findings };
}

function apply({ source, findings }: { source: string; findings: Finding[] }) {
  const lineStarts = computeLineStarts(source);
  return applySuppressions('a.md', source, findings, (offset) => positionAt(lineStarts, offset));
}

describe('suppressions at scale', () => {
  test('suppressions that each silence a finding: doubling them at most about doubles the time', () => {
    expect(apply(silencing(2_000)).findings).toEqual([]);
    expect(doublingRatio(silencing, apply, 4_000)).toBeLessThan(3);
  });

  test('130,000 unused suppressions are each reported, without overflowing the stack', () => {
    const source = '<!-- factlint-disable-next-line -->\nNothing here.\n\n'.repeat(130_000);
    const { findings } = apply({ source, findings: [] });
    expect(findings).toHaveLength(130_000);
    expect(findings[129_999]).toMatchObject({ line: 389_998, column: 1, attribute: 'unused-suppression', severity: 'notice' });
  });

  test('130,000 findings under one suppression are all silenced', () => {
    const findings = Array.from({ length: 130_000 }, (_, i) => finding(i + 2, 1));
    expect(apply({ source: '<!-- factlint-disable -->\n', findings }).findings).toEqual([]);
  });
});
