/**
 * Names written with a letter of another alphabet that passes for a Latin
 * one ("Аcmé" with a Cyrillic А). The claim around such a name is read as
 * about the entity, since a reader reads it so; the name itself is a
 * `confusable-name` warning, since a search, a link or a spell checker
 * will not find it, and it is how a lookalike name is slipped past review.
 */
import { CONFUSABLE_NAME, type Entity, type Finding, type Sentence, type Severity } from '../types.js';
import type { AliasIndex } from '../entities/alias-index.js';
import { sourceEnd, sourceStart } from '../markdown/sentence-offsets.js';
import { hasLookalike, lookalikeOf } from '../text/confusables.js';
import { foldText } from '../text/fold.js';
import type { PositionAt } from './to-finding.js';
import { docsUrl } from './docs-url.js';

export interface ConfusableContext {
  file: string;
  aliases: AliasIndex;
  entities: Map<string, Entity>;
  where: PositionAt;
  /** `severity: { confusable-name: ... }` in .factlint.yml; a warning otherwise, and none at all when `off`. */
  severity?: Severity | 'off';
}

export function confusableNames(sentences: readonly Sentence[], ctx: ConfusableContext): Finding[] {
  const findings: Finding[] = [];
  if (ctx.severity === 'off') return findings;
  for (const sentence of sentences) {
    const { text } = sentence;
    if (!hasLookalike(text)) continue;
    for (const hit of ctx.aliases.find(foldText(text))) {
      // A name the facts themselves write in that alphabet ("Сбер") is not a lookalike of anything.
      if (!hasLookalike(text, hit.start, hit.end) || hasLookalike(hit.alias)) continue;
      const written = text.slice(hit.start, hit.end);
      const start = ctx.where(sourceStart(sentence, hit.start));
      const end = ctx.where(sourceEnd(sentence, hit.end - 1));
      const entity = ctx.entities.get(hit.entity);
      findings.push({
        file: ctx.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        attribute: CONFUSABLE_NAME,
        ruleId: CONFUSABLE_NAME,
        kind: 'confusable-name',
        url: docsUrl('confusable-name', CONFUSABLE_NAME),
        entity: hit.entity,
        severity: ctx.severity ?? 'warning',
        found: written,
        expected: hit.alias,
        message: `${written} looks like ${hit.alias}, written with ${lettersOf(written)}`,
        factSource: entity ? `${entity.declaredAt.file}:${entity.declaredAt.line}` : '',
        suggestion: latinized(written),
      });
    }
  }
  return findings;
}

/** "a Cyrillic letter", "2 Greek letters", "Cyrillic and Greek letters". */
function lettersOf(written: string): string {
  const scripts = new Map<string, number>();
  for (let i = 0; i < written.length; i++) {
    const script = lookalikeOf(written.charCodeAt(i))?.script;
    if (script) scripts.set(script, (scripts.get(script) ?? 0) + 1);
  }
  const names = [...scripts.keys()];
  if (names.length > 1) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} letters`;
  const count = scripts.get(names[0]) ?? 0;
  return count === 1 ? `a ${names[0]} letter` : `${count} ${names[0]} letters`;
}

/** The name with each lookalike replaced by the Latin letter it passes for, in the same case. */
function latinized(written: string): string {
  let out = '';
  for (const ch of written) {
    const latin = lookalikeOf(ch.charCodeAt(0))?.latin;
    out += latin === undefined ? ch : ch === ch.toLowerCase() ? latin : latin.toUpperCase();
  }
  return out;
}
