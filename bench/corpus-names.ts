/**
 * Names for the benchmark's invented world: companies made of syllables
 * no French or English sentence uses, so that 10 or 10,000 entities name
 * only the companies an article names; real cities; people; and rivals
 * that the facts do not know, whose figures an article quotes too.
 */

const STARTS = ['Vel', 'Nor', 'Cyc', 'Ard', 'Bel', 'Cor', 'Dra', 'Elm', 'Fal', 'Gar', 'Hel', 'Ism', 'Jur', 'Kal', 'Lum', 'Mor', 'Nov', 'Orb', 'Pra', 'Quil', 'Ros', 'Sol', 'Tal', 'Ulm', 'Ves', 'Wyn', 'Xer', 'Yor', 'Zen', 'Bri'];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'ir', 'ol', 'un', 'ay', 'ex', 'ith', 'ov', 'ul', 'ad', 'em', 'ix', 'on', 'ur'];
const ENDS = ['ria', 'nis', 'tek', 'dor', 'lia', 'vex', 'ron', 'mia', 'zen', 'tis', 'gon', 'sar', 'lox', 'nex', 'rak', 'dia', 'xo', 'quin', 'bel', 'tar'];
const KINDS = ['Group', 'Systems', 'Industries', 'Labs', 'Energie', 'Technologies', 'Cloud', 'Logistique'];

/** Company stems, unique, in a fixed order. */
export function companyStems(count: number): string[] {
  const stems: string[] = [];
  const seen = new Set<string>();
  for (let k = 0; stems.length < count; k++) {
    const stem = STARTS[k % STARTS.length] + MIDDLES[Math.floor(k / STARTS.length) % MIDDLES.length] + ENDS[Math.floor(k / (STARTS.length * MIDDLES.length)) % ENDS.length];
    const suffix = k >= STARTS.length * MIDDLES.length * ENDS.length ? String(Math.floor(k / (STARTS.length * MIDDLES.length * ENDS.length))) : '';
    const name = stem + suffix;
    if (!seen.has(name)) {
      seen.add(name);
      stems.push(name);
    }
  }
  return stems;
}

export const companyKind = (i: number): string => KINDS[i % KINDS.length];

export const CITIES = ['Paris', 'Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Toulouse', 'Rennes', 'Grenoble', 'Strasbourg', 'Montpellier', 'Marseille', 'Dijon', 'Rouen', 'Brest', 'Berlin', 'Munich', 'Amsterdam', 'Madrid', 'Dublin', 'Stockholm', 'Oslo', 'Helsinki'];

const FIRST = ['Claire', 'Julien', 'Sophie', 'Marc', 'Nadia', 'Thomas', 'Camille', 'Olivier', 'Léa', 'Hugo', 'Inès', 'Paul', 'Élodie', 'Karim', 'Anne', 'Mathieu', 'Sarah', 'Yann', 'Laura', 'David'];
const LAST = ['Morel', 'Garnier', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Mercier', 'Blanchard', 'Guérin', 'Boyer', 'Chevalier', 'Perrin', 'Caron', 'Renaud', 'Marchand', 'Dumas', 'Lemoine', 'Benoît', 'Aubert', 'Leclerc'];

export function person(k: number): string {
  return `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]}`;
}

/** Companies an article quotes that the facts do not declare. */
export const RIVALS = ['Brightwell', 'Oakhurst', 'Pinecrest', 'Silverline', 'Redmoor', 'Bluefield', 'Stonebridge', 'Ashgrove'];

/** Analysts and agencies quoted for market figures. */
export const SOURCES = ['Halvorsen Research', 'Morland Conseil', 'Statera Insights', "l'Insee", 'Eurostat', 'Kestrel Analytics'];

export const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];
