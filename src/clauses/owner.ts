/**
 * Whose figure it is, asked of the clause model: the name the figure is
 * "of", "at", "chez" or "pour" right beside it; else the subject of its
 * own clause; else, by the clause's kind, the name a relative clause
 * hangs on, the name an aside follows, or the owner of the enclosing
 * clause. The candidates are scored (the subject of the figure's own
 * clause and a possessor beside the claim's words 3, an owner found in
 * an enclosing clause 2); a claim is bound only when one owner clearly
 * wins (a subject and a possessor naming two companies leave it unbound),
 * and a part, another organisation or a name nobody declared means the
 * figure belongs to someone else.
 */
import type { ClauseMap } from './split-clauses.js';
import type { Nominal } from './nominals.js';
import type { Token } from '../text/tokenize.js';

/** Tokens a parenthesis between a name and its aside may hold: a place or a short gloss, not a sentence. */
const PARENTHESIS_WORDS = 12;

export interface OwnerReading {
  nominal: Nominal;
  /** How the owner was found, for explain. */
  how: string;
  score: number;
}

/**
 * The nominals of one sentence indexed once, so that each figure's
 * question costs a few lookups: a sentence of many figures stays linear.
 */
export class NominalIndex {
  private readonly subjects: { known?: Nominal; pronoun?: Nominal; any?: Nominal }[];
  private readonly byEnd = new Map<number, Nominal>();
  private readonly byStart = new Map<number, Nominal>();

  constructor(readonly map: ClauseMap, nominals: Nominal[], private readonly tokens: readonly Token[] = []) {
    this.subjects = map.clauses.map(() => ({}));
    for (const n of nominals) {
      this.byEnd.set(n.end, n);
      this.byStart.set(n.start, n);
      if (n.role !== 'subject') continue;
      const s = this.subjects[map.at[n.start]];
      if ((n.kind === 'entity' || n.kind === 'reference') && !s.known) s.known = n;
      if (n.kind === 'pronoun' && !s.pronoun) s.pronoun = n;
      s.any ??= n;
    }
  }

  /** The subject of clause c, before token `before`: a known name beats a pronoun, which beats a name nobody declared ("Paris-based Acme"). */
  subjectOf(c: number, before = Infinity): Nominal | undefined {
    const s = this.subjects[c];
    return [s.known, s.pronoun, s.any].find((n) => n !== undefined && n.start < before);
  }

  /**
   * The nominal that ends right before token `at` (a comma between
   * allowed): what a relative clause or an aside speaks of. A short
   * parenthesis between is stepped over: "son site de Dijon (Côte-d'Or),
   * fondé en 1900" speaks of Dijon.
   */
  headBefore(at: number): Nominal | undefined {
    const end = at > 0 && this.map.boundary[at - 1] ? at - 1 : at;
    return this.byEnd.get(end) ?? this.byEnd.get(this.openingOf(end - 1));
  }

  /** The index of the "(" that the ")" at `close` closes, looked for over a few words; -1 when there is none. */
  private openingOf(close: number): number {
    if (this.tokens[close]?.text !== ')') return -1;
    for (let k = close - 1; k >= 0 && k >= close - PARENTHESIS_WORDS; k--) {
      const text = this.tokens[k].text;
      if (text === '(') return k;
      if (text === ')') return -1;
    }
    return -1;
  }

  /**
   * The name a parenthesis opening at `at` follows, with at most two
   * lower-case words between ("Cyclon frères (", "Veloria SA ("), or none
   * when a figure, a verb's object or punctuation stands there instead.
   */
  nameRightBefore(at: number): Nominal | undefined {
    const tokens = this.tokens;
    for (let k = at, gap = 0; k > 0 && gap <= 2; k--, gap++) {
      const n = this.byEnd.get(k);
      if (n) return n;
      const t = tokens[k - 1];
      if (!t || t.kind !== 'word' || t.cap) return undefined;
    }
    return undefined;
  }

  /**
   * The possessor beside the claim's words: "le chiffre d'affaires de X",
   * "X's revenue", "chez X", "pour X", "at X"; or companies as a kind that
   * the figure describes, whatever their role, an adjective or two between:
   * "dans les sociétés commerciales de moins de 250 salariés".
   */
  possessorNear(figure: number, matchStart: number, matchEnd: number): Nominal | undefined {
    const c = this.map.at[figure];
    let best: Nominal | undefined;
    for (let k = Math.max(0, matchStart - 6); k <= matchEnd + 2; k++) {
      const n = this.byStart.get(k);
      if (!n || n.kind === 'pronoun' || this.map.at[n.start] !== c) continue;
      const beside = n.role === 'possessor' ? n.end >= matchStart - 1 : n.kind === 'class' && n.end >= matchStart - 3 && n.end <= matchStart;
      if (!beside) continue;
      // "de la filiale allemande d'Acmé", "of the German subsidiary of Acme": the name owns the part, and the part the figure.
      const head = this.byEnd.get(n.start - 1);
      const owner = head && (head.kind === 'part' || head.kind === 'other') && head.role === 'possessor' ? head : n;
      if (!best || Math.abs(owner.start - figure) < Math.abs(best.start - figure)) best = owner;
    }
    return best;
  }
}

function ownerOfClause(index: NominalIndex, c: number, before: number, depth: number): OwnerReading | undefined {
  if (c < 0 || depth > 8) return undefined;
  const clause = index.map.clauses[c];
  const subject = index.subjectOf(c, before);
  if (subject) return { nominal: subject, how: `the subject of its ${clause.kind} clause`, score: depth === 0 ? 3 : 2 };
  if (clause.continues !== undefined) return ownerOfClause(index, clause.continues, Infinity, depth + 1);
  if ((clause.kind === 'relative' || clause.kind === 'aside') && clause.start > 0) {
    const head = index.headBefore(clause.start);
    if (head) return { nominal: head, how: `the name the ${clause.kind} clause ${clause.marker ? `"${clause.marker}" ` : ''}follows`, score: 2 };
  }
  // "a racheté Veloria (fondée en 1950, 300 salariés)", "Cyclon frères (créé en 1805)": a parenthesis after a name describes that name.
  if (clause.kind === 'parenthesis' && clause.start > 0) {
    const head = index.nameRightBefore(clause.start);
    if (head) return { nominal: head, how: `the name the parenthesis follows`, score: 2 };
  }
  if (clause.kind === 'aside' && clause.start === 0) {
    const main = index.subjectOf(clause.parent);
    if (main) return { nominal: main, how: 'the subject the opening aside describes', score: 2 };
  }
  return ownerOfClause(index, clause.parent, clause.start, depth + 1);
}

/** The owner readings of a figure, best first; the caller judges only when the best clearly wins. */
export function ownerReadings(index: NominalIndex, figureStart: number, matchStart: number, matchEnd: number): OwnerReading[] {
  const readings: OwnerReading[] = [];
  // A possessor in a clause of its own is that clause's owner, whatever encloses it ("contre 9,7 milliards pour Nordwind").
  const possessor = index.possessorNear(figureStart, matchStart, matchEnd);
  if (possessor) readings.push({ nominal: possessor, how: `the name the figure belongs to ("${possessor.text}")`, score: 3 });
  const own = ownerOfClause(index, index.map.at[figureStart], figureStart, 0);
  if (own && own.nominal !== possessor) readings.push(own);
  return readings.sort((a, b) => b.score - a.score);
}
