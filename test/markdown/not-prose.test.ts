/**
 * Code, HTML, images, front matter, definitions and addresses are not
 * prose: their figures must never be read as claims, and what stands in
 * for them (U+FFFC) keeps the words on either side apart.
 */
import { describe, expect, it } from 'vitest';
import { misplaced, read, texts } from './helpers.js';

const O = '\uFFFC';

describe('never read as prose', () => {
  it.each([
    ['a fenced code block', 'Avant.\n\n```yaml\nfounded: 2001\n```\n\nAprès.', ['Avant.', 'Après.']],
    ['a tilde fence', '~~~\nfondée en 2001\n~~~', []],
    ['an indented code block', 'Avant.\n\n    fondée en 2001\n\nAprès.', ['Avant.', 'Après.']],
    ['an HTML block', '<div class="note">\nfondée en 2001\n</div>\n\nAprès.', ['Après.']],
    ['an HTML comment', '<!-- fondée en 2001 -->\n\nAprès.', ['Après.']],
    ['a link definition', '[site]: https://example.com/2001 "Fondée en 2001"\n\nAprès.', ['Après.']],
    ['front matter', '---\ntitle: Fondée en 2001\n---\nAprès.', ['Après.']],
    ['a thematic break', 'Avant.\n\n***\n\nAprès.', ['Avant.', 'Après.']],
  ])('%s', (_name, source, expected) => {
    expect(texts(source)).toEqual(expected);
  });
});

describe('inline things that are not prose become one U+FFFC', () => {
  it.each([
    ['inline code', 'la valeur `founded: 2001` et 1999', `la valeur ${O} et 1999`],
    ['inline code between words', 'mot`2001`mot', `mot${O}mot`],
    ['an image, alt and URL', 'logo ![fondée en 2001](logo-2001.png) ici', `logo ${O} ici`],
    ['an image reference', 'logo ![alt 2001][img] ici\n\n[img]: x.png', `logo ${O} ici`],
    ['inline HTML that is not styling', 'un<img src="a.png">deux et 1999<sup>1</sup>', `un${O}deux et 1999${O}1${O}`],
    ['an autolink', 'voir <https://example.com/2001> ici', `voir ${O} ici`],
    ['a bare URL', 'voir https://example.com/2001 ici', `voir ${O} ici`],
    ['a www address', 'voir www.example.com/2001 ici', `voir ${O} ici`],
    ['an e-mail address', 'écrire à presse2001@example.com ici', `écrire à ${O} ici`],
    ['a domain with a path', 'photo pic.twitter.com/eY2001x ici', `photo ${O} ici`],
    ['a well-known domain', 'sur ovhcloud.com depuis 1999', `sur ${O} depuis 1999`],
    ['a URL as link text', 'voir [https://example.com/2001](https://example.com/2001) ici', `voir ${O} ici`],
    ['a URL in parentheses keeps them', 'le site (example.org/a) et 1999.', `le site (${O}) et 1999.`],
    ['a footnote mark', 'fondée en 1999[^1] par lui.\n\n[^1]: Source.', `fondée en 1999${O} par lui.`],
  ])('%s', (_name, source, expected) => {
    const article = read(source);
    expect(article.sentences[0]?.text).toBe(expected);
    expect(misplaced(article)).toEqual([]);
  });

  it('U+FFFC points at the start of what it stands for', () => {
    const article = read('la valeur `2001` et 1999');
    const s = article.sentences[0];
    expect(s.offsets[s.text.indexOf(O)]).toBe(article.source.indexOf('`'));
  });

  it.each([
    ['a ticker', 'OVH.PA a gagné 2 %.'],
    ['a decimal', 'Le titre vaut 7,6700 EUR, soit 275.3 millions.'],
    ['a file name', 'Le fichier Node.js et le U.S. market.'],
    ['a fraction', 'Un ratio de 1/2 et 24/7.'],
    ['a handle', 'Octave Klaba (@olesovhcom) a écrit.'],
  ])('%s is kept as text', (_name, source) => {
    expect(texts(source)[0]).toBe(source);
  });
});
