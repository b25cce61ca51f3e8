/**
 * Words that turn a figure into something other than a statement of fact:
 * a negation ("n'a pas été fondée en 2001"), a target or forecast
 * ("objectif de 2 milliards", "€2 billion revenue target"), a conditional
 * or a rumour ("emploierait", "reportedly"), or a former role ("l'ancien
 * PDG"). Precision first: such figures are read but never judged.
 */
import type { Lang, ValueType } from '../types.js';
import type { Token } from '../text/tokenize.js';

const NEGATIONS: Record<Lang, Set<string>> = {
  fr: new Set(['pas', 'jamais', 'aucun', 'aucune', 'nullement', 'guere']),
  en: new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor']),
};
const TARGETS: Record<Lang, Set<string>> = {
  fr: new Set(['objectif', 'objectifs', 'cible', 'cibles', 'vise', 'visent', 'viser', 'visait', 'prevoit', 'prevoient', 'prevision',
    'previsions', 'ambition', 'ambitionne', 'espere', 'esperent', 'projette', 'anticipe', 'horizon', 'prevoyait', 'prevoyaient', 'visaient',
    'ambitionnait', 'projetait', 'anticipait', 'esperait']),
  en: new Set(['target', 'targets', 'targeted', 'targeting', 'aim', 'aims', 'aiming', 'goal', 'goals', 'expects', 'expect', 'expected',
    'forecast', 'forecasts', 'projected', 'guidance', 'outlook', 'ambition', 'hopes', 'plans', 'planned', 'planning', 'plan', 'aimed', 'intends',
    'intended', 'expecting', 'hoped', 'targeted']),
};
/** Rumours, and the words that open a condition ("si", "if"), deny what follows ("dément", "denied") or speak of the future ("will"): none states a fact. */
const CONDITIONALS: Record<Lang, Set<string>> = {
  fr: new Set(['rumeur', 'rumeurs', 'pretendument', 'supposement', 'si', 'dement', 'dementi', 'dementent', 'conteste', 'nie', 'nient']),
  en: new Set(['would', 'could', 'might', 'reportedly', 'allegedly', 'rumoured', 'rumored', 'rumour', 'rumours', 'rumor', 'rumors', 'supposedly',
    'if', 'unless', 'denied', 'denies', 'deny', 'denying', 'disputed', 'disputes', 'will', 'shall']),
};
const NOT_CONDITIONAL = new Set(['portrait', 'retrait', 'attrait', 'extrait', 'trait', 'abstrait', 'distrait', 'soustrait']);
const FORMER: Record<Lang, Set<string>> = {
  fr: new Set(['ancien', 'ancienne', 'ex', 'precedent', 'precedente', 'futur', 'future', 'prochain', 'prochaine', 'remplace', 'succede', 'limoge',
    'evince', 'demis', 'revoque', 'sortant', 'sortante']),
  en: new Set(['former', 'ex', 'previous', 'future', 'next', 'incoming', 'outgoing', 'removed', 'ousted', 'fired', 'dismissed', 'replaced', 'replaces',
    'succeeded', 'succeeds']),
};
/** "dont 1 700 en France", "including 300 in Paris": a part of a figure, not the whole. */
const PARTS: Record<Lang, string[][]> = { fr: [['dont']], en: [['including'], ['of', 'which'], ['of', 'whom']] };
/** Words that make a headcount a change, not a total: "a recruté 300 salariés" ("recruté" folds to "recrute"), "added 300 employees". */
const CHANGES: Record<Lang, Set<string>> = {
  fr: new Set(['recrute', 'recrutent', 'recrutera', 'recruter', 'embauche', 'embauchent', 'embaucher', 'supprime', 'suppriment', 'supprimer',
    'licencie', 'licencient', 'licencier', 'ajoute', 'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul']),
  en: new Set(['hired', 'hires', 'hire', 'hiring', 'recruited', 'recruits', 'recruit', 'added', 'adds', 'add', 'cut', 'cuts', 'cutting', 'laid',
    'lay', 'shed', 'sheds', 'increase', 'decrease', 'rise', 'fall', 'growth', 'drop']),
};

