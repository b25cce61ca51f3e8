/**
 * The article is parsed in chunks so that remark stays linear; these tests
 * hold that cutting changes nothing a reader reads: the same sentences at
 * the same offsets, whatever the chunk size.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/markdown/parse-article.js';
import { splitChunks } from '../../src/markdown/chunks.js';
import { misplaced } from './helpers.js';

const ARTICLE = `---
title: Un article de test
lang: fr
---

# Un groupe fondé en **1999**

Le groupe, fondé en 1999 par [Octave Klaba][ok], emploie
2 200 personnes. Voir la note[^src].

- un premier point, en 2019 ;
- un second point
  sur deux lignes.

  Un paragraphe du second point.

> Une citation de 2021.
>
> Une seconde citation.

\`\`\`text
du code avec une ligne vide

fondée en 2001
\`\`\`

<pre>
du HTML brut

fondée en 2002
</pre>

| Année | Salariés | Pays |
| --- | --- | --- |
| 2019 | 2 200 | France |
| 2021 | 2 400 | Monde |

Une fin, avec [un lien](https://example.com) et \`du code\`.

[ok]: https://example.com/klaba
[^src]: Une source de 2019.
`;

const sentences = (source: string, limits?: Parameters<typeof parseArticle>[2]) =>
  parseArticle('a.md', source, limits).sentences.map((s) => ({ ...s, offsets: [...s.offsets] }));

describe('chunked parsing', () => {
  const whole = sentences(ARTICLE, { soft: Infinity, chars: Infinity, lines: Infinity, marks: Infinity });

  it('cutting at every harmless place reads the same sentences at the same offsets', () => {
    expect(splitChunks(ARTICLE, { soft: 1, chars: Infinity, lines: Infinity, marks: Infinity }).length).toBeGreaterThan(8);
    expect(sentences(ARTICLE, { soft: 1, chars: Infinity, lines: Infinity, marks: Infinity })).toEqual(whole);
  });

  it('cutting inside blocks at line starts reads the same text', () => {
    const forced = { soft: 1, chars: 120, lines: 3, marks: 24 };
    expect(sentences(ARTICLE, forced).map((s) => s.text)).toEqual(whole.map((s) => s.text));
  });

  it('reads definitions made in another chunk', () => {
    const texts = whole.map((s) => s.text);
    expect(texts).toContain('Le groupe, fondé en 1999 par Octave Klaba, emploie 2 200 personnes.');
    expect(texts).toContain('Voir la note\uFFFC.');
    expect(texts).toContain('Une source de 2019.');
  });

  it('past a few kilobytes of definitions, a label resolves in its own chunk only', () => {
    const definitions = Array.from({ length: 400 }, (_, i) => `[d${i}]: https://example.com/${'x'.repeat(20)}/${i}`).join('\n');
    const source = `Voir [le site][d1] en 1999.\n\n${definitions}\n\nPuis [ici][d399] en 2001.\n`;
    const texts = parseArticle('a.md', source, { soft: 1, chars: Infinity, lines: Infinity, marks: Infinity }).sentences.map((s) => s.text);
    expect(texts).toEqual(['Voir [le site][d1] en 1999.', 'Puis [ici][d399] en 2001.']);
    expect(parseArticle('a.md', source).sentences.map((s) => s.text)).toEqual(['Voir le site en 1999.', 'Puis ici en 2001.']);
  });

  it('cutting inside blocks keeps code out and tables whole', () => {
    const tight = { soft: 1, chars: 40, lines: 2, marks: 6 };
    const article = parseArticle('a.md', ARTICLE, tight);
    const texts = article.sentences.map((s) => s.text);
    expect(texts.join(' ')).not.toMatch(/2001|2002|du code avec|HTML brut/);
    expect(texts).toContain('Année: 2021; Salariés: 2 400; Pays: Monde');
    expect(texts).toContain('Une citation de 2021.');
    expect(misplaced(article)).toEqual([]);
  });

  it('a paragraph cut across chunks is still one block', () => {
    const paragraph = `${'Le groupe emploie 2 200 personnes et vend des serveurs\n'.repeat(30)}en 1999.`;
    const article = parseArticle('a.md', paragraph, { soft: 1, chars: 300, lines: 4, marks: 256 });
    expect(splitChunks(paragraph, { soft: 1, chars: 300, lines: 4, marks: 256 }).length).toBeGreaterThan(5);
    expect(article.sentences).toHaveLength(1);
    expect(article.sentences[0].text).toBe(parseArticle('a.md', paragraph).sentences[0].text);
    expect(misplaced(article)).toEqual([]);
  });

  it('a long line is cut at a space and read whole', () => {
    const line = `${'mot '.repeat(500)}fin en 1999.`;
    const article = parseArticle('a.md', line, { soft: 1, chars: 100, lines: 256, marks: 256 });
    expect(article.sentences.map((s) => s.text)).toEqual([line]);
  });

  it('a long table keeps its header after a cut', () => {
    const table = `| Année | Salariés | Pays |\n|---|---|---|\n${'| 2019 | 2 200 | France |\n'.repeat(20)}`;
    const article = parseArticle('a.md', table, { soft: 1, chars: 200, lines: 5, marks: 256 });
    expect(article.sentences.map((s) => s.text)).toEqual(['Année; Salariés; Pays', ...Array(20).fill('Année: 2019; Salariés: 2 200; Pays: France')]);
    expect(misplaced(article)).toEqual([]);
  });

  it('a long fence stays code after a cut', () => {
    const fence = `\`\`\`\n${'fondée en 2001 *x* [y]\n'.repeat(50)}\`\`\`\n\nFin.`;
    expect(parseArticle('a.md', fence, { soft: 1, chars: 100, lines: 3, marks: 8 }).sentences.map((s) => s.text)).toEqual(['Fin.']);
  });
});

describe('splitChunks', () => {
  const limits = { soft: 1, chars: Infinity, lines: Infinity, marks: Infinity };
  const cuts = (source: string) => splitChunks(source, limits).map((c) => source.slice(c.start, c.end));

  it.each([
    ['at blank lines before column 0', 'Un.\n\nDeux.\n\nTrois.', ['Un.\n\n', 'Deux.\n\n', 'Trois.']],
    ['not before an indented line', '- un\n\n  suite\n\nDeux.', ['- un\n\n  suite\n\n', 'Deux.']],
    ['not inside a fence', '```\na\n\nb\n```\n\nDeux.', ['```\na\n\nb\n```\n\n', 'Deux.']],
    ['not inside raw HTML', '<!--\na\n\nb\n-->\n\nDeux.', ['<!--\na\n\nb\n-->\n\n', 'Deux.']],
    ['not inside front matter', '---\na: 1\n\nb: 2\n---\n\nDeux.', ['---\na: 1\n\nb: 2\n---\n\n', 'Deux.']],
  ])('%s', (_name, source, expected) => {
    expect(cuts(source)).toEqual(expected);
  });

  it('covers the whole source, in order', () => {
    const chunks = splitChunks(ARTICLE, { soft: 1, chars: 30, lines: 2, marks: 4 });
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(ARTICLE.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBe(chunks[i - 1].end);
  });
});
