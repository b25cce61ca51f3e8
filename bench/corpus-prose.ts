/**
 * The rest of a news article: sentences full of figures that are not
 * claims about a declared fact (market sizes, shares, prices, rates, dates,
 * a rival's figures, a growth in headcount), and plain prose. `n` is the
 * company the paragraph is about, `r` a rival the facts do not know.
 */
import { groupEn, groupFr, type Lang } from './corpus-claims.js';
import { CITIES, MONTHS_EN, MONTHS_FR, SOURCES, person } from './corpus-names.js';

/** Random helpers the generator hands to every template. */
export interface Dice {
  /** A number in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
}

type Noise = (d: Dice, n: string, r: string) => string;

const pct = (d: Dice, lang: Lang) => (lang === 'fr' ? `${d.int(1, 60)},${d.int(1, 9)} %` : `${d.int(1, 60)}.${d.int(1, 9)}%`);

const FR_FIGURES: Noise[] = [
  (d) => `Selon ${d.pick(SOURCES)}, le marché européen du cloud devrait peser ${d.int(40, 180)} milliards d'euros en ${d.int(2026, 2030)}.`,
  (d, n) => `L'action ${n} a terminé la séance à ${d.int(12, 240)},${d.int(10, 99)} euros, en hausse de ${pct(d, 'fr')}.`,
  (d) => `La marge opérationnelle s'établit à ${pct(d, 'fr')}, contre ${pct(d, 'fr')} un an plus tôt.`,
  (d, _n, r) => `Son concurrent ${r} a réalisé un chiffre d'affaires de ${d.int(2, 40)} milliards de dollars l'an dernier.`,
  (d, _n, r) => `${r}, qui emploie ${groupFr(d.int(20, 90) * 1000)} personnes, accélère en Europe.`,
  (d) => `Le contrat, d'un montant de ${d.int(3, 90)} millions d'euros, court jusqu'en ${d.int(2027, 2032)}.`,
  (d) => `Le ${d.int(2, 28)} ${d.pick(MONTHS_FR)}, la direction a réuni ${d.int(120, 900)} clients à ${d.pick(CITIES)}.`,
  (d) => `${pct(d, 'fr')} des entreprises françaises utilisent déjà un service de stockage en ligne, d'après ${d.pick(SOURCES)}.`,
  (d, n) => `${n} a recruté ${d.int(50, 400)} personnes depuis janvier et prévoit ${d.int(100, 300)} embauches supplémentaires.`,
  (d) => `Les prix de l'électricité ont augmenté de ${pct(d, 'fr')} depuis ${d.int(2019, 2022)}, ce qui pèse sur les coûts.`,
  (d, n) => `${n} investira ${d.int(20, 300)} millions d'euros d'ici ${d.int(2026, 2029)} dans un nouveau site près de ${d.pick(CITIES)}.`,
  (d) => `Le salon professionnel a attiré ${groupFr(d.int(3, 40) * 1000)} visiteurs en ${d.pick(MONTHS_FR)}.`,
  (d) => `L'inflation a ralenti à ${pct(d, 'fr')} sur un an, selon ${d.pick(SOURCES)}.`,
  (d, n) => `Au premier semestre, les commandes de ${n} ont progressé de ${pct(d, 'fr')}.`,
  (d) => `Le secteur compte environ ${groupFr(d.int(100, 900) * 1000)} salariés en France, selon la fédération professionnelle.`,
  (d) => `Les salariés du site de ${d.pick(CITIES)} ont obtenu une hausse de salaire de ${pct(d, 'fr')}.`,
  (d) => `Le directeur financier, ${person(d.int(0, 399))}, quittera ses fonctions en ${d.pick(MONTHS_FR)}.`,
  (d) => `Le chiffre d'affaires du secteur a reculé de ${pct(d, 'fr')} en ${d.int(2021, 2023)}, selon ${d.pick(SOURCES)}.`,
  (d) => `${d.int(120, 900)} personnes ont assisté à la présentation des résultats à ${d.pick(CITIES)}.`,
  (d) => `La direction prévoit d'embaucher ${d.int(100, 900)} salariés supplémentaires d'ici ${d.int(2026, 2029)}.`,
  (d) => `La fédération professionnelle, dont le siège est à ${d.pick(CITIES)}, accueillera le prochain congrès.`,
  (d) => `${person(d.int(0, 399))}, ancien directeur général d'un concurrent, rejoint le conseil d'administration.`,
  () => 'Les effectifs de la filiale allemande ont doublé en deux ans.',
  (d) => `Le chiffre d'affaires à l'export représente ${pct(d, 'fr')} du total.`,
  () => 'Les employés pourront choisir deux jours de télétravail par semaine.',
];

const EN_FIGURES: Noise[] = [
  (d) => `According to ${d.pick(SOURCES)}, the European cloud market should be worth €${d.int(40, 180)} billion by ${d.int(2026, 2030)}.`,
  (d, n) => `${n} shares closed at €${d.int(12, 240)}.${d.int(10, 99)}, up ${pct(d, 'en')} on the day.`,
  (d) => `The operating margin came in at ${pct(d, 'en')}, against ${pct(d, 'en')} a year earlier.`,
  (d, _n, r) => `Its rival ${r} reported revenue of $${d.int(2, 40)} billion last year.`,
  (d, _n, r) => `${r}, which employs ${groupEn(d.int(20, 90) * 1000)} people, is expanding in Europe.`,
  (d) => `The contract, worth €${d.int(3, 90)} million, runs until ${d.int(2027, 2032)}.`,
  (d) => `On ${d.pick(MONTHS_EN)} ${d.int(2, 28)}, management met ${d.int(120, 900)} customers in ${d.pick(CITIES)}.`,
  (d) => `${pct(d, 'en')} of European firms already use an online storage service, according to ${d.pick(SOURCES)}.`,
  (d, n) => `${n} has hired ${d.int(50, 400)} people since January and plans ${d.int(100, 300)} more hires.`,
  (d) => `Electricity prices have risen ${pct(d, 'en')} since ${d.int(2019, 2022)}, which weighs on costs.`,
  (d, n) => `${n} will invest €${d.int(20, 300)} million by ${d.int(2026, 2029)} in a new site near ${d.pick(CITIES)}.`,
  (d) => `The trade fair drew ${groupEn(d.int(3, 40) * 1000)} visitors in ${d.pick(MONTHS_EN)}.`,
  (d) => `Inflation slowed to ${pct(d, 'en')} year on year, ${d.pick(SOURCES)} said.`,
  (d, n) => `In the first half, orders at ${n} rose ${pct(d, 'en')}.`,
  (d) => `The sector employs about ${groupEn(d.int(100, 900) * 1000)} people in Europe, according to the industry federation.`,
  (d) => `Staff at the ${d.pick(CITIES)} site won a ${pct(d, 'en')} pay rise.`,
  (d) => `The chief financial officer, ${person(d.int(0, 399))}, will step down in ${d.pick(MONTHS_EN)}.`,
  (d) => `Sector revenue fell ${pct(d, 'en')} in ${d.int(2021, 2023)}, according to ${d.pick(SOURCES)}.`,
  (d) => `${d.int(120, 900)} people attended the results presentation in ${d.pick(CITIES)}.`,
  (d) => `Management plans to hire ${d.int(100, 900)} more employees by ${d.int(2026, 2029)}.`,
  (d) => `The industry federation, headquartered in ${d.pick(CITIES)}, will host the next congress.`,
  (d) => `${person(d.int(0, 399))}, a former chief executive of a rival, joins the board.`,
  () => "The German subsidiary's headcount has doubled in two years.",
  (d) => `Export revenue accounts for ${pct(d, 'en')} of the total.`,
  () => 'Employees will be able to work from home two days a week.',
];

const FR_PLAIN = [
  'Le marché reste très concurrentiel et les clients demandent des garanties sur la localisation de leurs données.',
  "Les analystes saluent une exécution solide, même si la rentabilité reste en deçà des attentes.",
  "La direction met en avant sa stratégie d'investissement dans de nouveaux centres de production.",
  'Plusieurs concurrents américains ont annoncé des baisses de prix, ce qui pèse sur les marges du secteur.',
  'Les syndicats demandent davantage de visibilité sur les recrutements prévus dans les prochains mois.',
  "Le titre a progressé en Bourse après la publication, porté par des volumes d'échanges soutenus.",
  "L'entreprise mise sur des partenariats avec des intégrateurs régionaux pour gagner des parts de marché.",
  'Les clients du secteur public exigent désormais des certifications de sécurité plus strictes.',
  "Cette annonce intervient alors que la concurrence s'intensifie sur le segment des petites entreprises.",
  'Le groupe prévoit de présenter sa nouvelle offre lors de sa journée investisseurs.',
];

const EN_PLAIN = [
  'The market remains highly competitive, and customers want guarantees about where their data is kept.',
  'Analysts praised solid execution, although profitability remains below what the market had hoped for.',
  'Management highlighted its plan to invest in new production sites over the coming years.',
  'Several American rivals have announced price cuts, which weigh on margins across the sector.',
  'Unions are asking for more visibility on the hiring planned for the coming months.',
  'The shares rose after the release, on trading volumes well above the daily average.',
  'The company is betting on partnerships with regional integrators to win market share.',
  'Public-sector customers now demand stricter security certifications.',
  'The announcement comes as competition intensifies in the small-business segment.',
  'The group plans to unveil its new offer at its investor day.',
];

export function figureSentence(lang: Lang, d: Dice, name: string, rival: string): string {
  return d.pick(lang === 'fr' ? FR_FIGURES : EN_FIGURES)(d, name, rival);
}

export function plainSentence(lang: Lang, d: Dice): string {
  return d.pick(lang === 'fr' ? FR_PLAIN : EN_PLAIN);
}