/** Verbs of change that, with "de" / "by" right before a figure, make it the size of a change ("a progressé de 20 millions", "rose by €20 million"). */
const MOVES: Record<Lang, Set<string>> = {
  fr: new Set(['progresse', 'augmente', 'hausse', 'baisse', 'recule', 'croit', 'bondi', 'chute', 'diminue', 'gagne', 'perdu', 'accru', 'grimpe', 'recul']),
  en: new Set(['rose', 'grew', 'increased', 'fell', 'decreased', 'jumped', 'dropped', 'gained', 'lost', 'up', 'down', 'rise', 'growth', 'increase', 'decline', 'declined']),
};

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '«', '»', '"', '“', '”', '—', '–', '\uFFFC']);
const LOOKBACK = 8;
const LOOKAHEAD = 2;
/** Words that end the phrase after a figure: what follows them is another clause ("... salariés et vise ..."). */
const PHRASE_ENDS = new Set(['et', 'ou', 'mais', 'and', 'or', 'but', 'while', 'alors', 'tandis']);

/** Token index where the clause holding token `i` begins (bounded, so the scan stays linear). */
function clauseStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && i - k < LOOKBACK && !CLAUSE_BREAKS.has(tokens[k - 1].text)) k--;
  return k;
}

const COMPARATIVES = new Set(['moins', 'plus', 'less', 'fewer', 'more']);

/** "n'emploie plus 3 000 personnes": "ne ... plus" without "de" is "no longer" ("ne ... que" is not a negation). */
function noLonger(before: Token[]): Token | undefined {
  if (!before.some((t) => t.norm === 'ne' || t.norm === "n'")) return undefined;
  return before.find((t, k) => t.norm === 'plus' && !['de', "d'"].includes(before[k + 1]?.norm ?? ''));
}

function isFrenchConditional(norm: string): boolean {
  return /(?:rait|raient)$/.test(norm) && !NOT_CONDITIONAL.has(norm) && norm.length > 5;
}

/** Nouns and past tenses that end like a French future ("opéra", "caméra"). */
const NOT_FUTURE = new Set(['opera', 'camera', 'chimera', 'lira', 'tiara', 'sierra', 'hydra', 'extra', 'ultra', 'supra', 'contra', 'cathedra', 'ere']);
const FUTURE_IRREGULAR = new Set(['sera', 'seront', 'fera', 'feront', 'ira', 'iront', 'aura', 'auront', 'pourra', 'pourront', 'devra', 'devront',
  'verra', 'verront', 'saura', 'sauront', 'voudra', 'faudra', 'vaudra']);

/** "comptera", "emploiera", "atteindra", "sera": a French future speaks of what is not yet. */
function isFrenchFuture(t: Token): boolean {
  if (t.cap || t.kind !== 'word' || NOT_FUTURE.has(t.norm)) return false;
  return FUTURE_IRREGULAR.has(t.norm) || (t.norm.length > 5 && /(?:era|eront|ira|iront|dra|dront)$/.test(t.norm));
}

export interface HedgeInput {
  tokens: Token[];
  lang: Lang;
  type: ValueType;
  matchStart: number;
  figureStart: number;
  figureEnd: number;
  /** Token after the whole match: a target word right after it still hedges ("€2 billion revenue target"). */
  matchEnd: number;
  /** Tokens that are entity names, which never make a figure local ("2 200 salariés chez OVH"). */
  isAlias?: (token: number) => boolean;
  /** Why the whole sentence states nothing (a rumour, a question), computed once per sentence. */
  whole?: string;
}

/** Why the figure is not a claim of fact, or undefined when it is one. */
/**
 * What makes a whole sentence no statement of fact, once per sentence: a
 * rumour word anywhere ("selon des rumeurs", "rumoured"), or a question
 * ("Acmé emploie-t-elle 3 000 salariés ?").
 */
export function sentenceHedge(tokens: Token[]): string | undefined {
  const rumour = tokens.find((t) => t.norm.startsWith('rum') && (CONDITIONALS.fr.has(t.norm) || CONDITIONALS.en.has(t.norm)));
  if (rumour) return `conditional or rumour ("${rumour.text}")`;
  return tokens[tokens.length - 1]?.text === '?' ? 'a question, not a statement' : undefined;
}

