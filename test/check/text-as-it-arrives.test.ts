/**
 * Text as editors, CMSs and keyboards save it: other encodings, line
 * endings, decomposed accents, invisible characters, other digits and
 * lookalike letters. Each gives the findings of the plain text, at the
 * line and column of the figure in the file as it is on disk.
 */
import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = 'entity: veloria\nname: Véloria\naliases: [Veloria SA]\nfacts:\n  founded: 1987\n  employees:\n    - value: 1450\n      asOf: 2023-12\n';
const RULES = builtinSources();

function run(article: string | Buffer, config?: string) {
  const files = new Map<string, string | Buffer>([['facts/veloria.yml', FACTS], ['a.md', article]]);
  if (config) files.set('.factlint.yml', config);
  const result = check({ cwd: '.', host: memoryHost(files), builtinRules: RULES });
  return {
    findings: result.findings.map(({ line, column, endLine, endColumn, attribute, entity, found, expected, severity }) => ({ line, column, endLine, endColumn, attribute, entity, found, expected, severity })),
    problems: result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
  };
}

const FRONT = '---\nlang: fr\ndate: 2024-01\n---\n\n';
const article = (sentence: string) => `${FRONT}${sentence}\n`;
const PLAIN = 'Véloria, fondée en 1990, emploie 2 200 salariés.';

