/**
 * Where a figure is read is where it is written: each case names a
 * fragment of a sentence and the line:column of its first character.
 */
import { describe, expect, it } from 'vitest';
import { misplaced, read, texts, where } from './helpers.js';

const cases: [string, string, string, string][] = [
  ['inside strong', 'La société, fondée en **1999** par *Octave Klaba*.', '1999', '1:25'],
  ['inside emphasis', 'La société, fondée en **1999** par *Octave Klaba*.', 'Octave', '1:37'],
  ['after a soft line break', 'Le groupe, fondé en\n1999, emploie du monde.', '1999', '2:1'],
  ['after a hard break', 'Le groupe, fondé en  \n1999, emploie du monde.', '1999', '2:1'],
  ['after a backslash break', 'Le groupe, fondé en\\\n1999, emploie du monde.', '1999', '2:1'],
  ['after CRLF', 'Titre\r\n\r\nLe groupe, fondé\r\nen 1999.', '1999', '4:4'],
  ['on a continuation line indented by the author', 'Le groupe\n     emploie 2 200 personnes.', '2 200', '2:14'],
  ['in a list item continuation', 'Intro.\n\n- le cloud privé a rapporté\n  167,2 millions d’euros.', '167,2', '4:3'],
  ['in an ordered list continuation', '1. le groupe a été\n   fondé en 1999.', '1999', '2:13'],
  ['in a second paragraph of a list item', '- un\n\n  deux en 2019.', '2019', '3:11'],
  ['in a table cell', '| Fait | Valeur |\n| --- | --- |\n| Fondation | 1999 |', '1999', '3:15'],
  ['in a blockquote', '> Le groupe\n> employait 2 800 salariés.', '2 800', '2:13'],
  ['in a blockquote without the space', '>Le groupe\n>employait 2 800 salariés.', '2 800', '2:12'],
  ['in a lazy blockquote line', '> Le groupe\nemployait 2 800 salariés.', '2 800', '2:11'],
  ['in a nested blockquote', '> > Le groupe\n> > employait 2 800 salariés.', '2 800', '2:15'],
  ['in a quote inside a list', '- > Le groupe\n  > employait 2 800 salariés.', '2 800', '2:15'],
  ['in a heading', '# Fondée en 1999', '1999', '1:13'],
  ['in a setext heading', 'Fondée en 1999\n===', '1999', '1:11'],
  ['in link text', 'Dirigée par [Octave Klaba](https://example.com/klaba) depuis 2025.', 'Octave', '1:14'],
  ['after link text', 'Dirigée par [Octave Klaba](https://example.com/klaba) depuis 2025.', '2025', '1:62'],
  ['in a reference link', 'Dirigée par [Octave Klaba][ok] depuis 2025.\n\n[ok]: https://example.com', 'Klaba', '1:21'],
  ['in strikethrough', 'Fondée en ~~2001~~ 1999.', '1999', '1:20'],
  ['after an escape', 'Un \\*astérisque\\* puis 1999.', '1999', '1:24'],
  ['after a character reference', 'R&amp;D depuis 1999.', '1999', '1:16'],
  ['in a footnote definition', 'Texte[^1].\n\n[^1]: Fondée en 1999.', '1999', '3:17'],
  ['after an emoji (two UTF-16 units)', 'Bravo 😀 en 1999.', '1999', '1:13'],
  ['with a no-break space', 'Il emploie 2\u00a0200 personnes.', '2\u00a0200', '1:12'],
  ['after front matter', '---\ntitle: Un titre\nlang: fr\n---\n\nFondée en 1999.', '1999', '6:11'],
  ['with tabs in a list', '-\tle groupe\n\ta été fondé en 1999.', '1999', '2:17'],
];

describe('positions of what is read', () => {
  it.each(cases)('%s', (_name, source, needle, expected) => {
    const article = read(source);
    expect(where(article, needle)).toBe(expected);
    expect(misplaced(article)).toEqual([]);
  });
});

