/**
 * Companies spoken of as a kind, not as one company: "les petites et
 * moyennes entreprises", "des start-up", "274 grandes entreprises", "these
 * companies", "une moyenne entreprise", "Elles" after them. News prose
 * gives such rules and statistics beside its story ("les PME emploient
 * moins de 250 salariés"); a figure they own is never the article's
 * company's, whatever the article is about.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/index.js';

/** Lower-case words a class phrase may hold between its determiner and its noun: "les petites et moyennes entreprises". */
const MODIFIERS = 3;

/**
 * The end of a class phrase starting at k, or 0. It opens with a plural
 * determiner or a count ("les", "ces", "de nombreuses", "274", "most");
 * with an indefinite one at the start of the sentence, or of a clause
 * after a lower-case word and a comma ("une entreprise doit", "Pour être
 * rentable, une start-up doit"); or with the reader's, anywhere ("votre
 * société", "your company"). It ends on a noun of the pack's
 * `classNouns` (after an indefinite or the reader's, a reference noun
 * too). A name right after it owns the figure instead: "les sociétés
 * Acme et Nordwind". `isModifier` says which words may stand between:
 * not a claim's words.
 */
export function classPhraseEnd(tokens: readonly Token[], k: number, pack: LanguagePack, isModifier: (i: number) => boolean): number {
  const t = tokens[k];
  const plural = pack.classDeterminers.has(t.norm) || t.kind === 'num';
  // "votre société", "your company": the reader's, whoever they are.
  const indefinite = !plural && ((pack.indefinites.has(t.norm) && opensClause(tokens, k)) || pack.readerPossessives.has(t.norm));
  if (!plural && !indefinite) return 0;
  for (let at = k + 1, words = 0; words <= MODIFIERS && at < tokens.length; words++) {
    const { norm, end } = wordAt(tokens, at);
    if (pack.classNouns.has(norm) || (indefinite && pack.referenceNouns.has(norm))) return nameFollows(tokens, end) ? 0 : end;
    if (tokens[at].kind !== 'word' || tokens[at].cap || !isModifier(at)) return 0;
    at = end;
  }
  return 0;
}

/** The word at `at`, hyphenated words joined ("start-up", "mid-sized"), and the index after it. */
function wordAt(tokens: readonly Token[], at: number): { norm: string; end: number } {
  let norm = tokens[at].norm;
  let end = at + 1;
  while (tokens[end]?.text === '-' && !tokens[end].spaced && tokens[end + 1]?.kind === 'word' && !tokens[end + 1].spaced) {
    norm += '-' + tokens[end + 1].norm;
    end += 2;
  }
  return { norm, end };
}

/** At the sentence's start, or after a comma that closes an opening phrase ending on a lower-case word. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  const before = tokens[k - 2];
  return tokens[k - 1].text === ',' && before !== undefined && before.kind === 'word' && !before.cap;
}

function nameFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  return next !== undefined && next.kind === 'word' && next.cap;
}
