/** The French pack: every word the clause model needs to read French prose. */
import { METRIC_ACRONYMS, NOT_NAMES } from '../claims/lexicon.js';
import { frFigures } from './fr-figures.js';
import { frenchForms, frenchFutureForms, type IrregularVerb } from './inflect-fr.js';
import { formsOf, type LanguagePack } from './pack.js';

const IRREGULAR: Record<string, IrregularVerb> = {
  prevoir: { present: ['prevoit', 'prevoient'], imperfect: 'prevoy', future: 'prevoir', participle: 'prevu', simplePast: ['previt', 'previrent'] },
  devoir: { present: ['doit', 'doivent'], imperfect: 'dev', future: 'devr', participle: 'du', simplePast: ['dut', 'durent'] },
  pouvoir: { present: ['peut', 'peuvent'], imperfect: 'pouv', future: 'pourr', participle: 'pu', simplePast: ['put', 'purent'] },
  vouloir: { present: ['veut', 'veulent'], imperfect: 'voul', future: 'voudr', participle: 'voulu', simplePast: ['voulut', 'voulurent'] },
  etre: { present: ['est', 'sont'], imperfect: 'et', future: 'ser', participle: 'ete', simplePast: ['fut', 'furent'] },
  avoir: { present: ['a', 'ont'], imperfect: 'av', future: 'aur', participle: 'eu', simplePast: ['eut', 'eurent'] },
  aller: { present: ['va', 'vont'], imperfect: 'all', future: 'ir', participle: 'alle', simplePast: ['alla', 'allerent'] },
  atteindre: { present: ['atteint', 'atteignent'], imperfect: 'atteign', future: 'atteindr', participle: 'atteint', simplePast: ['atteignit', 'atteignirent'] },
  faire: { present: ['fait', 'font'], imperfect: 'fais', future: 'fer', participle: 'fait', simplePast: ['fit', 'firent'] },
};
const forms = (lemma: string) => frenchForms(lemma, IRREGULAR[lemma]);

/** Verbs a claim is written with, whose future and conditional forms say it is not yet so. */
const CLAIM_VERBS = ['etre', 'avoir', 'employer', 'compter', 'atteindre', 'realiser', 'depasser', 'generer', 'peser', 'representer', 'totaliser',
  'reunir', 'rassembler', 'regrouper', 'afficher', 'enregistrer', 'franchir', 'approcher', 'degager', 'publier', 'recruter', 'embaucher', 'faire',
  'passer', 'croitre', 'progresser', 'augmenter', 'fonder', 'creer', 'diriger'];
const futureOf = (kind: 'future' | 'conditional') => new Set(CLAIM_VERBS.flatMap((l) => frenchFutureForms(l, IRREGULAR[l])[kind]));

/** Words that end like an infinitive and are not one: "compte encore 3 000 salariés" states a headcount. */
const NOT_INFINITIVES = new Set(['encore', 'entre', 'contre', 'notre', 'votre', 'autre', 'outre', 'premier', 'dernier', 'premiere', 'derniere', 'hier',
  'millier', 'milliers', 'janvier', 'fevrier', 'trimestre', 'semestre', 'chiffre', 'nombre', 'centre', 'titre', 'cadre', 'membre', 'libre', 'propre', 'plusieurs',
  'desormais', 'leur', 'leurs', 'avenir', 'plaisir', 'quatre', 'ordre', 'entier', 'pionnier', 'chantier', 'metier', 'cher', 'fier', 'hiver']);

/** Nouns that end like a French future ("opéra", "caméra"), and irregular futures. */
const NOT_FUTURE = new Set(['opera', 'camera', 'chimera', 'lira', 'tiara', 'sierra', 'hydra', 'extra', 'ultra', 'supra', 'contra', 'cathedra', 'ere']);
const FUTURE_IRREGULAR = new Set(['sera', 'seront', 'fera', 'feront', 'ira', 'iront', 'aura', 'auront', 'pourra', 'pourront', 'devra', 'devront',
  'verra', 'verront', 'saura', 'sauront', 'voudra', 'faudra', 'vaudra']);

/** Words that end like a conditional and are not one. */
const NOT_CONDITIONAL = new Set(['portrait', 'retrait', 'attrait', 'extrait', 'trait', 'abstrait', 'distrait', 'soustrait']);

