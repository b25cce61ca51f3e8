import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/markdown/index.js';

const ARTICLE = '---\nlang: fr\n---\n\nCyclon, fondée en 1994, emploie 2 200 salariés. 😀\n';

/** UTF-16 big-endian bytes of `text`, which Node's Buffer does not write itself. */
function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('decodeArticle', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Fondée en 1999.', 'utf8'), { text: 'Fondée en 1999.' }],
    ['a UTF-8 BOM is dropped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\nlang: fr\n---\n')]), { text: '---\nlang: fr\n---\n' }],
    ['empty', Buffer.alloc(0), { text: '' }],
    ['UTF-16 LE with its BOM', Buffer.from(`\ufeff${ARTICLE}`, 'utf16le'), { text: ARTICLE }],
    ['UTF-16 BE with its BOM', utf16be(`\ufeff${ARTICLE}`), { text: ARTICLE }],
    ['UTF-16 with only its BOM', Buffer.from([0xff, 0xfe]), { text: '' }],
    ['UTF-16 cut in the middle of a character', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), { error: 'not valid UTF-16, not read' }],
    ['UTF-16 with a lone surrogate', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]), { error: 'not valid UTF-16, not read' }],
    ['UTF-16 that holds a NUL character', Buffer.from('\ufeffa\0b', 'utf16le'), { error: 'binary file, not read' }],
    ['UTF-16 without a BOM', Buffer.from('abc', 'utf16le'), { error: 'binary file, not read' }],
    ['UTF-32 LE', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), { error: 'UTF-32 text, not read: save it as UTF-8' }],
    ['UTF-32 BE', Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41]), { error: 'UTF-32 text, not read: save it as UTF-8' }],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), { error: 'binary file, not read' }],
    ['a NUL byte', Buffer.from([0x41, 0x00, 0x42]), { error: 'binary file, not read' }],
    ['Latin-1 é', Buffer.from([0x46, 0x6f, 0x6e, 0x64, 0xe9, 0x65]), { error: 'not valid UTF-8, not read' }],
    ['a truncated sequence', Buffer.from([0x61, 0xe2, 0x82]), { error: 'not valid UTF-8, not read' }],
    ['an overlong encoding', Buffer.from([0xc0, 0xaf]), { error: 'not valid UTF-8, not read' }],
  ])('%s', (_name, buf, expected) => {
    expect(decodeArticle(buf)).toEqual(expected);
  });

  it('keeps a no-break space and astral characters', () => {
    expect(decodeArticle(Buffer.from('2\u00a0200 😀', 'utf8'))).toEqual({ text: '2\u00a0200 😀' });
  });
});
