import { describe, expect, test } from 'vitest';
import { relativeTimeAt } from '../../src/claims/relative-times.js';
import { tokenize } from '../../src/text/tokenize.js';

/** The first span read in `text`, token by token as a sentence is read, in an article of `date`, as "start/end". */
function read(date: string, text: string): string {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const said = relativeTimeAt(tokens, i, date);
    if (said) return `${said.span.start}/${said.span.end}`;
  }
  return 'none';
}

describe('relativeTimeAt: seasons and months said in words, relative to the article', () => {
  test.each([
    ['2019-03-14', "L'été dernier, l'entreprise employait 300 personnes.", '2018-06-01/2018-08-31'],
    ['2019-10-02', "L'été dernier, l'entreprise employait 300 personnes.", '2019-06-01/2019-08-31'],
    ['2019-07-15', 'Last summer the company employed 300 people.', '2018-06-01/2018-08-31'],
    ['2019-03-14', "L'hiver dernier, l'entreprise comptait 300 salariés.", '2018-12-01/2019-02-28'],
    ['2019-01-10', 'Last winter it had 300 staff.', '2017-12-01/2018-02-28'],
    ['2019-03-14', 'This summer it will hire.', '2019-06-01/2019-08-31'],
    ['2019-01-14', 'This winter it had 300 staff.', '2018-12-01/2019-02-28'],
    ['2019-03-14', 'Summer 2016 was its best season.', '2016-06-01/2016-08-31'],
    ['2024-03-07', 'end of December, it had 300 staff.', '2023-12-01/2023-12-31'],
    ['2024-12-20', 'fin décembre, elle comptait 300 salariés.', '2024-12-01/2024-12-31'],
    ['2024-12-20', 'last December it had 300 staff.', '2023-12-01/2023-12-31'],
    ['2024-03-07', "à la fin d'août, elle comptait 300 salariés.", '2023-08-01/2023-08-31'],
    ['2024-03-07', 'mi-mars, elle comptait 300 salariés.', '2024-03-01/2024-03-31'],
    ['2024-01-07', 'le mois dernier, elle comptait 300 salariés.', '2023-12-01/2023-12-31'],
    ['2024-03-07', 'in December 2022 it had 300 staff.', 'none'],
    ['2024-03-07', 'may employ 300 people.', 'none'],
    ['2024-03-07', 'in January-September it sold more.', 'none'],
    ['2024-03-07', 'en janvier à septembre, elle a vendu plus.', 'none'],
    ['2024-03-07', 'été fondée en 2001.', 'none'],
    ['2024-03-07', 'fall 3% in a year.', 'none'],
  ])('%s: %s -> %s', (date, text, span) => {
    expect(read(date, text)).toBe(span);
  });
});
