/**
 * A bug that one article triggers costs that article's findings only: it
 * becomes an error at the file, with the stack for the report, and every
 * other article is checked and reported as if it were not there.
 */
import { describe, expect, test } from 'vitest';
import { checkFiles, prepare } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = 'entity: acme\nname: Acmé\naliases: [Acme]\nfacts:\n  founded: 1987\n';
const WRONG = '---\nlang: en\n---\n\nAcme was founded in 2001.\n';

describe('each article is checked in isolation', () => {
  test('the article that makes the code throw is an error at its file; the articles before and after it keep their findings', () => {
    const files = new Map([
      ['facts/acme.yml', FACTS],
      ['a.md', WRONG],
      ['b.md', `${WRONG}\nThe Nordwind trigger.\n`],
      ['c.md', WRONG],
    ]);
    const host = memoryHost(files);
    const prepared = prepare({ cwd: '.', host, builtinRules: builtinSources(), paths: ['a.md', 'b.md', 'c.md'] });
    const guard = prepared.knowledge!.ruleSet.guards.en;
    const admits = guard.admits.bind(guard);
    // A stand-in for any bug: the guard throws on one sentence of b.md.
    guard.admits = (text) => {
      if (text.includes('Nordwind')) throw new RangeError('Maximum call stack size exceeded');
      return admits(text);
    };

    const result = checkFiles(prepared, host);

    expect(result.findings.map((f) => [f.file, f.line, f.column, f.attribute, f.found, f.expected])).toEqual([
      ['a.md', 5, 21, 'founded', '2001', '1987'],
      ['c.md', 5, 21, 'founded', '2001', '1987'],
    ]);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ file: 'b.md', line: 1, column: 1, level: 'error' });
    const [first, second, ...stack] = problem.message.split('\n');
    expect(first).toBe('factlint failed on this article, and checked the others: RangeError: Maximum call stack size exceeded');
    expect(second).toBe('This is a bug in factlint, not in the article: please report it with these lines.');
    expect(stack[0]).toMatch(/^at /);
    expect(result.articles.map((a) => [a.file, a.problems.length])).toEqual([['a.md', 0], ['b.md', 1], ['c.md', 0]]);
  });
});
