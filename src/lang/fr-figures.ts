/** How French writes a figure: "soixante-dix", "quatre-vingt-douze", "2,3 milliards d'euros", "plus de", "près de". */
import type { FigureWords } from './figure-words.js';

export const frFigures: FigureWords = {
  numbers: {
    additive: {
      zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
      treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    },
    hundreds: ['cent', 'cents'],
    thousands: ['mille'],
    thousandsAlone: ['mille'],
    joiners: ['et'],
    products: { vingt: 'quatre', vingts: 'quatre' },
  },
  scales: { mille: 1e3, millier: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, md: 1e9, mds: 1e9, milliard: 1e9, milliards: 1e9 },
  countScales: ['million', 'millions', 'milliard', 'milliards', 'mille', 'millier', 'milliers'],
  currencies: { euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livre: 'GBP', livres: 'GBP' },
  qualifiers: [
    [['pas', 'moins', 'de'], 'atLeast'], [['pas', 'moins', "d'"], 'atLeast'], [['pas', 'plus', 'de'], 'atMost'], [['pas', 'plus', "d'"], 'atMost'],
    [['plus', 'de'], 'atLeast'], [['plus', "d'"], 'atLeast'], [['au', 'moins'], 'atLeast'],
    [['un', 'peu', 'moins', 'de'], 'atMost'], [['un', 'peu', 'moins', "d'"], 'atMost'], [['un', 'peu', 'plus', 'de'], 'atLeast'], [['un', 'peu', 'plus', "d'"], 'atLeast'],
    [['pres', 'de'], 'about'], [['pres', "d'"], 'about'], [['environ'], 'about'], [['quelque'], 'about'], [['autour', 'de'], 'about'],
    [['presque'], 'about'], [['approximativement'], 'about'],
    // Verbs that qualify the figure after them: "le chiffre d'affaires dépasse 1 milliard", "approchait 260 millions".
    [['depasse'], 'atLeast'], [['depassait'], 'atLeast'], [['depassent'], 'atLeast'], [['approche'], 'about'], [['approchait'], 'about'],
    [['frole'], 'about'], [['frolait'], 'about'],
    [['moins', 'de'], 'atMost'], [['moins', "d'"], 'atMost'], [["jusqu'", 'a'], 'atMost'],
  ],
  months: {
    janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  },
  changesFrom: ['passe', 'passee', 'passes', 'passees', 'passant', 'passer', 'progresse', 'augmente', 'baisse', 'recule', 'grimpe', 'chute', 'bondi',
    'diminue', 'evolue', 'porte', 'portee', 'ramene', 'ramenee', 'reduit', 'reduite'],
};
