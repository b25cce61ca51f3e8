/**
 * Words the typed slots read, per language, in folded form (lowercase,
 * no accents). They are vocabulary, not rules: which words make a claim is
 * declared in `rules/*.yml`.
 */
import type { Qualifier } from '../types.js';

export const NUMBER_WORDS: Record<string, number> = {
  // French
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** Verbs before "de" / "from" that make "de 400 à 500" a change from one figure to another, not a range. */
export const CHANGES_FROM = new Set([
  'passe', 'passee', 'passes', 'passees', 'passant', 'passer', 'progresse', 'augmente', 'baisse', 'recule', 'grimpe', 'chute', 'bondi',
  'diminue', 'evolue', 'rose', 'grew', 'increased', 'fell', 'decreased', 'jumped', 'climbed', 'went', 'dropped', 'declined', 'moved',
  'rising', 'growing', 'falling', 'up', 'down', 'porte', 'portee', 'ramene', 'ramenee', 'reduit', 'reduite', 'raised', 'boosted', 'cut',
  'reduced', 'lifted', 'grown', 'risen', 'fallen', 'expanded', 'shrank', 'shrunk',
]);

/** Multipliers written after a number: "275 millions", "€2bn", "1,2 Md€". */
export const SCALES: Record<string, number> = {
  k: 1e3, mille: 1e3, millier: 1e3, milliers: 1e3, thousand: 1e3, thousands: 1e3,
  m: 1e6, mn: 1e6, mio: 1e6, million: 1e6, millions: 1e6,
  md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, milliard: 1e9, milliards: 1e9, bn: 1e9, b: 1e9, billion: 1e9, billions: 1e9,
  tn: 1e12, trillion: 1e12, trillions: 1e12,
};

/** Scales that may also qualify a count ("3 millions de clients"); short forms like "m" or "k" may not. */
export const COUNT_SCALES = new Set(['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'thousand', 'mille', 'millier', 'milliers']);

/** A scale and a currency in one word, after the number: "412,5 MEUR", "850 kEUR". */
export const SCALED_CURRENCIES: Record<string, [number, string]> = {
  keur: [1e3, 'EUR'], meur: [1e6, 'EUR'], mdeur: [1e9, 'EUR'], mrdeur: [1e9, 'EUR'], kusd: [1e3, 'USD'], musd: [1e6, 'USD'],
  mdusd: [1e9, 'USD'], mchf: [1e6, 'CHF'], mgbp: [1e6, 'GBP'],
};

/** Currency tokens, written before or after the number. */
export const CURRENCIES: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD',
  '£': 'GBP', gbp: 'GBP', livre: 'GBP', livres: 'GBP', pound: 'GBP', pounds: 'GBP',
  chf: 'CHF',
};

/** Qualifiers written before a figure, as folded token sequences. */
export const QUALIFIERS: [string[], Qualifier][] = [
  [['pas', 'moins', 'de'], 'atLeast'], [['pas', 'moins', "d'"], 'atLeast'], [['pas', 'plus', 'de'], 'atMost'], [['pas', 'plus', "d'"], 'atMost'],
  [['no', 'less', 'than'], 'atLeast'], [['not', 'less', 'than'], 'atLeast'], [['no', 'more', 'than'], 'atMost'], [['not', 'more', 'than'], 'atMost'],
  [['plus', 'de'], 'atLeast'], [['plus', "d'"], 'atLeast'], [['au', 'moins'], 'atLeast'], [['more', 'than'], 'atLeast'],
  [['over'], 'atLeast'], [['at', 'least'], 'atLeast'], [['upwards', 'of'], 'atLeast'], [['no', 'fewer', 'than'], 'atLeast'],
  [['just', 'under'], 'atMost'], [['just', 'below'], 'atMost'], [['just', 'over'], 'atLeast'], [['just', 'above'], 'atLeast'],
  [['un', 'peu', 'moins', 'de'], 'atMost'], [['un', 'peu', 'moins', "d'"], 'atMost'], [['un', 'peu', 'plus', 'de'], 'atLeast'], [['un', 'peu', 'plus', "d'"], 'atLeast'],
  [['pres', 'de'], 'about'], [['pres', "d'"], 'about'], [['environ'], 'about'], [['quelque'], 'about'], [['autour', 'de'], 'about'],
  [['presque'], 'about'], [['approximativement'], 'about'], [['about'], 'about'], [['nearly'], 'about'], [['almost'], 'about'],
  [['some'], 'about'], [['around'], 'about'], [['roughly'], 'about'], [['approximately'], 'about'], [['close', 'to'], 'about'],
  // Verbs that qualify the figure after them: "le chiffre d'affaires dépasse 1 milliard", "approchait 260 millions".
  [['depasse'], 'atLeast'], [['depassait'], 'atLeast'], [['depassent'], 'atLeast'], [['exceeds'], 'atLeast'], [['exceeded'], 'atLeast'],
  [['topped'], 'atLeast'], [['approche'], 'about'], [['approchait'], 'about'], [['frole'], 'about'], [['frolait'], 'about'],
  [['approaches'], 'about'], [['approached'], 'about'],
  [['moins', 'de'], 'atMost'], [['moins', "d'"], 'atMost'], [["jusqu'", 'a'], 'atMost'], [['fewer', 'than'], 'atMost'],
  [['less', 'than'], 'atMost'], [['under'], 'atMost'], [['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'], [['~'], 'about'],
];

export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Capitalized words that begin sentences or titles and are never part of a name. */
export const NOT_NAMES = new Set([
  'le', 'la', 'les', 'l', "l'", 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
  'son', 'sa', 'ses', 'leur', 'en', 'au', 'aux', 'a', 'et', 'mais', 'ou', 'donc', 'selon', 'pour', 'avec', 'sans', 'dans', 'sur', 'par',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'you', 'his', 'her', 'its', 'their', 'in', 'on',
  'at', 'by', 'for', 'with', 'and', 'but', 'or', 'of', 'to', 'from', 'as', 'since', 'after', 'before', 'while', 'mr', 'mrs', 'ms', 'dr',
  'm', 'mme', 'ceo', 'pdg', 'dg', 'president', 'chairman', 'chief', 'executive', 'directeur', 'directrice', 'general', 'generale',
  'fondateur', 'fondatrice', 'founder', 'patron', 'patronne', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout',
  'septembre', 'octobre', 'novembre', 'decembre', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'si', 'if', 'quand', 'when', 'lorsque', 'hommage', 'tribute',
]);

/** Lowercase particles allowed inside a person's or a place's name. */
export const NAME_PARTICLES = new Set(['de', 'du', 'des', "d'", 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'ben', 'al']);

/** Names of financial metrics written in capitals ("EBITDA", "GMV"): a sentence's subject, never a company. */
export const METRIC_ACRONYMS = ['ebitda', 'ebit', 'ebita', 'gmv', 'arr', 'mrr', 'capex', 'opex', 'eps', 'kpi', 'ebe'];
