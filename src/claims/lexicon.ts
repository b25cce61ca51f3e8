/**
 * Words that tell names from other capitalized words, in folded form
 * (lowercase, no accents). The words of figures (numbers in words,
 * scales, currencies, qualifiers, months) are in the language packs,
 * merged in `src/lang/vocabulary.ts`.
 */

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

/** Words after a company's name that are still that company: "Acme Group", "Veloria SA", "Nordwind Holding AG". */
export const COMPANY_SUFFIXES = new Set(['group', 'groupe', 'inc', 'ltd', 'limited', 'holding', 'holdings', 'corp', 'corporation', 'company', 'co', 'plc', 'llc',
  'gmbh', 'ag', 'se', 'sa', 'sas', 'sarl', 'nv', 'bv', 'spa', 'ab', 'asa', 'oyj', 'as', 'kg']);

/** Lowercase particles allowed inside a person's or a place's name. */
export const NAME_PARTICLES = new Set(['de', 'du', 'des', "d'", 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'ben', 'al']);

/** Names of financial metrics written in capitals ("EBITDA", "GMV"): a sentence's subject, never a company. */
export const METRIC_ACRONYMS = ['ebitda', 'ebit', 'ebita', 'gmv', 'arr', 'mrr', 'capex', 'opex', 'eps', 'kpi', 'ebe'];
