import { describe, expect, test } from 'vitest';
import { monthsAt } from '../../src/claims/opening-months.js';
import { tokenize } from '../../src/text/tokenize.js';
import { foldText } from '../../src/text/fold.js';

/** The first period named by its months in `text`, as `kind index`, or "none". */
function firstMonths(text: string): string {
  const tokens = tokenize(text, foldText(text));
  for (let i = 0; i < tokens.length; i++) {
    const m = monthsAt(tokens, i);
    if (m) return `${m.kind} ${m.index}`;
  }
  return 'none';
}

describe('periods named by their months', () => {
  test.each([
    ['Sur les neuf premiers mois de 2024, les ventes progressent.', 'months 9'],
    ['Sur neuf mois, le chiffre d’affaires atteint 355 millions.', 'months 9'],
    ['In the first nine months of the year, sales rose.', 'months 9'],
    ['Revenue for the nine months to 30 September reached €355 million.', 'months 9'],
    ['Sales advanced to €580 million in January-September.', 'months 9'],
    ['De janvier à septembre, le chiffre d’affaires atteint 580 millions.', 'months 9'],
    ['Sur les trois premiers mois de l’année, les ventes reculent.', 'quarter 1'],
    ['Sur les six premiers mois, le chiffre d’affaires atteint 230 millions.', 'half 1'],
    ['D’avril à juin, les ventes progressent.', 'quarter 2'],
    ['From July to December, sales rose.', 'half 2'],
    ['De mars à septembre, le chiffre d’affaires atteint 390 millions.', 'months 0'],
    ['Revenue for the six months ended 31 December reached €230 million.', 'months 6'],
  ])('%s -> %s', (text, expected) => expect(firstMonths(text)).toBe(expected));

  test.each([
    ['Over the past nine months, revenue reached €390 million.'],
    ['Au cours des neuf derniers mois, le chiffre d’affaires a atteint 390 millions.'],
    ['The project took nine months and cost €4 million.'],
    ['Septembre à mars : la saison basse.'],
  ])('%s names no months since the year began', (text) => expect(firstMonths(text)).toBe('none'));
});
