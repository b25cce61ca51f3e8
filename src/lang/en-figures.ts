/** How English writes a figure: "twenty-one", "two hundred thousand", "2.3 billion euros", "more than", "nearly". */
import type { FigureWords } from './figure-words.js';

export const enFigures: FigureWords = {
  numbers: {
    additive: {
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
      fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
      fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    hundreds: ['hundred'],
    thousands: ['thousand'],
    thousandsAlone: [],
    joiners: ['and'],
    products: {},
  },
  scales: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12 },
  countScales: ['million', 'millions', 'billion', 'billions', 'thousand'],
  currencies: { euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP' },
  qualifiers: [
    [['no', 'less', 'than'], 'atLeast'], [['not', 'less', 'than'], 'atLeast'], [['no', 'more', 'than'], 'atMost'], [['not', 'more', 'than'], 'atMost'],
    [['more', 'than'], 'atLeast'], [['over'], 'atLeast'], [['at', 'least'], 'atLeast'], [['upwards', 'of'], 'atLeast'], [['no', 'fewer', 'than'], 'atLeast'],
    [['just', 'under'], 'atMost'], [['just', 'below'], 'atMost'], [['just', 'over'], 'atLeast'], [['just', 'above'], 'atLeast'],
    [['about'], 'about'], [['nearly'], 'about'], [['almost'], 'about'], [['some'], 'about'], [['around'], 'about'], [['roughly'], 'about'],
    [['approximately'], 'about'], [['close', 'to'], 'about'],
    // Verbs that qualify the figure after them: "revenue exceeded €1 billion", "approached 260 million".
    [['exceeds'], 'atLeast'], [['exceeded'], 'atLeast'], [['topped'], 'atLeast'], [['approaches'], 'about'], [['approached'], 'about'],
    [['fewer', 'than'], 'atMost'], [['less', 'than'], 'atMost'], [['under'], 'atMost'], [['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'],
  ],
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  changesFrom: ['rose', 'grew', 'increased', 'fell', 'decreased', 'jumped', 'climbed', 'went', 'dropped', 'declined', 'moved', 'rising', 'growing',
    'falling', 'up', 'down', 'raised', 'boosted', 'cut', 'reduced', 'lifted', 'grown', 'risen', 'fallen', 'expanded', 'shrank', 'shrunk'],
};
