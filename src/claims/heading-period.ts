/**
 * The period a section speaks of. A revenue figure (any figure the facts
 * give by period) whose sentence names no
 * period takes the one named by the nearest heading above it ("## Q3 2024
 * results", "## Résultats du premier semestre 2024"), else by the
 * article's title (front matter `title`, else its first H1); with none, it
 * stays unjudged. A subsection's heading that names no period keeps its
 * section's.
 */
import type { Claim, ClaimTime, Sentence } from '../types.js';
import { foldText } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { claimTime, timeMentions, type Mention } from './time.js';

/** The period a heading or title names, or undefined: a quarter, a half, a (fiscal) year, or a whole calendar year. */
export function periodNamed(text: string, articleDate: string | undefined): ClaimTime | undefined {
  const tokens = tokenize(text, foldText(text));
  return periodOfMentions(tokens, timeMentions(tokens, () => false, articleDate), articleDate);
}

/** The period named by a heading already tokenized, with its time mentions: for a caller that needs them too. */
export function periodOfMentions(tokens: Token[], mentions: Mention[], articleDate: string | undefined): ClaimTime | undefined {
  if (mentions.length === 0) return undefined;
  const time = claimTime(tokens, mentions, tokens.length, tokens.length, articleDate);
  if (time.source !== 'sentence') return undefined;
  const wholeYear = time.span && time.span.start.endsWith('-01-01') && time.span.end.endsWith('-12-31');
  if (!time.periodKind && !time.periodEnd && !wholeYear) return undefined;
  return { ...time, source: 'heading' };
}

/** The claim with its section's period, for a flow figure whose own sentence names none to be compared by. */
export function withSectionPeriod(claim: Claim, period: ClaimTime | undefined, articleDate: string | undefined): Claim {
  if (!period || claim.time.source === 'sentence') return claim;
  // A sentence that names a time, even one another figure took, is not a sentence that names none.
  const text = claim.sentence.text;
  if (timeMentions(tokenize(text, foldText(text)), () => false, articleDate).length > 0) return claim;
  return { ...claim, sectionTime: { ...period, text: `${period.text} (heading)` } };
}

/** Depth of the ATX heading at `offset` in `source` ("## ..." is 2); a setext heading counts as 2. */
export function depthAt(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const hashes = /^ {0,3}(#{1,6})/.exec(source.slice(lineStart, lineStart + 10))?.[1];
  return hashes ? hashes.length : 2;
}

/**
 * Walks an article's sentences in order and says, for each, the period of
 * its section: the innermost heading above it that names one, else the title's.
 */
export function sectionPeriods(sentences: Sentence[], source: string, title: string | undefined, articleDate: string | undefined): (ClaimTime | undefined)[] {
  const stack: { depth: number; block: number; period?: ClaimTime }[] = [];
  let titlePeriod = title ? periodNamed(title, articleDate) : undefined;
  let titleSeen = title !== undefined;
  return sentences.map((s) => {
    if (s.block === 'heading') {
      const top = stack[stack.length - 1];
      if (top && top.block === s.blockIndex) top.period ??= periodNamed(s.text, articleDate);
      else {
        const depth = depthAt(source, s.offsets[0]);
        while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
        const period = periodNamed(s.text, articleDate);
        stack.push({ depth, block: s.blockIndex, period });
        if (!titleSeen && depth === 1) {
          titleSeen = true;
          titlePeriod = period;
        }
      }
      return undefined;
    }
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].period) return stack[k].period;
    return titlePeriod;
  });
}
