import { describe, expect, test } from 'vitest';
import { timeMentions } from '../../src/claims/time.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Each time expression of `text` as "kind words [span or index or year or iso]", in an article of `date`. */
function read(text: string, date = '2024-03-07'): string[] {
  const tokens = tokenize(text);
  return timeMentions(tokens, () => false, date).map((m) => {
    const words = tokens.slice(m.at, m.end).map((t) => t.text).join(' ');
    const detail = m.span ? `${m.span.start}/${m.span.end}` : m.iso ?? (m.year !== undefined ? String(m.year) : String(m.index ?? ''));
    return `${m.kind} ${words} ${detail}`;
  });
}

/**
 * Only a figure or a word that can open a time expression is read as the
 * start of one: each row opens its expression with another reader's first
 * word, after words that open none, so a first word the readers know and
 * the skip does not would show here as a missing mention.
 */
describe('timeMentions: every reader is still asked at a word that can open its expression', () => {
  test.each([
    ['Acme grew in the year ended 31 March 2024.', ['fiscal year ', 'ended ended 31 March 2024 2024-03-31']],
    ['Acme grew in the six months to 30 June 2023.', ['months six months 6', 'ended to 30 June 2023 2023-06-30']],
    ['Cyclon a progressé au premier trimestre.', ['quarter premier trimestre 1']],
    ['Cyclon grew in the second-half.', ['half second - half 2']],
    ['Cyclon grew in Q3 and in H1.', ['quarter Q 3 3', 'half H 1 1']],
    ['Cyclon a progressé au T2 et au S2.', ['quarter T 2 2', 'half S 2 2']],
    ['Veloria a vendu plus de janvier à septembre.', ['months janvier à septembre 9']],
    ['Veloria a vendu plus sur les neuf premiers mois.', ['months neuf premiers mois 9']],
    ['Veloria sold more in the first nine months.', ['months first nine months 9']],
    ["Veloria a publié son dernier exercice et l'exercice 2024-2025.", ['fiscal dernier exercice ', 'fiscal exercice 2024 - 2025 2025']],
    ['Veloria reported FY2026 and fiscal 2025, then the 2027 financial year.', ['fiscal FY 2026 2026', 'fiscal fiscal 2025 2025', 'fiscal 2027 financial year 2027']],
    ['Nordwind reports its annual sales and sales per year.', ['fiscal annual ', 'fiscal per year ']],
    ['Nordwind a ouvert le 12 mai 2021 et en juin 2022.', ['span 12 mai 2021 2021-05-12/2021-05-12', 'span juin 2022 2022-06-01/2022-06-30']],
    ["Nordwind a recruté l'été dernier et fin décembre.", ['span été dernier 2023-06-01/2023-08-31', 'span fin décembre 2023-12-01/2023-12-31']],
    ['Nordwind hired last month and this summer.', ['span last month 2024-02-01/2024-02-29', 'span this summer 2024-06-01/2024-08-31']],
    ["Nordwind a recruté l'an dernier et cette année.", ["span l' an dernier 2023-01-01/2023-12-31", 'span cette année 2024-01-01/2024-12-31']],
    ['Nordwind hired last year, in 2019.', ['span last year 2023-01-01/2023-12-31', 'span 2019 2019-01-01/2019-12-31']],
    ['Il y a cinq ans, Nordwind comptait peu.', ['span Il y a cinq ans 2019-01-01/2019-12-31']],
    ['Five years ago, Nordwind was small.', ['span Five years ago 2019-01-01/2019-12-31']],
    ['Nordwind, fondée en 1994, recrute.', []],
    ['The constructor quarter of Nordwind and its constructor of 2018.', ['span 2018 2018-01-01/2018-12-31']],
  ])('%s', (text, mentions) => {
    expect(read(text)).toEqual(mentions);
  });
});
