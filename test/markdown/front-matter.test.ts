import { describe, expect, it } from 'vitest';
import { read } from './helpers.js';

const withFront = (yaml: string): string => `---\n${yaml}\n---\n\nTexte.`;

describe('front matter', () => {
  it('reads title, date, lang and about, and ignores other keys', () => {
    const article = read(withFront('title: "OVHcloud : un trimestre"\ndate: 2026-01-09\nlang: fr\nabout: [ovhcloud, scaleway]\nauthor: A. Martin\ntags: [cloud]'));
    expect(article.meta).toEqual({ title: 'OVHcloud : un trimestre', date: '2026-01-09', lang: 'fr', about: ['ovhcloud', 'scaleway'] });
    expect(article.problems).toEqual([]);
    expect(article.sentences.map((s) => s.text)).toEqual(['Texte.']);
  });

  it.each([
    ['2019', '2019'],
    ['2018-11', '2018-11'],
    ['2026-01-08', '2026-01-08'],
    ['"2026-01-08"', '2026-01-08'],
    ['2024-02-29', '2024-02-29'],
    ['2026-01-08T10:30:00Z', '2026-01-08'],
    ['2026-01-08 10:30', '2026-01-08'],
  ])('date %s reads as %s', (value, expected) => {
    const article = read(withFront(`date: ${value}`));
    expect(article.meta.date).toBe(expected);
    expect(article.problems).toEqual([]);
  });

  it.each([['fr'], ['FR'], ['fr-FR'], ['fr_CA']])('lang %s is French', (value) => {
    expect(read(withFront(`lang: ${value}`)).meta.lang).toBe('fr');
  });

  it.each([['en'], ['en-GB'], ['EN-us']])('lang %s is English', (value) => {
    expect(read(withFront(`lang: ${value}`)).meta.lang).toBe('en');
  });

  it.each([
    ['about: ovhcloud', ['ovhcloud']],
    ['about: [ovhcloud, microsoft]', ['ovhcloud', 'microsoft']],
    ['about:\n  - ovhcloud\n  - " microsoft "', ['ovhcloud', 'microsoft']],
    ['about:', []],
    ['title: x', []],
  ])('%j', (yaml, about) => {
    expect(read(withFront(yaml)).meta.about).toEqual(about);
  });

  it.each([
    ['date: 2026-13-01', '3:7', '`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not "2026-13-01"'],
    ['date: 2025-02-29', '3:7', '`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not "2025-02-29"'],
    ['date: hier', '3:7', '`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not "hier"'],
    ['date: 26', '3:7', '`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not 26'],
    ['lang: de', '3:7', '`lang` must be fr or en, not "de"'],
    ['lang: [fr]', '3:7', '`lang` must be fr or en, not ["fr"]'],
    ['about: 42', '3:8', '`about` must be an entity id or a list of entity ids'],
    ['about: [ovhcloud, {id: x}]', '3:8', '`about` must be an entity id or a list of entity ids'],
    ['title: [a, b]', '3:8', '`title` must be text'],
  ])('%s is an error at %s', (yaml, at, message) => {
    const article = read(`---\nauthor: A. Martin\n${yaml}\n---\nTexte.`);
    expect(article.problems.map((p) => `${p.line}:${p.column} ${p.level} ${p.message}`)).toEqual([`${at} error front matter: ${message}`]);
  });

  it.each([
    // YAML finds the quote missing where the text ends.
    ['an unclosed quote', 'title: "Titre\ndate: 2019', '3:11'],
    ['a bad indentation', 'title: Titre\n  date: 2019', '2:8'],
    ['a duplicate key', 'lang: fr\nlang: en', '3:1'],
    ['a tab before a key', 'title: Titre\n\tlang: fr', '3:1'],
  ])('broken YAML (%s) is an error with its place in the article', (_name, yaml, at) => {
    const article = read(`---\n${yaml}\n---\nFondée en 1999.`);
    expect(article.problems).toHaveLength(1);
    const [problem] = article.problems;
    expect(`${problem.line}:${problem.column}`).toBe(at);
    expect(problem).toMatchObject({ file: 'test.md', level: 'error' });
    expect(problem.message).toMatch(/^front matter: not valid YAML: /);
    expect(article.meta).toEqual({ about: [] });
    expect(article.sentences.map((s) => s.text)).toEqual(['Fondée en 1999.']);
  });

  it('front matter that is not a mapping is an error', () => {
    const article = read('---\n- fr\n- en\n---\nTexte.');
    expect(article.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['2:1 front matter: expected keys such as `date:` and `lang:`']);
  });

  it.each([
    ['no front matter', 'Texte.'],
    ['empty front matter', '---\n---\nTexte.'],
    ['a thematic break later on', 'Texte.\n\n---\ndate: hier\n---\n'],
    ['CRLF line endings', '---\r\nlang: en\r\n---\r\nText.'],
  ])('%s', (_name, source) => {
    const article = read(source);
    expect(article.problems).toEqual([]);
    expect(article.meta.about).toEqual([]);
  });

  const LINE_ENDINGS = [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['a lone CR', '\r'],
  ] as const;
  const lines = (eol: string, ...ls: string[]) => ls.join(eol);

  it.each(LINE_ENDINGS)('front matter with %s line endings is read', (_name, eol) => {
    const article = read(lines(eol, '---', 'title: Nordwind recrute', 'date: 2024-03-01', 'lang: fr', 'about: [nordwind]', 'author: A. Martin', '---', '', 'Nordwind emploie 120 personnes.', ''));
    expect(article.meta).toEqual({ title: 'Nordwind recrute', date: '2024-03-01', lang: 'fr', about: ['nordwind'] });
    expect(article.problems).toEqual([]);
    expect(article.sentences.map((s) => s.text)).toEqual(['Nordwind emploie 120 personnes.']);
  });

  it.each(LINE_ENDINGS)('front matter with %s line endings gives positions', (_name, eol) => {
    const fast = read(lines(eol, '---', 'title: x', 'date: hier', '---', 'Text.'));
    const full = read(lines(eol, '---', 'title: x', 'about:', '  - nordwind', 'date: hier', '---', 'Text.'));
    const broken = read(lines(eol, '---', 'title: x', '  lang: fr', '---', 'Text.'));
    expect([fast, full, broken].flatMap((a) => a.problems.map((p) => `${p.line}:${p.column} ${p.message}`))).toEqual([
      '3:7 front matter: `date` must be YYYY, YYYY-MM or YYYY-MM-DD, not "hier"',
      '5:7 front matter: `date` must be YYYY, YYYY-MM or YYYY-MM-DD, not "hier"',
      '2:8 front matter: not valid YAML: Nested mappings are not allowed in compact mappings',
    ]);
  });
});
