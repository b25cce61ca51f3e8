/**
 * Whose figure it is, asked of the clause model: the name the figure is
 * "of", "at", "chez" or "pour" right beside it; else the subject of its
 * own clause; else, by the clause's kind, the name a relative clause
 * hangs on, the name an aside follows, or the owner of the enclosing
 * clause. The candidates are scored (the subject of the figure's own
 * clause 3, a possessor beside the claim's words 2.5, an owner found in an
 * enclosing clause 2); a claim is bound only when one owner
 * clearly wins, and a part, another organisation or a name nobody
 * declared means the figure belongs to someone else.
 */
import type { ClauseMap } from './split-clauses.js';
import type { Nominal } from './nominals.js';

export interface OwnerReading {
  nominal: Nominal;
  /** How the owner was found, for explain. */
  how: string;
  score: number;
}

export interface OwnerInput {
  map: ClauseMap;
  nominals: Nominal[];
  figureStart: number;
  matchStart: number;
  matchEnd: number;
}

/** Nominals whose first token lies directly in clause c (not in a clause nested in it). */
function inClause(map: ClauseMap, nominals: Nominal[], c: number): Nominal[] {
  return nominals.filter((n) => map.at[n.start] === c);
}

/** The subject of clause c: before `before` when given; a known name beats one nobody declared ("Paris-based Acme"). */
function subjectOf(map: ClauseMap, nominals: Nominal[], c: number, before = Infinity): Nominal | undefined {
  const subjects = inClause(map, nominals, c).filter((n) => n.role === 'subject' && n.start < before);
  return subjects.find((n) => n.kind === 'entity' || n.kind === 'reference') ?? subjects.find((n) => n.kind === 'pronoun') ?? subjects[0];
}

/** The nominal that ends right before token `at` (a comma between allowed): what a relative clause or an aside speaks of. */
function headBefore(nominals: Nominal[], map: ClauseMap, at: number): Nominal | undefined {
  const end = at > 0 && map.boundary[at - 1] ? at - 1 : at;
  return nominals.find((n) => n.end === end);
}

function ownerOfClause(map: ClauseMap, nominals: Nominal[], c: number, before: number, depth: number): OwnerReading | undefined {
  if (c < 0 || depth > 8) return undefined;
  const clause = map.clauses[c];
  const subject = subjectOf(map, nominals, c, before);
  if (subject) return { nominal: subject, how: `the subject of its ${clause.kind} clause`, score: depth === 0 ? 3 : 2 };
  if (clause.continues !== undefined) return ownerOfClause(map, nominals, clause.continues, Infinity, depth + 1);
  if ((clause.kind === 'relative' || clause.kind === 'aside') && clause.start > 0) {
    const head = headBefore(nominals, map, clause.start);
    if (head) return { nominal: head, how: `the name the ${clause.kind} clause ${clause.marker ? `"${clause.marker}" ` : ''}follows`, score: 2 };
  }
  if (clause.kind === 'aside' && clause.start === 0) {
    const main = subjectOf(map, nominals, clause.parent);
    if (main) return { nominal: main, how: 'the subject the opening aside describes', score: 2 };
  }
  return ownerOfClause(map, nominals, clause.parent, clause.start, depth + 1);
}

/** The possessor beside the claim's words: "le chiffre d'affaires de X", "X's revenue", "chez X", "pour X", "at X". */
function possessorOf(map: ClauseMap, nominals: Nominal[], input: OwnerInput): Nominal | undefined {
  const c = map.at[input.figureStart];
  const near = nominals.filter((n) => n.role === 'possessor' && n.kind !== 'pronoun' && map.at[n.start] === c && n.end >= input.matchStart - 1 && n.start <= input.matchEnd + 2);
  return near.sort((a, b) => Math.abs(a.start - input.figureStart) - Math.abs(b.start - input.figureStart))[0];
}

/** The owner readings of a figure, best first; the caller judges only when the best clearly wins. */
export function ownerReadings(input: OwnerInput): OwnerReading[] {
  const { map, nominals, figureStart } = input;
  const readings: OwnerReading[] = [];
  const possessor = possessorOf(map, nominals, input);
  if (possessor) readings.push({ nominal: possessor, how: `the name the figure belongs to ("${possessor.text}")`, score: 2.5 });
  const c = map.at[figureStart];
  const own = ownerOfClause(map, nominals, c, figureStart, 0);
  if (own && own.nominal !== possessor) readings.push(own);
  // A possessor in a clause of its own is that clause's owner, whatever encloses it ("contre 9,7 milliards pour Nordwind").
  return readings.sort((a, b) => b.score - a.score);
}
