/**
 * The one wording of a contradiction, one template per kind of value, so a
 * reviewer reads it in one glance: what the article says, then what the
 * facts say, in the article's own way of writing numbers, then where the
 * fact is declared. "Founded in 2001 here, but Acme was founded in 1999
 * (facts/acme.yml:4)"; "2 800 employees here, but Acme had 2 200 in January
 * 2019 (facts/acme.yml:9)"; "Revenue of 257,3 millions d'euros for Q1
 * FY2026, but the facts say 275,3 millions d'euros (facts/acme.yml:14)".
 */
import type { Claim, Interval, Statement, ValueType } from '../types.js';

export interface Wording {
  attribute: string;
  type: ValueType;
  /** The claim's figure or name as the article writes it. */
  found: string;
  /** The fact, written the way the article writes numbers. */
  expected: string;
  /** The entity's display name. */
  entity: string;
  /** " in January 2019", " for Q1 FY2026", " in 2019", or "". */
  when: string;
  /** `facts/acme.yml:9`. */
  source: string;
}

/** Nouns for the built-in attributes; a repository's own read as their id with spaces. */
const NOUNS: Record<string, string> = { founded: 'founding year', ceo: 'chief executive', headquarters: 'headquarters', founders: 'founder' };

export function nounOf(attribute: string): string {
  return NOUNS[attribute] ?? attribute.replace(/-/g, ' ');
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message, starting with a capital whatever the article's figure starts with ("Quatre factories here..."). */
export function wordContradiction(w: Wording): string {
  return capitalized(template(w));
}

function template(w: Wording): string {
  const noun = nounOf(w.attribute);
  const tail = ` (${w.source})`;
  if (w.attribute === 'founded') return `Founded in ${w.found} here, but ${w.entity} was founded in ${w.expected}${tail}`;
  if (w.attribute === 'founders') return `${w.found} named as a founder here, but ${w.entity} was founded by ${w.expected}${tail}`;
  if (w.attribute === 'headquarters') return `Headquarters in ${w.found} here, but ${w.entity}'s are in ${w.expected}${tail}`;
  switch (w.type) {
    case 'count':
      return `${w.found} ${noun} here, but ${w.entity} had ${w.expected}${w.when}${tail}`;
    case 'money':
    case 'percent':
      return `${capitalized(noun)} of ${w.found}${w.when}, but the facts say ${w.expected}${tail}`;
    case 'person':
      return `${w.found} as ${noun} here, but ${w.entity}'s ${noun}${w.when} was ${w.expected}${tail}`;
    case 'year':
    case 'date':
    case 'place':
      return `${capitalized(noun)} ${w.found} here, but ${w.entity}'s is ${w.expected}${w.when}${tail}`;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2019` -> "2019", `2019-01` -> "January 2019", `2019-01-04` -> "4 January 2019". */
export function dateWords(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** When the fact holds, in words: the period it covers, the date it was true, or the claim's own time. */
export function whenWords(claim: Claim, statement: Statement): string {
  if (statement.period) return ` for ${statement.label ?? `${statement.period.start} to ${statement.period.end}`}`;
  if (statement.asOf) return ` in ${dateWords(statement.asOf)}`;
  if (statement.from || statement.until) {
    const span = claim.time.span;
    return span ? spanWords(span) : ' now';
  }
  return '';
}

/** A whole year, a whole month or a day, as " in 2019", " in July 2019", " on 4 July 2019". */
function spanWords({ start, end }: Interval): string {
  if (start === end) return ` on ${dateWords(start)}`;
  if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return ` in ${start.slice(0, 4)}`;
  if (start.endsWith('-01') && end.slice(0, 7) === start.slice(0, 7)) return ` in ${dateWords(start.slice(0, 7))}`;
  return ` from ${dateWords(start)} to ${dateWords(end)}`;
}