/** A finding on line 6, the sentence's line. */
const at = (column: number, endColumn: number, attribute: string, found: string, expected: string, severity = 'error') => ({
  line: 6, column, endLine: 6, endColumn, attribute, entity: 'veloria', found, expected, severity,
});
const founded = (column: number, endColumn: number, found = '1990') => at(column, endColumn, 'founded', found, '1987');
const employees = (column: number, endColumn: number, found = '2 200') => at(column, endColumn, 'employees', found, '1450');

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('text as it arrives gives the findings of the plain text, at the right places', () => {
  test.each([
    ['UTF-8', article(PLAIN), [founded(20, 24), employees(34, 39)]],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article(PLAIN))]), [founded(20, 24), employees(34, 39)]],
    ['UTF-16 LE with a BOM', Buffer.from(`\ufeff${article(PLAIN)}`, 'utf16le'), [founded(20, 24), employees(34, 39)]],
    ['UTF-16 BE with a BOM', utf16be(`\ufeff${article(PLAIN)}`), [founded(20, 24), employees(34, 39)]],
    ['CRLF line endings', article(PLAIN).replace(/\n/g, '\r\n'), [founded(20, 24), employees(34, 39)]],
    ['lone CR line endings', article(PLAIN).replace(/\n/g, '\r'), [founded(20, 24), employees(34, 39)]],
    ['the whole article in NFD', article(PLAIN).normalize('NFD'), [founded(22, 26), employees(36, 41)]],
    ['a zero-width joiner inside a figure', article('Véloria, fondée en 1990, emploie 2\u200d200 salariés.'), [founded(20, 24), employees(34, 39, '2200')]],
    ['a zero-width joiner after a group space', article('Véloria, fondée en 1990, emploie 2 \u200d200 salariés.'), [founded(20, 24), employees(34, 40)]],
    ['a zero-width space inside a year', article('Véloria, fondée en 19\u200b90, emploie 2 200 salariés.'), [founded(20, 25), employees(35, 40)]],
    ['a soft hyphen inside the name', article('Vé\u00adloria, fondée en 1990, emploie 2 200 salariés.'), [founded(21, 25), employees(35, 40)]],
    ['a word joiner inside the name', article('Vélo\u2060ria, fondée en 1990, emploie 2 200 salariés.'), [founded(21, 25), employees(35, 40)]],
    ['bidi controls around and inside a year', article('Véloria, fondée en \u2066199\u200e0\u2069, emploie 2 200 salariés.'), [founded(21, 26), employees(37, 42)]],
    ['fullwidth digits', article('Véloria, fondée en １９９０, emploie ２ ２００ salariés.'), [founded(20, 24), employees(34, 39)]],
    ['mathematical digits', article('Véloria, fondée en 𝟏𝟗𝟗𝟎, emploie 2 200 salariés.'), [founded(20, 28), employees(38, 43)]],
    [
      'a Cyrillic letter in the name',
      article('Vélоria, fondée en 1990, emploie 2 200 salariés.'),
      [at(1, 8, 'confusable-name', 'Vélоria', 'Véloria', 'warning'), founded(20, 24), employees(34, 39)],
    ],
    [
      'a Greek capital in an alias',
      article('Veloria SΑ, fondée en 1990, emploie 2 200 salariés.'),
      [at(1, 11, 'confusable-name', 'Veloria SΑ', 'Veloria SA', 'warning'), founded(23, 27), employees(37, 42)],
    ],
  ])('%s', (_name, source, expected) => {
    expect(run(source)).toEqual({ findings: expected, problems: [] });
  });

  test.each([
    ['Vélоria, fondée en 1990.', 'Vélоria looks like Véloria, written with a Cyrillic letter', 'Véloria'],
    ['VΕLΟRIA, fondée en 1990.', 'VΕLΟRIA looks like Véloria, written with 2 Greek letters', 'VELORIA'],
    ['Vеlοria, fondée en 1990.', 'Vеlοria looks like Véloria, written with Cyrillic and Greek letters', 'Veloria'],
  ])('%s is flagged: "%s"', (sentence, message, suggestion) => {
    const files = new Map<string, string | Buffer>([['facts/veloria.yml', FACTS], ['a.md', article(sentence)]]);
    const [finding] = check({ cwd: '.', host: memoryHost(files), builtinRules: RULES }).findings;
    expect(finding).toMatchObject({ attribute: 'confusable-name', severity: 'warning', message, suggestion, factSource: 'facts/veloria.yml:1' });
  });

  test('a name in another alphabet that looks like nothing declared is not flagged', () => {
    expect(run(article('Сергей Иванов, fondateur de Véloria en 1987.'))).toEqual({ findings: [], problems: [] });
  });

  test('a name the facts write in another alphabet is matched, not flagged', () => {
    const files = new Map<string, string | Buffer>([
      ['facts/veloria.yml', FACTS],
      ['facts/sever.yml', 'entity: sever\nname: Север Энерго\nfacts:\n  founded: 1961\n'],
      ['a.md', article('Север Энерго, fondée en 1990, produit de l’électricité.')],
    ]);
    const { findings } = check({ cwd: '.', host: memoryHost(files), builtinRules: RULES });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.attribute} ${f.entity} ${f.found}`)).toEqual(['6:25 founded sever 1990']);
  });

  test('`severity:` in .factlint.yml sets the severity of confusable-name', () => {
    const { findings, problems } = run(article('Vélоria, fondée en 1987.'), 'severity:\n  confusable-name: error\n');
    expect(problems).toEqual([]);
    expect(findings).toEqual([at(1, 8, 'confusable-name', 'Vélоria', 'Véloria', 'error')]);
  });

  test('a title with decomposed accents still names the article\'s subject', () => {
    const source = `---\nlang: fr\ndate: 2024-01\ntitle: Ve\u0301loria recrute\n---\n\nLa société, fondée en 1990, recrute.\n`;
    expect(run(source).findings).toEqual([{ ...founded(23, 27), line: 7, endLine: 7 }]);
  });

  test('a binary file is still refused, with a message that says so', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(run(png)).toEqual({ findings: [], problems: ['a.md:1:1: binary file, not read'] });
  });
});

describe('nested lists', () => {
  test('a forty-item list nested four levels deep keeps all forty findings', () => {
    const items = Array.from({ length: 40 }, (_, i) => `${' '.repeat((i % 4) * 2)}- Véloria, fondée en ${1900 + i}, se développe.`);
    const { findings, problems } = run(`${FRONT}${items.join('\n')}\n`);
    expect(problems).toEqual([]);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.found}`)).toEqual(items.map((_, i) => `${i + 6}:${(i % 4) * 2 + 22} ${1900 + i}`));
  });
});
