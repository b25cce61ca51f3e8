/**
 * Every word a language needs to read the scope of a figure, in one
 * place per language: a third language is one pack (and its rule
 * patterns). Words are folded (lowercase, no accents) as tokens are;
 * phrases are arrays of folded words. Verbs are listed by lemma and their
 * forms produced (inflect-fr.ts, inflect-en.ts), so "prévoyait" and
 * "planned" come with "prévoit" and "plans".
 */
import type { Lang } from '../types.js';
import type { FigureWords } from './figure-words.js';

export type Phrase = readonly string[];

export interface LanguagePack {
  lang: Lang;
  /** Words that deny the rest of their clause: "pas", "jamais", "never", "not". */
  negators: Set<string>;
  /** Negators that need "ne" earlier in the clause ("n'emploie plus"), and words after them that undo it ("plus de"). */
  weakNegators: { words: Set<string>; needs: Set<string>; unlessNext: Set<string> };
  /** A negator before one of these qualifies a figure instead: "pas moins de", "no fewer than", "not only". */
  notNegating: Set<string>;
  /** Verbs and nouns that deny what follows them: "dément", "a démenti", "denied", "denial". */
  denials: Set<string>;
  /** Verbs that report what follows: "indique", "said". Their complement keeps its polarity. */
  reporting: Set<string>;
  /** Words whose "that" / "que" opens what they judge true or not: "it is not true that", "il est faux que". */
  assertions: Set<string>;
  /** Targets, plans and expectations in any tense: "vise", "prévoyait", "planned", "objectif". */
  plans: Set<string>;
  /** Plans only when a verb follows: "compte employer" (but "compte 3 000 salariés"), "entend", "intends". */
  plansBeforeVerb: Set<string>;
  /** Words and forms of the future: "will", "emploiera", "sera". */
  future: Set<string>;
  /** Words and forms of the conditional or of possibility: "would", "might", "emploierait". */
  conditional: Set<string>;
  /** Forms of the conditional of any verb, beyond the listed ones ("emploierait"). */
  isConditional?(word: string): boolean;
  /** Rumour words: the sentence states nothing ("rumeurs", "reportedly", "allegedly"). */
  hearsay: Set<string>;
  /** Phrases that name a source: "selon", "d'après", "according to". */
  attributions: Phrase[];
  /** Sources that are not a statement of the company: "des sources", "la presse", "people familiar". */
  hearsaySources: Set<string>;
  /** Words that open a condition: "si", "if", "unless". */
  conditions: Set<string>;
  /** Phrases that open a comparison, which carries its own figure and time: "contre", "up from". */
  comparisons: Phrase[];
  /** Comparison words only when a figure follows: "après 5,3 milliards". */
  comparisonsBeforeFigure: Phrase[];
  /** Words after a count of years that put a comparison that many years before the figure it is compared with: "(a year) earlier", "(un an) plus tôt". */
  yearsEarlier: Phrase[];
  /** Phrases that mean one year before it: "the previous year", "l'année précédente". */
  yearEarlier: Phrase[];
  /** Relative pronouns: "qui", "dont", "which", "who". */
  relatives: Set<string>;
  /** Words that open a complement clause: "que", "that". */
  complementizers: Set<string>;
  /** Words that join two clauses: "et", "mais", "tandis que", "and", "whereas". */
  coordinators: Phrase[];
  /** Participles that open an aside about the name before them: "fondée", "dirigé", "founded", "led". */
  asideOpeners: Set<string>;
  /** Prepositions that make the name after them the owner of the figure: "de", "chez", "pour", "of", "at", "for". */
  ownerPrepositions: Set<string>;
  /** Prepositions after which a name is not the subject: "par", "avec", "by", "with", "unlike". */
  otherPrepositions: Set<string>;
  /** Nouns of a part of a company: "filiale", "division", "subsidiary". */
  parts: Set<string>;
  /** Nouns of another company: "son concurrent", "its rival", "un fournisseur". */
  others: Set<string>;
  /** Words that make "the company" a new one born of a deal, not the article's: "the combined company", "la nouvelle entité", "le groupe fusionné". */
  combined: Set<string>;
  /** Nouns such a new company is called besides the reference nouns: "entity", "entité". */
  combinedNouns: Set<string>;
  /** "new", "nouvelle": a new company only with those nouns ("la nouvelle entité"); "the new company" may be the article's own. */
  newWords: Set<string>;
  /** Nouns that make a name a separate organisation: "Fondation Acmé", "Acme Research Institute". */
  subOrganisations: Set<string>;
  /** "l'entreprise", "le groupe", "the company": they refer to the article's subject. */
  referenceNouns: Set<string>;
  referenceDeterminers: Set<string>;
  /** Nouns of companies as a kind, plural or acronyms: "les PME", "des start-up", "these companies" (see src/clauses/class-phrase.ts). */
  classNouns: Set<string>;
  /** Words that open a phrase about several companies or a kind of them: "les", "ces", "de nombreuses", "most", "these". */
  classDeterminers: Set<string>;
  /** Words that make one company stand for any: "une entreprise doit", "chaque société", "every company". */
  indefinites: Set<string>;
  /** The reader's possessives: "votre société", "your company" is nobody's in particular. */
  readerPossessives: Set<string>;
  /** Pronouns of several: they never stand for the one company an article is about ("elles", in French, where a company is "elle"). */
  pluralPronouns: Set<string>;
  /** Pronouns that stand for the subject named before: "elle", "it" (possessives such as "son", "its" are determiners, not owners). */
  pronouns: Set<string>;
  /** Words before a role that make its holder not the current one: "l'ancien PDG", "the incoming CEO". */
  former: Set<string>;
  /** Verbs after a named holder that say they are leaving or removed: "X, PDG d'Acmé, quitte la direction", "X ... stepped down". */
  departures: Set<string>;
  /** Words that make a figure a part of a larger one: "dont 1 700", "including 300", "of which". */
  partitives: Phrase[];
  /** Words that make a headcount a change, not a total: "a recruté 300 salariés", "added 300 employees". */
  changes: Set<string>;
  /** Participles after a headcount that make it the people a change touches: "300 salariés sont menacés", "200 employees were laid off". */
  changedAfter: Set<string>;
  /** Verbs of change that, with "de" / "by" right before a figure, make it the size of a change: "a progressé de 20 millions". */
  moves: Set<string>;
  /** A site of the company after a headcount: "at its Lyon plant", "sur son site de Lyon". */
  sites: { prepositions: Set<string>; owners: Set<string>; nouns: Set<string> };
  /** Forms of the future of any verb, beyond the listed ones ("comptera", "atteindra"). */
  isFuture?(word: string): boolean;
  /** Prepositions that place a headcount somewhere, a part of the whole: "1 700 salariés en France". */
  placed: Set<string>;
  /** Words that say a figure is of now: "désormais", "aujourd'hui", "now", "currently". */
  now: Set<string>;
  /** The word before the last item of a list: "Paris, Barcelone et Milan", "France, Spain and Belgium". */
  listJoiners: Set<string>;
  /** A head office moved from one place to another ("a transféré son siège de Grenoble à Lyon"): the verbs, and the prepositions of the place it left. */
  relocations: { verbs: Set<string>; origins: Set<string> };
  /** Nouns whose complement a revenue word is, making the figure theirs: "cost of sales", "le coût des ventes", "share of revenue". */
  metricHeads: Set<string>;
  /** Words beside a money noun that make it another metric or a part of the whole: "recurring revenue", "chiffre d'affaires récurrent". */
  otherMetrics: Set<string>;
  /** Capitalized words that begin sentences and are never names. */
  stopWords: Set<string>;
  /** How the language writes a figure: number words, scales, currencies, qualifiers, months. */
  figures: FigureWords;
  /** True when the token is a verb's infinitive or bare form after a plan word ("employer", "to employ"). */
  isVerbAfter(words: readonly string[], at: number): boolean;
}

/** A set of every form of each lemma. */
export function formsOf(lemmas: readonly string[], inflect: (lemma: string) => string[]): Set<string> {
  return new Set(lemmas.flatMap(inflect));
}
