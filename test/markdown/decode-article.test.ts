import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/markdown/index.js';

describe('decodeArticle', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Fondée en 1999.', 'utf8'), { text: 'Fondée en 1999.' }],
    ['a BOM is stripped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\nlang: fr\n---\n')]), { text: '---\nlang: fr\n---\n' }],
    ['empty', Buffer.alloc(0), { text: '' }],
    ['a NUL byte', Buffer.from([0x41, 0x00, 0x42]), { error: 'binary file, not read' }],
    ['UTF-16 with its BOM', Buffer.from('\ufeffabc', 'utf16le'), { error: 'binary file, not read' }],
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