export const fr: LanguagePack = {
  lang: 'fr',
  negators: new Set(['pas', 'jamais', 'aucun', 'aucune', 'nullement', 'guere', 'ni']),
  weakNegators: { words: new Set(['plus']), needs: new Set(['ne', "n'"]), unlessNext: new Set(['de', "d'", 'que', "qu'"]) },
  notNegating: new Set(['moins', 'plus', 'seulement', 'loin']),
  denials: new Set([...formsOf(['dementir', 'nier', 'contester', 'refuter', 'infirmer'], forms), 'dementi', 'dementis', 'demenent']),
  reporting: formsOf(['indiquer', 'annoncer', 'declarer', 'affirmer', 'preciser', 'expliquer', 'souligner', 'rappeler', 'assurer', 'confirmer', 'communiquer', 'publier', 'estimer'], forms),
  assertions: new Set(['vrai', 'faux', 'exact', 'inexact', 'certain', 'probable', 'possible', 'clair', 'prouve', 'sur']),
  plans: new Set([
    ...formsOf(['viser', 'prevoir', 'ambitionner', 'esperer', 'projeter', 'anticiper', 'planifier', 'envisager', 'souhaiter', 'tabler', 'escompter', 'cibler'], forms),
    'objectif', 'objectifs', 'cible', 'cibles', 'ambition', 'ambitions', 'prevision', 'previsions', 'perspective', 'perspectives', 'horizon', 'projet', 'plan',
  ]),
  plansBeforeVerb: formsOf(['compter', 'entendre', 'vouloir', 'devoir', 'pouvoir', 'aller', 'chercher'], forms),
  future: futureOf('future'),
  conditional: futureOf('conditional'),
  isConditional: (w) => /(?:rait|raient)$/.test(w) && w.length > 5 && !NOT_CONDITIONAL.has(w),
  hearsay: new Set(['rumeur', 'rumeurs', 'pretendument', 'supposement']),
  attributions: [['selon'], ["d'", 'apres'], ['de', 'source']],
  hearsaySources: new Set(['sources', 'source', 'rumeurs', 'presse', 'medias', 'media', 'proches', 'analystes', 'estimations', 'observateurs', 'informations']),
  conditions: new Set(['si', "s'", 'sauf']),
  comparisons: [['contre'], ['comparativement', 'a'], ['par', 'rapport', 'a'], ['par', 'rapport', 'aux'], ['par', 'rapport', 'au'], ['compare', 'a'], ['comparee', 'a'],
    ['contrairement', 'a'], ['contrairement', 'au'], ['a', "l'", 'inverse', 'de'], ['face', 'a'], ['vs'], ['versus'], ['alors', 'que'], ['tandis', 'que'], ['comme']],
  comparisonsBeforeFigure: [['apres'], ['et', 'non'], ['au', 'lieu', 'de'], ['au', 'lieu', 'des']],
  yearsEarlier: [['plus', 'tot'], ['auparavant'], ['avant'], ['de', 'moins']],
  yearEarlier: [["l'", 'annee', 'precedente'], ["l'", 'an', 'precedent'], ["l'", 'exercice', 'precedent'], ['un', 'an', 'plus', 'tot']],
  relatives: new Set(['qui', 'dont', 'ou', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels']),
  complementizers: new Set(['que', "qu'"]),
  coordinators: [['et'], ['mais'], ['puis']],
  asideOpeners: formsOf(['fonder', 'creer', 'diriger', 'baser', 'installer', 'detenir', 'racheter', 'acquerir', 'controler', 'presider', 'implanter', 'domicilier', 'cofonder', 'lancer', 'connaitre', 'specialiser', 'nommer'], (l) => frenchForms(l).filter((f) => f.endsWith('e') || f.endsWith('es') || f.endsWith('ee') || f.endsWith('ees'))),
  ownerPrepositions: new Set(['de', "d'", 'du', 'des', 'chez', 'pour']),
  otherPrepositions: new Set(['par', 'avec', 'a', 'au', 'aux', 'en', 'dans', 'sur', 'sans', 'contre', 'entre', 'vers', 'face', 'comme', 'apres', 'avant', 'depuis', 'selon']),
  parts: new Set(['filiale', 'filiales', 'division', 'divisions', 'branche', 'branches', 'unite', 'entite', 'succursale', 'pole', 'coentreprise', 'joint-venture', 'segment', 'segments']),
  others: new Set(['concurrent', 'concurrents', 'rival', 'rivaux', 'fournisseur', 'fournisseurs', 'partenaire', 'partenaires', 'acquereur', 'homologue', 'voisin', 'challenger', 'actionnaire']),
  combined: new Set(['combinee', 'combine', 'fusionnee', 'fusionne', 'futur', 'future', 'elargi', 'elargie']),
  combinedNouns: new Set(['entite', 'ensemble', 'coentreprise']),
  newWords: new Set(['nouvelle', 'nouvel', 'nouveau']),
  subOrganisations: new Set(['fondation', 'institut', 'universite', 'ecole', 'musee', 'prix', 'trophee', 'stade', 'arena', 'centre', 'laboratoire', 'lab', 'labs', 'campus', 'academie', 'foundation', 'institute', 'research']),
  referenceNouns: new Set(['entreprise', 'societe', 'groupe', 'editeur', 'firme', 'compagnie', 'constructeur', 'fabricant', 'operateur', 'start-up', 'startup', 'licorne', 'fintech', 'equipementier', 'specialiste', 'leader', 'industriel', 'geant', 'fleuron', 'pionnier']),
  referenceDeterminers: new Set(["l'", 'la', 'le', 'cette', 'ce']),
  pronouns: new Set(['il', 'elle', 'ils', 'elles', 'celle-ci', 'celui-ci']),
  classNouns: new Set(['entreprises', 'societes', 'pme', 'tpe', 'eti', 'firmes', 'start-up', 'startups', 'start-ups', 'groupes', 'compagnies', 'employeurs',
    'microentreprises', 'micro-entreprises', 'licornes', 'fintechs', 'editeurs', 'constructeurs', 'fabricants', 'operateurs', 'equipementiers', 'industriels', 'pousses']),
  classDeterminers: new Set(['les', 'des', 'ces', 'certaines', 'certains', 'plusieurs', 'nombreuses', 'nombreux', 'quelques', 'toutes', 'tous', 'autres', 'deux', 'trois']),
  indefinites: new Set(['une', 'un', 'chaque', 'toute', 'tout']),
  readerPossessives: new Set(['votre', 'vos']),
  pluralPronouns: new Set(['ils', 'elles']),
  former: new Set(['ancien', 'ancienne', 'ex', 'precedent', 'precedente', 'futur', 'future', 'prochain', 'prochaine', 'remplace', 'succede', 'limoge',
    'evince', 'demis', 'revoque', 'sortant', 'sortante']),
  departures: new Set(['quitte', 'quittera', 'quittait', 'demissionne', 'demissionnera', 'limoge', 'limogee', 'evince', 'evincee', 'debarque', 'debarquee',
    'revoque', 'revoquee', 'cede', 'cedera']),
  sites: { prepositions: new Set(['sur', 'dans']), owners: new Set(['son', 'sa', 'ses', 'leur', 'leurs']), nouns: new Set(['site', 'usine', 'bureau', 'campus']) },
  isFuture: (w) => FUTURE_IRREGULAR.has(w) || (w.length > 5 && /(?:era|eront|ira|iront|dra|dront)$/.test(w) && !NOT_FUTURE.has(w)),
  partitives: [['dont']],
  changes: new Set(['recrute', 'recrutent', 'recrutera', 'recruter', 'embauche', 'embauchent', 'embaucher', 'supprime', 'suppriment', 'supprimer',
    'licencie', 'licencient', 'licencier', 'ajoute', 'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul']),
  // Plural and feminine participles only: the masculine singular is also the present ("Acmé vise l'Asie", "recrute").
  changedAfter: new Set(['menaces', 'menacee', 'menacees', 'supprimes', 'supprimee', 'supprimees', 'licencies', 'licenciee', 'licenciees', 'concernes', 'concernee',
    'concernees', 'touchee', 'touchees', 'visee', 'visees', 'recrutes', 'recrutee', 'recrutees', 'embauches', 'embauchee', 'embauchees', 'reclasses', 'transferes', 'transferees']),
  moves: new Set(['progresse', 'augmente', 'hausse', 'baisse', 'recule', 'croit', 'bondi', 'chute', 'diminue', 'gagne', 'perdu', 'accru', 'grimpe', 'recul']),
  now: new Set(['desormais', "aujourd'hui", 'aujourd', 'actuellement', 'maintenant']),
  listJoiners: new Set(['et']),
  placed: new Set(['en', 'au', 'aux', 'a']),
  relocations: { verbs: formsOf(['transferer', 'demenager', 'deplacer', 'delocaliser', 'relocaliser'], forms), origins: new Set(['de', "d'", 'depuis']) },
  otherMetrics: new Set(['recurrent', 'recurrente', 'recurrents', 'recurrentes', 'abonnement', 'abonnements', 'sous-jacent', 'sous-jacente', 'licence', 'licences',
    // A line of business or a kind of sale: "le chiffre d'affaires export", "les revenus publicitaires", "les ventes en ligne".
    'export', 'international', 'publicitaire', 'publicitaires', 'logiciel', 'logiciels', 'services', 'cloud', 'numerique', 'digital', 'domestique', 'ligne']),
  metricHeads: new Set(['cout', 'couts', 'part', 'pourcentage', 'proportion', 'marge', 'marges', 'multiple', 'fois']),
  figures: frFigures,
  stopWords: new Set([...NOT_NAMES, ...METRIC_ACRONYMS, 'quelque', 'quelques', 'aujourd', "aujourd'hui", 'hier', 'depuis', 'apres', 'avant', 'lorsque', 'quand', 'comme', 'contrairement', 'fonde', 'fondee', 'cree', 'creee',
    'ne', 'chiffre', 'effectif', 'effectifs', 'fin', 'debut', 'cote', 'outre', 'ainsi', 'enfin', 'par', 'pourtant', 'toutefois', 'cependant', 'si', 'lors', 'malgre', 'grace',
    'fort', 'forte', 'forts', 'fortes']),
  isVerbAfter: (words, at) => /(?:er|ir|re)$/.test(words[at] ?? '') && (words[at] ?? '').length > 3 && !NOT_INFINITIVES.has(words[at]),
};