/** Words that place a headcount somewhere: "1 700 salariés en France", "300 employees in Europe". */
const PLACED = new Set(['en', 'in', 'au', 'aux', 'a', 'across']);

/** Nouns of one site: "400 people at its Lyon plant" name a part of the whole ("dans ses trois usines" may be all of them). */
const SITE_WORDS = new Set(['plant', 'site', 'factory', 'campus', 'office', 'usine', 'bureau']);
const SITE_PREPS = new Set(['at', 'on', 'sur', 'dans']);
const SITE_OWNERS = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** A count followed by a place or a site names a part of the whole ("1 700 salariés en France"), unless the rule asked for the place. */
function placedPart(tokens: Token[], matchEnd: number, isAlias: (i: number) => boolean): string | undefined {
  const prep = tokens[matchEnd];
  const place = tokens[matchEnd + 1];
  if (prep && place && SITE_PREPS.has(prep.norm) && SITE_OWNERS.has(place.norm)) {
    const site = tokens.slice(matchEnd + 2, matchEnd + 5).find((t) => SITE_WORDS.has(t.norm));
    if (site) return `${prep.text} ${place.text} ... ${site.text}`;
  }
  if (!prep || !place || !PLACED.has(prep.norm) || place.kind !== 'word' || !place.cap || isAlias(matchEnd + 1)) return undefined;
  return `${prep.text} ${place.text}`;
}

export function hedgeOf({ tokens, lang, type, matchStart, figureStart, figureEnd, matchEnd, whole, isAlias = () => false }: HedgeInput): string | undefined {
  const from = clauseStart(tokens, Math.min(matchStart, figureStart));
  const before = tokens.slice(from, figureStart);
  const after = tokens.slice(figureEnd, Math.max(figureEnd, matchEnd));
  for (const t of tokens.slice(Math.max(figureEnd, matchEnd), Math.max(figureEnd, matchEnd) + LOOKAHEAD)) {
    if (PHRASE_ENDS.has(t.norm) || CLAUSE_BREAKS.has(t.text)) break;
    after.push(t);
  }
  const has = (set: Set<string>, list: Token[]) => list.find((t) => set.has(t.norm));
  // A negated comparative is a qualifier, not a negation: "pas moins de 2 000", "no fewer than 2,000".
  const negations = before.filter((t, k) => !COMPARATIVES.has(before[k + 1]?.norm ?? ''));
  const neg = has(NEGATIONS[lang], negations) ?? negations.find((t) => t.norm.endsWith("n't")) ?? (lang === 'fr' ? noLonger(negations) : undefined);
  if (neg) return `negated ("${neg.text}")`;
  const target = has(TARGETS[lang], before) ?? has(TARGETS[lang], after);
  if (target) return `a target or forecast ("${target.text}")`;
  const cond = has(CONDITIONALS[lang], before) ?? (lang === 'fr' ? before.find((t) => isFrenchConditional(t.norm)) : before.find((t) => t.norm === 'may' && !t.cap));
  if (cond) return `conditional or rumour ("${cond.text}")`;
  const future = lang === 'fr' ? before.find(isFrenchFuture) : undefined;
  if (future) return `a forecast (future "${future.text}")`;
  if (whole) return whole;
  for (const words of PARTS[lang]) {
    const at = figureStart - words.length;
    // Only when the rule itself did not ask for the partitive ("dont {count} en France").
    if (at >= 0 && at < matchStart && words.every((w, k) => tokens[at + k].norm === w)) return `a part of a larger figure ("${words.join(' ')}")`;
  }
  if ((type === 'count' || type === 'money') && ['de', "d'", 'by'].includes(tokens[figureStart - 1]?.norm ?? '')) {
    const move = has(MOVES[lang], before);
    if (move) return `the size of a change, not the figure ("${move.text} ${tokens[figureStart - 1].text}")`;
  }
  if (type === 'count') {
    const change = has(CHANGES[lang], before);
    if (change) return `a change, not a total ("${change.text}")`;
    const placed = placedPart(tokens, Math.max(figureEnd, matchEnd), isAlias);
    if (placed) return `a part of a larger figure ("${placed}")`;
  }
  if (type === 'person' || type === 'place') {
    const former = has(FORMER[lang], before);
    if (former) return `not the current holder ("${former.text}")`;
  }
  return undefined;
}
