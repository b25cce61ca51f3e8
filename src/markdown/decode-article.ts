/**
 * Bytes to text. An article is UTF-8, or UTF-16 that says so with its byte
 * order mark (as Windows editors save "Unicode" text); anything else is
 * refused with a message that says why: a binary file read as prose would
 * only produce noise, and a wrongly decoded figure could be reported as a
 * contradiction. The BOM itself is dropped, since it would shift every
 * column of the first line and hide the front matter.
 */

type Decoded = { text: string } | { error: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true });

export function decodeArticle(buf: Buffer): Decoded {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x0000feff) return { error: 'UTF-32 text, not read: save it as UTF-8' };
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x0000feff) return { error: 'UTF-32 text, not read: save it as UTF-8' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return decodeWith(UTF16LE, buf, 'UTF-16');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return decodeWith(UTF16BE, buf, 'UTF-16');
  if (buf.includes(0)) return { error: 'binary file, not read' };
  const decoded = decodeWith(UTF8, buf, 'UTF-8');
  if ('error' in decoded) return decoded;
  return { text: decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text };
}

/** A text that decodes but holds a NUL character is still a binary file. */
function decodeWith(decoder: { decode(input: Uint8Array): string }, buf: Buffer, name: string): Decoded {
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    return { error: `not valid ${name}, not read` };
  }
  return text.includes('\0') ? { error: 'binary file, not read' } : { text };
}
