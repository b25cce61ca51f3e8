/**
 * A profile's label list gives people with their role in parentheses:
 * "Direction : Jean Dupont (directeur général)", "Management: Jane Roe
 * (CEO), John Doe (CFO)". The label says little ("Direction" is the whole
 * management); the role says which attribute, so each "Name (role)" is
 * read as "role : Name", by the rules' own label patterns. Only a role that
 * is the whole parenthesis counts ("(ex-PDG)", "(PDG de Cyclon)" and
 * "(CEO until 2021)" are not read), and only in a line that opens with a
 * plain label.
 */
import type { Claim, Sentence } from '../types.js';
import { foldText } from '../text/fold.js';
import { labelSentence } from './table-sentence.js';

/** Longer than a label list's line: not read, so each name's search stays within a short line. */
const MAX_LINE = 1000;
/** "Direction :", "**Management**:": a short label of lower-case words after its first, then a colon. */
const LABEL = /^\s*\p{Lu}[\p{Ll}'’ -]{1,40}\s*:\s*/u;
/** A name and its role: capitalised words, initials and particles, then a parenthesis of a few words without figures. */
const ENTRY = /(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|des|van|der|von|di|da|le|la)\s+)*\p{Lu}[\p{L}'’.-]*)*)\s*\(([^()\d]{2,60})\)/gu;

export function roleClaims(sentence: Sentence, read: (sentence: Sentence) => Claim[]): Claim[] {
  const text = sentence.text;
  if (text.length > MAX_LINE || !text.includes('(')) return [];
  const label = LABEL.exec(text);
  if (!label) return [];
  const claims: Claim[] = [];
  for (const m of text.slice(label[0].length).matchAll(ENTRY)) {
    const nameAt = label[0].length + m.index;
    const roleAt = nameAt + m[0].indexOf('(') + 1;
    const role = slice(sentence, roleAt, roleAt + m[2].length);
    const name = slice(sentence, nameAt, nameAt + m[1].length);
    const built = labelSentence(role, name, undefined, sentence);
    const whole = squeeze(m[2]);
    for (const claim of read(built.sentence)) {
      if (built.inValue(claim.start) && squeeze(claim.matchedText).startsWith(whole)) claims.push(claim);
    }
  }
  return claims;
}

function slice(sentence: Sentence, from: number, to: number) {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(sentence.text[start])) start++;
  while (end > start && /\s/.test(sentence.text[end - 1])) end--;
  return {
    text: sentence.text.slice(start, end),
    offsets: Int32Array.from(sentence.offsets.slice(start, end)),
    ends: sentence.ends ? Int32Array.from(sentence.ends.slice(start, end)) : undefined,
  };
}

function squeeze(text: string): string {
  return foldText(text).replace(/[\s'’-]+/g, '');
}
