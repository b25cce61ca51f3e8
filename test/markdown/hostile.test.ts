/**
 * Articles come from pull requests: a hostile or broken one must neither
 * crash factlint nor stall it. Each case doubles its input and checks that
 * the time at most about doubles (linear, not quadratic).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, positionAt } from '../../src/markdown/index.js';

function timeOf(source: string): number {
  const t0 = performance.now();
  parseArticle('hostile.md', source);
  return performance.now() - t0;
}

/** Time of the doubled input over the time of the input, the best of runs taken in turns. */
function ratio(small: string, large: string, runs: number): number {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let r = 0; r < runs; r++) {
    bestSmall = Math.min(bestSmall, timeOf(small));
    bestLarge = Math.min(bestLarge, timeOf(large));
  }
  return bestLarge / bestSmall;
}

/**
 * How much longer the doubled input takes. Other tests share the machine,
 * so a ratio over the bound is measured again, up to three times: noise
 * comes and goes, a quadratic cost (4x) does not.
 */
function growth(make: (n: number) => string, n: number, runs = 3): number {
  const small = make(n);
  const large = make(2 * n);
  // Warm both sizes up, so that compiling the code is not measured.
  timeOf(small);
  timeOf(large);
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= 2.5; attempt++) best = Math.min(best, ratio(small, large, runs));
  return best;
}

const cases: [string, (n: number) => string, number][] = [
  ['nested emphasis markers', (n) => `${'*'.repeat(n)}x${'*'.repeat(n)}`, 160_000],
  ['nested emphasis around words', (n) => `${'*a '.repeat(n)}x${' a*'.repeat(n)}`, 10_000],
  ['nested brackets', (n) => `${'['.repeat(n)}x${']'.repeat(n)}`, 30_000],
  ['deep blockquotes', (n) => `${'>'.repeat(n)} x`, 20_000],
  ['deep lists on one line', (n) => `${'1. '.repeat(n)}x`, 10_000],
  ['one long line', (n) => 'mot 1999, '.repeat(n), 30_000],
  ['many numbers', (n) => Array.from({ length: n }, (_, i) => String(i * 7)).join(' '), 50_000],
  ['a paragraph of many lines', (n) => 'Le groupe a réalisé 275,3 millions d’euros en 2025.\n'.repeat(n), 5_000],
  ['many inline constructs in one paragraph', (n) => 'le *mot* et `code` et \\* et [lien](u) '.repeat(n), 2_500],
  ['references to a definition at the end', (n) => `${'Voir [le site][a] en 1999.\n\n'.repeat(n)}[a]: https://example.com\n`, 3_000],
  ['a long table', (n) => `| a | b |\n|---|---|\n${'| Fondée | 1999 |\n'.repeat(n)}`, 3_000],
  ['a table row of many cells', (n) => `| Fondée | 1999 |\n|---|---|\n|${' 1999 |'.repeat(n)}\n`, 4_000],
  ['a header row of many cells', (n) => `|${' a |'.repeat(n)}\n|${'---|'.repeat(n)}\n| 1999 |\n`, 4_000],
];

describe('linear time on hostile input', () => {
  it.each(cases)('%s', (_name, make, n) => {
    expect(growth(make, n)).toBeLessThan(2.5);
  });
});

describe('no crash', () => {
  it('a table row of 20,000 cells is read as table rows, its first cells with their header', () => {
    const article = parseArticle('h.md', `| Fondée | Siège |\n|---|---|\n| 1999 | Lyon |${' 1999 |'.repeat(20_000)}\n`);
    expect(article.sentences.every((s) => s.block === 'tableRow')).toBe(true);
    expect(article.sentences[0].text).toBe('Fondée: Siège');
    expect(article.sentences[1].text).toBe('1999: Lyon');
  });

  it('10,000 nested emphasis markers', () => {
    const article = parseArticle('h.md', `${'*'.repeat(10_000)}fondée en 1999${'*'.repeat(10_000)}`);
    expect(article.sentences.map((s) => s.text).join(' ')).toContain('fondée en 1999');
  });

  it('100,000 nested blockquotes', () => {
    const article = parseArticle('h.md', `${'>'.repeat(100_000)} fondée en 1999`);
    expect(article.sentences.map((s) => s.text).join(' ')).toContain('fondée en 1999');
  });

  it('a list nested 1,000 levels deep', () => {
    const source = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');
    expect(() => parseArticle('h.md', source)).not.toThrow();
  });

  it('100,000 numbers in one paragraph, each where it is written', () => {
    const numbers = Array.from({ length: 100_000 }, (_, i) => String(1000 + i));
    const source = numbers.join(' ');
    const article = parseArticle('h.md', source);
    const last = article.sentences[article.sentences.length - 1];
    const at = last.text.lastIndexOf('100999');
    expect(last.offsets[at]).toBe(source.lastIndexOf('100999'));
  });

  it('a 10 MB article, with its last figure at the right line', () => {
    const paragraph = [
      'Le groupe, fondé en **1999** par *Octave Klaba*, emploie 2 200 personnes en France et',
      'a réalisé 275,3 millions d’euros au premier trimestre. Voir [le rapport](https://example.com).',
      '',
      '- un point de la liste, en 2019 ;',
      '- un autre point.',
      '',
    ].join('\n');
    const body = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const source = `${body}La fin, en 2031.\n`;
    const article = parseArticle('big.md', source);
    const last = article.sentences[article.sentences.length - 1];
    expect(last.text).toBe('La fin, en 2031.');
    const { line, column } = positionAt(article.lineStarts, last.offsets[last.text.indexOf('2031')]);
    expect([line, column]).toEqual([article.lineStarts.length - 1, 12]);
  });
});