describe('text read', () => {
  it.each([
    ['emphasis and links are read through', 'fondée en **1999** par *Octave Klaba* et [le PDG](https://x.fr)', ['fondée en 1999 par Octave Klaba et le PDG']],
    ['line breaks become one space', 'a été\nfondée  \nen 1999', ['a été fondée en 1999']],
    ['escapes and references are decoded', 'R&amp;D \\*1999\\* &eacute;t&#233; &#x1F600;', ['R&D *1999* été 😀']],
    ['style tags are read through, <br> is a space', 'fondée en <b>1999</b> par<br>Octave', ['fondée en 1999 par Octave']],
    ['a heading and a paragraph are two blocks', '# Titre\nTexte sans point', ['Titre', 'Texte sans point']],
    ['a two-column table row reads label: value', '| Fait | Valeur |\n|---|---|\n| Fondation | 1999 |', ['Fait: Valeur', 'Fondation: 1999']],
    ['a wider table reads each value with its header', '| Année | Salariés | Pays |\n|---|---|---|\n| 2019 | 2 200 | France |', ['Année; Salariés; Pays', 'Année: 2019; Salariés: 2 200; Pays: France']],
    ['empty cells are left out', '| Année | Salariés | Pays |\n|---|---|---|\n| 2019 |  | France |', ['Année; Salariés; Pays', 'Année: 2019; Pays: France']],
    ['an escaped pipe stays in its cell', '| A | B |\n|---|---|\n| x \\| y | 2 |', ['A: B', 'x | y: 2']],
    ['a task list item reads its text', '- [x] livré en 2019', ['livré en 2019']],
  ])('%s', (_name, source, expected) => {
    const article = read(source);
    expect(article.sentences.map((s) => s.text)).toEqual(expected);
    expect(misplaced(article)).toEqual([]);
  });

  it('a table separator points at the cell that follows it', () => {
    const article = read('| Fait | Valeur |\n|---|---|\n| Fondation | 1999 |');
    const row = article.sentences[1];
    const colon = row.text.indexOf(':');
    expect(row.offsets[colon]).toBe(article.source.indexOf('1999'));
    expect(row.offsets[colon + 1]).toBe(article.source.indexOf('1999'));
  });

  it('header words in a wide table point at the header', () => {
    const article = read('| Année | Salariés | Pays |\n|---|---|---|\n| 2019 | 2 200 | France |');
    expect(where(article, 'Salariés', 1)).toBe('1:11');
    expect(where(article, '2 200')).toBe('3:10');
  });

  it('keeps the block kind and index of each sentence', () => {
    const article = read('# Titre\n\nUn. Deux.\n\n- trois\n\n> quatre\n\n| a | b |\n|---|---|\n| c | d |\n\nTexte[^n].\n\n[^n]: cinq');
    expect(article.sentences.map((s) => [s.block, s.blockIndex, s.text])).toEqual([
      ['heading', 0, 'Titre'],
      ['paragraph', 1, 'Un.'],
      ['paragraph', 1, 'Deux.'],
      ['listItem', 2, 'trois'],
      ['blockquote', 3, 'quatre'],
      ['tableRow', 4, 'a: b'],
      ['tableRow', 5, 'c: d'],
      ['paragraph', 6, 'Texte\uFFFC.'],
      ['footnoteDefinition', 7, 'cinq'],
    ]);
  });

  it.each([
    ['empty', ''],
    ['only whitespace', '  \n\n\t\n'],
    ['only front matter', '---\nlang: fr\n---\n'],
    ['only code', '```\n1999\n```'],
  ])('%s: no sentences, no crash', (_name, source) => {
    expect(read(source).sentences).toEqual([]);
  });
});

describe('sentences of an article', () => {
  it('never span two blocks', () => {
    expect(texts('Le groupe a été fondé en\n\n1999 par Octave Klaba.')).toEqual(['Le groupe a été fondé en', '1999 par Octave Klaba.']);
  });

  it('split inside a list item, not across items', () => {
    expect(texts('- Un. Deux\n- Trois.')).toEqual(['Un.', 'Deux', 'Trois.']);
  });

  it('a table row is one sentence even with periods in it', () => {
    expect(texts('| Fait | Valeur |\n|---|---|\n| Fondée | En 1999. Par lui. |')).toEqual(['Fait: Valeur', 'Fondée: En 1999. Par lui.']);
  });

  it('keep offsets aligned after trimming', () => {
    const article = read('Un.   Deux en 1999.');
    expect(article.sentences.map((s) => s.text)).toEqual(['Un.', 'Deux en 1999.']);
    expect(where(article, 'Deux')).toBe('1:7');
    expect(misplaced(article)).toEqual([]);
  });
});
