/**
 * A list nested at any depth is read item by item wherever the article is
 * cut into chunks: a chunk that starts on an indented item line must not
 * read it as indented code (list-context.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/markdown/parse-article.js';
import { splitChunks } from '../../src/markdown/chunks.js';
import { misplaced, where } from './helpers.js';

const WHOLE = { soft: Infinity, chars: Infinity, lines: Infinity, marks: Infinity };
const EVERY_LINE = { soft: 1, chars: Infinity, lines: 1, marks: Infinity };

const sentences = (source: string, limits?: Parameters<typeof parseArticle>[2]) =>
  parseArticle('a.md', source, limits).sentences.map((s) => ({ ...s, offsets: [...s.offsets] }));

/** `count` items, each one level deeper than the one before, back to the top every `depth` items. */
function nested(count: number, depth: number, marker: (i: number) => string, width: number, quote = ''): string {
  let out = '';
  for (let i = 0; i < count; i++) out += `${quote}${' '.repeat((i % depth) * width)}${marker(i)} Cyclon a été fondée en ${1900 + i}.\n`;
  return out;
}

describe('nested lists', () => {
  it.each([
    ['dashes, 4 levels', nested(40, 4, () => '-', 2)],
    ['stars, 4 levels', nested(12, 4, () => '*', 2)],
    ['pluses, 4 levels', nested(12, 4, () => '+', 2)],
    ['numbers, 4 levels', nested(12, 4, () => '1.', 4)],
    ['numbers with a parenthesis, 4 levels', nested(12, 4, () => '1)', 3)],
    ['dashes, 12 levels', nested(16, 12, () => '-', 2)],
    ['dashes, 30 levels', nested(30, 30, () => '-', 2)],
    ['dashes in a quote, 6 levels', nested(12, 6, () => '-', 2, '> ')],
    ['markers of every kind, 8 levels', nested(16, 8, (i) => ['-', '*', '1.', '+'][i % 4], 3)],
  ])('%s: every item is read, at its place, wherever the chunks are cut', (_name, list) => {
    const source = `---\nlang: fr\n---\n\n${list}\nFin.\n`;
    const whole = sentences(source, WHOLE);
    expect(whole.map((s) => s.text)).toEqual([...list.trimEnd().split('\n').map((l) => l.replace(/^[>\s]*(?:[-*+]|\d+[.)]) /, '')), 'Fin.']);
    expect(splitChunks(source, EVERY_LINE).length).toBeGreaterThan(list.split('\n').length - 2);
    expect(sentences(source, EVERY_LINE)).toEqual(whole);
    expect(sentences(source)).toEqual(whole);
    expect(misplaced(parseArticle('a.md', source, EVERY_LINE))).toEqual([]);
  });

  it('a forty-item list four levels deep keeps every figure at its line and column', () => {
    const source = `---\nlang: fr\n---\n\n${nested(40, 4, () => '-', 2)}`;
    const article = parseArticle('a.md', source);
    expect(splitChunks(source).length).toBeGreaterThan(1);
    const places = Array.from({ length: 40 }, (_, i) => where(article, String(1900 + i)));
    expect(places).toEqual(Array.from({ length: 40 }, (_, i) => `${i + 5}:${(i % 4) * 2 + 26}`));
  });

  it('an item whose text goes on over several lines, and an item with two paragraphs, are read whole after a cut', () => {
    const source = [
      '- Cyclon a été fondée',
      '  en 1990.',
      '  - Nordwind emploie',
      '    1 200 salariés.',
      '',
      '    Nordwind a été fondée en 1987.',
      '    - Veloria a été fondée',
      'en 1975, sur une ligne paresseuse.',
      '      - Acme a été fondée en 1960.',
      '',
      '            du code dans un item',
      '',
      '- Fin de la liste.',
      '',
    ].join('\n');
    const whole = sentences(source, WHOLE);
    expect(whole.map((s) => s.text)).toEqual([
      'Cyclon a été fondée en 1990.',
      'Nordwind emploie 1 200 salariés.',
      'Nordwind a été fondée en 1987.',
      'Veloria a été fondée en 1975, sur une ligne paresseuse.',
      'Acme a été fondée en 1960.',
      'Fin de la liste.',
    ]);
    expect(sentences(source, EVERY_LINE)).toEqual(whole);
  });
});
