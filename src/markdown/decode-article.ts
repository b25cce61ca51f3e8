/**
 * Bytes to text, refusing what is not a UTF-8 article: a binary file read
 * as prose would only produce noise, and a wrongly decoded figure could be
 * reported as a contradiction.
 */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeArticle(buf: Buffer): { text: string } | { error: string } {
  if (buf.includes(0)) return { error: 'binary file, not read' };
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    return { error: 'not valid UTF-8, not read' };
  }
  // A BOM would shift every column of the first line and hide front matter.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
