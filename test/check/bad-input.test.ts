import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = 'entity: acme\nname: Acmé\naliases: [Acme]\nfacts:\n  founded: 1987\n  employees:\n    - value: 1450\n      asOf: 2023-12\n';
const RULES = builtinSources();

function run(articles: Record<string, string | Buffer>, extra: Record<string, string> = {}) {
  const files = new Map<string, string | Buffer>([['facts/acme.yml', FACTS], ...Object.entries(extra), ...Object.entries(articles)]);
  return check({ cwd: '.', host: memoryHost(files), builtinRules: RULES });
}

const problemsOf = (r: ReturnType<typeof run>) => r.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.level}: ${p.message}`);

describe('bad articles are reported, never skipped silently, never a crash', () => {
  test.each([
    ['empty', '', []],
    ['only front matter', '---\nlang: fr\n---\n', []],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), ['a.md:1:1: error: binary file, not read']],
    ['not UTF-8', Buffer.from([0x41, 0x63, 0x6d, 0xe9, 0x20, 0x65, 0x6d, 0x70]), ['a.md:1:1: error: not valid UTF-8, not read']],
  ] as const)('%s', (_, content, expected) => {
    const result = run({ 'a.md': content as string | Buffer });
    expect(problemsOf(result)).toEqual(expected);
    expect(result.findings).toEqual([]);
  });

  test.each([
    ['English', 'Acme employs 3,000 people.\n'],
    ['French', 'Acmé emploie 3 000 personnes.\n'],
  ])('a one-line %s article whose language cannot be told is read in both languages, with a notice', (_lang, text) => {
    const result = run({ 'a.md': `---\ndate: 2023-12\n---\n${text}` });
    expect(problemsOf(result)).toEqual([]);
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.severity, f.line, f.found, f.expected])).toEqual([
      ['undetermined-language', 'undetermined-language', 'notice', 1, '', ''],
      ['contradiction', 'employees', 'error', 4, text.includes(',') ? '3,000' : '3 000', '1450'],
    ]);
  });

  test('an article with no claim and no language to tell gets no notice', () => {
    const result = run({ 'a.md': '1987 1450 2023\n' });
    expect(problemsOf(result)).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test('broken front matter is an error at its line and column', () => {
    const result = run({ 'a.md': '---\nlang: fr\ndate: [2024\n---\n\nAcmé, fondée en 1990.\n' });
    expect(result.problems.some((p) => p.file === 'a.md' && p.level === 'error' && p.line >= 2)).toBe(true);
  });

  test('a path that names nothing is an error', () => {
    const files = new Map([['facts/acme.yml', FACTS]]);
    const result = check({ cwd: '.', host: memoryHost(files), builtinRules: RULES, paths: ['missing.md', 'nope/**/*.md'] });
    expect(problemsOf(result)).toEqual(['missing.md:1:1: error: no such file or directory', 'nope/**/*.md:1:1: error: this glob matches no file']);
  });

  test('an unknown `about` entity is a warning at the article', () => {
    const result = run({ 'a.md': '---\nlang: fr\nabout: [acmee]\n---\n\nLa société emploie 3 000 salariés.\n' });
    expect(problemsOf(result)).toEqual(['a.md:1:1: warning: front matter about: "acmee" is not an entity in the facts']);
  });
});

// Timings can be disturbed by whatever else the machine runs: a slow round is measured again.
describe('huge and hostile articles finish in time linear in their size', { retry: 2 }, () => {
  const prose = 'Le marché reste concurrentiel et les clients demandent des garanties sur leurs données. '.repeat(19);
  const paragraph = `${prose}Acmé, fondée en 1990, emploie 2 200 salariés et vise 3 000 salariés en 2030.\n\n`;
  test('a 10 MB article', () => {
    const text = `---\nlang: fr\ndate: 2024-01\n---\n\n${paragraph.repeat(Math.ceil(10e6 / paragraph.length))}`;
    expect(text.length).toBeGreaterThan(10e6);
    const result = run({ 'a.md': text });
    expect(result.problems).toEqual([]);
    expect(result.findings.length).toBe(2 * Math.ceil(10e6 / paragraph.length));
  });

  test('one 1 MB line and 100,000 numbers', () => {
    const line = '1 2 3 4 5 6 7 8 9 10 '.repeat(10_000);
    const result = run({ 'a.md': `---\nlang: en\n---\n\n${line}\n` });
    expect(result.problems).toEqual([]);
  });

  test.each([
    ['numbers', (n: number) => '2 200 '.repeat(n)],
    ['claims', (n: number) => 'Acmé, fondée en 1990, emploie 2 200 salariés, '.repeat(n)],
    ['emphasis', (n: number) => '*a **b 1 999** c* '.repeat(n)],
    ['links', (n: number) => '[Acmé](https://x.example/) fondée en 1990 '.repeat(n)],
  ])('doubling hostile %s at most about doubles the time', (_, make) => {
    const time = (n: number) => {
      const text = `---\nlang: fr\ndate: 2024-01\n---\n\n${make(n)}\n`;
      run({ 'a.md': text });
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        run({ 'a.md': text });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    expect(time(4000) / time(2000)).toBeLessThan(3);
  });
});
