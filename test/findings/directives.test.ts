import { describe, expect, test } from 'vitest';
import { scanDirectives } from '../../src/findings/directives.js';

/** `kind attributes @ line:column` of each directive found, lines and columns 1-based. */
function found(source: string): string[] {
  const { directives } = scanDirectives(source);
  return directives.map((d) => {
    const before = source.slice(0, d.start);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = d.start - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return `${d.kind}${d.attributes.length ? ` ${d.attributes.join(',')}` : ''} @ ${line}:${column}`;
  });
}

describe('scanDirectives', () => {
  test.each<[string, string, string[]]>([
    ['a comment on its own line', '<!-- factlint-disable-next-line -->\nText.\n', ['disable-next-line @ 1:1']],
    ['attributes, separated by spaces or commas', '<!-- factlint-disable founded,  employees ceo -->\n', ['disable founded,employees,ceo @ 1:1']],
    ['no spaces inside the comment', '<!--factlint-enable-->\n', ['enable @ 1:1']],
    ['a comment inside a paragraph', 'Acme, founded in 2001 <!-- factlint-disable founded --> and so on.\n', ['disable founded @ 1:23']],
    ['a comment over several lines', 'Intro.\n\n<!--\n  factlint-disable-next-line\n  founded\n-->\nText.\n', ['disable-next-line founded @ 3:1']],
    ['several on one line', '<!-- factlint-disable --> x <!-- factlint-enable -->\n', ['disable @ 1:1', 'enable @ 1:29']],
    ['CRLF line ends', 'a\r\n\r\n<!-- factlint-enable -->\r\n', ['enable @ 3:1']],
    ['in a list item', '- one\n\n    <!-- factlint-disable-next-line -->\n    two\n', ['disable-next-line @ 3:5']],
    ['in a blockquote', '> <!-- factlint-disable -->\n> quoted\n', ['disable @ 1:3']],
    ['after a closed fence', '```\n<!-- factlint-disable -->\n```\n<!-- factlint-enable -->\n', ['enable @ 4:1']],
    ['not a directive: another word', '<!-- factlint is great -->\n<!-- disable -->\n', []],
    ['not a directive: a longer keyword', '<!-- factlint-disabled -->\n', []],
  ])('%s', (_, source, expected) => {
    expect(found(source)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['front matter', '---\nnote: "<!-- factlint-disable -->"\n---\n\nText.\n'],
    ['a backtick fence', '```md\n<!-- factlint-disable -->\n```\n'],
    ['a tilde fence, not closed by backticks', '~~~\n<!-- factlint-disable -->\n```\n<!-- factlint-enable -->\n~~~\n'],
    ['a longer fence, not closed by a shorter one', '````\n```\n<!-- factlint-disable -->\n````\n'],
    ['a fence in a blockquote', '> ```\n> <!-- factlint-disable -->\n> ```\n'],
    ['a fence never closed', 'Text.\n\n```\n<!-- factlint-disable -->\n'],
    ['an indented code block', 'Text.\n\n    <!-- factlint-disable -->\n'],
    ['inline code', 'Write `<!-- factlint-disable -->` before the paragraph.\n'],
    ['inline code with double backticks', 'Write ``a ` <!-- factlint-disable -->`` here.\n'],
    ['an HTML comment that is not closed', 'Text <!-- factlint-disable\n'],
  ])('ignores a directive in %s', (_, source) => {
    expect(found(source)).toEqual([]);
  });

  test('an unmatched backtick is text, not the start of code', () => {
    expect(found('A ` alone <!-- factlint-enable -->\n')).toEqual(['enable @ 1:11']);
  });

  test('an unknown factlint- directive is an issue at its place', () => {
    expect(scanDirectives('x\n<!-- factlint-disable-lines founded -->\n').issues).toEqual([
      { start: 2, message: 'unknown directive "factlint-disable-lines": expected factlint-disable-next-line, factlint-disable-line, factlint-disable-file, factlint-disable or factlint-enable' },
    ]);
  });

  test.each<[string, (n: number) => string]>([
    ['unclosed comments', (n) => '<!-- factlint-'.repeat(n)],
    ['unmatched backtick runs of every length', (n) => `factlint- ${Array.from({ length: Math.sqrt(n) }, (_, i) => '`'.repeat(i + 1)).join(' x ')}`],
    ['many fences', (n) => 'factlint-\n' + '```\n<!-- factlint-disable -->\n'.repeat(n / 10)],
    ['one comment per line', (n) => '<!-- factlint-enable -->\n'.repeat(n / 10)],
  ])('stays linear on %s', (_, make) => {
    // The best of three runs, so that a pause of a busy machine is not taken for the scan's cost.
    const time = (n: number) => {
      const source = make(n);
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const start = performance.now();
        scanDirectives(source);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(20_000);
    const small = Math.max(time(50_000), 1);
    const large = time(400_000);
    expect(large / small).toBeLessThan(30);
  });
});
