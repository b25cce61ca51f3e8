import { describe, expect, test } from 'vitest';
import { entitiesFrom, judgeWith } from '../helpers/knowledge.js';

const FACTS = `
entities:
  - entity: acme
    name: Acmé
    aliases: [Acme, Groupe Acmé]
    facts:
      founded: 1987
      founders: [Ada Martin, Paul Durand]
      headquarters: Lyon
      employees:
        - value: 1200
          asOf: 2020-06
        - value: 1450
          asOf: 2023-12
      revenue:
        - value: 412.5e6
          unit: EUR
          period: 2023-01-01/2023-06-30
          label: H1 2023
        - value: 98.2e6
          unit: EUR
          period: 2023-07-01/2023-09-30
          label: Q3 2023
        - value: 880e6
          unit: EUR
          period: 2023-01-01/2023-12-31
          label: FY 2023
      ceo:
        - value: Ada Martin
          from: 1987
          until: 2019-04
        - value: Claire Roux
          from: 2019-04
  - entity: cyclon
    name: Cyclon
    aliases: []
    facts:
      employees:
        - value: 300
          asOf: 2023-12
  - entity: brakeco
    name: Brakeco
    facts: {}
`;

const judge = judgeWith(entitiesFrom(FACTS));

type Row = [string, { lang?: 'fr' | 'en'; date?: string; about?: string[] }, string];

/** Each row: a sentence, its article context, and the verdicts as "attribute kind value". */
function run(rows: Row[]) {
  test.each(rows)('%s', (text, opts, expected) => {
    const got = judge(text, opts).map((v) => `${v.claim.attribute} ${v.kind} ${'raw' in v.claim.value ? v.claim.value.raw : ''}`);
    expect(got.join(' | ')).toBe(expected);
  });
}

describe('every built-in attribute, French', () => {
  run([
    ['Acmé, fondée en 1987, fabrique des vélos.', { date: '2024-01' }, 'founded consistent 1987'],
    ['Acmé, fondée en 1990, fabrique des vélos.', { date: '2024-01' }, 'founded contradiction 1990'],
    ['Acmé emploie 1 450 salariés.', { date: '2024-01-10' }, 'employees consistent 1 450'],
    ['Acmé emploie 1 950 salariés.', { date: '2024-01-10' }, 'employees contradiction 1 950'],
    ["Au premier semestre, le chiffre d'affaires d'Acmé atteint 412,5 millions d'euros.", { date: '2023-07-26' }, 'revenue consistent 412,5 millions d\'euros'],
    ["Au premier semestre, le chiffre d'affaires d'Acmé atteint 421,5 millions d'euros.", { date: '2023-07-26' }, 'revenue contradiction 421,5 millions d\'euros'],
    ['Fondée en 1987 par Ada Martin, Acmé fabrique des vélos.', { date: '2024-01' }, 'founded consistent 1987 | founders consistent Ada Martin'],
    ['Fondée en 1987 par Marc Petit, Acmé fabrique des vélos.', { date: '2024-01' }, 'founded consistent 1987 | founders contradiction Marc Petit'],
    ["Claire Roux, directrice générale d'Acmé, a présenté les résultats.", { date: '2024-01' }, 'ceo consistent Claire Roux'],
    ["Ada Martin, directrice générale d'Acmé, a présenté les résultats.", { date: '2024-01' }, 'ceo contradiction Ada Martin'],
    ["Ada Martin, directrice générale d'Acmé, a présenté les résultats.", { date: '2018-05' }, 'ceo consistent Ada Martin'],
    ['Acmé, dont le siège social est à Lyon, recrute.', { date: '2024-01' }, 'headquarters consistent Lyon'],
    ['Acmé, dont le siège social est à Grenoble, recrute.', { date: '2024-01' }, 'headquarters contradiction Grenoble'],
  ]);
});

describe('every built-in attribute, English', () => {
  run([
    ['Acme, founded in 1987, makes bicycles.', { lang: 'en', date: '2024-01' }, 'founded consistent 1987'],
    ['Acme was founded in 1991.', { lang: 'en', date: '2024-01' }, 'founded contradiction 1991'],
    ['Acme employs 1,450 people.', { lang: 'en', date: '2024-01' }, 'employees consistent 1,450'],
    ['Acme employs 14,500 people.', { lang: 'en', date: '2024-01' }, 'employees contradiction 14,500'],
    ['Acme reported first-half revenue of €412.5 million.', { lang: 'en', date: '2023-07-26' }, 'revenue consistent €412.5 million'],
    ['Acme reported first-half revenue of €412.5 billion.', { lang: 'en', date: '2023-07-26' }, 'revenue contradiction €412.5 billion'],
    ['Founded by Paul Durand, Acme makes bicycles.', { lang: 'en', date: '2024-01' }, 'founders consistent Paul Durand'],
    ['Acme CEO Claire Roux said demand was strong.', { lang: 'en', date: '2024-01' }, 'ceo consistent Claire Roux'],
    ['Acme CEO Paul Durand said demand was strong.', { lang: 'en', date: '2024-01' }, 'ceo contradiction Paul Durand'],
    ['Acme, headquartered in Paris, makes bicycles.', { lang: 'en', date: '2024-01' }, 'headquarters contradiction Paris'],
    ['The Lyon-based company makes bicycles.', { lang: 'en', date: '2024-01', about: ['acme'] }, 'headquarters consistent Lyon'],
  ]);
});

describe('traps: read but not judged, or judged right', () => {
  run([
    ["Acmé n'a pas été fondée en 1990, mais en 1987.", { date: '2024-01' }, 'founded unverifiable 1990'],
    ['Acme was not founded in 1990.', { lang: 'en', date: '2024-01' }, 'founded unverifiable 1990'],
    ["Acmé vise 2 milliards d'euros de chiffre d'affaires.", { date: '2024-01' }, 'revenue unverifiable 2 milliards d\'euros'],
    ["Acmé maintient son objectif de 2 milliards d'euros de chiffre d'affaires.", { date: '2024-01' }, 'revenue unverifiable 2 milliards d\'euros'],
    ['Acme holds to its €2 billion annual revenue target.', { lang: 'en', date: '2024-01' }, 'revenue unverifiable €2 billion'],
    ['Selon des rumeurs, Acmé emploierait 3 000 salariés.', { date: '2024-01' }, 'employees unverifiable 3 000'],
    ['Acme would employ 3,000 people after the merger.', { lang: 'en', date: '2024-01' }, 'employees unverifiable 3,000'],
    ["L'ancien directeur général Ada Martin a quitté Acmé.", { date: '2024-01' }, 'ceo unverifiable Ada Martin'],
    ["Acmé n'emploie plus 3 000 salariés.", { date: '2024-01' }, 'employees unverifiable 3 000'],
    ["Acmé n'emploie que 1 950 salariés.", { date: '2024-01' }, 'employees contradiction 1 950'],
    ['Acme no longer employs 3,000 people.', { lang: 'en', date: '2024-01' }, 'employees unverifiable 3,000'],
    // A gap never bridges two clauses joined by a conjunction.
    ["Le chiffre d'affaires d'Acmé progresse et le résultat net atteint 50 millions d'euros.", { date: '2024-03' }, ''],
    ['Acme revenue grew and net profit reached €50 million in 2023.', { lang: 'en', date: '2024-03' }, ''],
    ['Acmé emploie-t-elle vraiment 3 000 salariés ?', { date: '2024-01' }, 'employees unverifiable 3 000'],
    ['Does Acme really employ 3,000 people?', { lang: 'en', date: '2024-01' }, 'employees unverifiable 3,000'],
    // Same unit word, another attribute: servers are not employees.
    ['Acmé a installé 1 950 serveurs.', { date: '2024-01' }, ''],
    // Another entity: the nearest name decides.
    ['Cyclon emploie 300 salariés, contre 1 450 chez Acmé.', { date: '2024-01' }, 'employees consistent 300 | employees consistent 1 450'],
    ['Brakeco, fondée en 1990, fournit Acmé.', { date: '2024-01' }, 'founded unverifiable 1990'],
    // Rounding: "412 millions" agrees with 412.5e6; "1,3 milliard" does not agree with 880e6.
    ["Au premier semestre, le chiffre d'affaires d'Acmé atteint 412 millions d'euros.", { date: '2023-07-26' }, 'revenue consistent 412 millions d\'euros'],
    ["En 2023, le chiffre d'affaires d'Acmé atteint 1,3 milliard d'euros.", { date: '2024-03' }, 'revenue contradiction 1,3 milliard d\'euros'],
    ["En 2023, le chiffre d'affaires d'Acmé atteint 0,9 milliard d'euros.", { date: '2024-03' }, 'revenue consistent 0,9 milliard d\'euros'],
    // A quarter or half with its year: that one, not the latest.
    ["Au premier semestre 2023, le chiffre d'affaires d'Acmé atteint 412,5 millions d'euros.", { date: '2025-03' }, 'revenue consistent 412,5 millions d\'euros'],
    ["Au premier semestre 2022, le chiffre d'affaires d'Acmé atteint 300 millions d'euros.", { date: '2025-03' }, 'revenue unverifiable 300 millions d\'euros'],
    ['In Q3 2023, Acme revenue reached €89.2 million.', { lang: 'en', date: '2025-03' }, 'revenue contradiction €89.2 million'],
    // The last fiscal year: the latest full year reported before the article.
    ["Sur son dernier exercice, Acmé a réalisé un chiffre d'affaires de 880 millions d'euros.", { date: '2024-05' }, 'revenue consistent 880 millions d\'euros'],
    ['Acme reported revenue of €980 million for its last fiscal year.', { lang: 'en', date: '2024-05' }, 'revenue contradiction €980 million'],
    ['Acme posted revenue of €880 million in its 2023 fiscal year.', { lang: 'en', date: '2024-05' }, 'revenue consistent €880 million'],
    ['Acme has annual revenue of €880 million.', { lang: 'en', date: '2024-05' }, 'revenue consistent €880 million'],
    ["Acmé réalise un chiffre d'affaires annuel de 980 millions d'euros.", { date: '2024-05' }, 'revenue contradiction 980 millions d\'euros'],
    ["Acmé a réalisé un chiffre d'affaires annuel de 880 millions d'euros en 2023.", { date: '2025-05' }, 'revenue consistent 880 millions d\'euros'],
    // A period with no statement.
    ["Au premier trimestre, le chiffre d'affaires d'Acmé atteint 190 millions d'euros.", { date: '2023-05' }, 'revenue unverifiable 190 millions d\'euros'],
    ["En 2021, le chiffre d'affaires d'Acmé atteint 700 millions d'euros.", { date: '2022-03' }, 'revenue unverifiable 700 millions d\'euros'],
    ["Le chiffre d'affaires d'Acmé atteint 700 millions d'euros.", { date: '2024-03' }, 'revenue unverifiable 700 millions d\'euros'],
    // Qualifiers.
    ['Acmé compte plus de 1 000 salariés.', { date: '2024-01' }, 'employees consistent 1 000'],
    ['Acmé compte plus de 2 000 salariés.', { date: '2024-01' }, 'employees contradiction 2 000'],
    ['Acmé emploie près de 1 500 salariés.', { date: '2024-01' }, 'employees consistent 1 500'],
    ['Acme employs fewer than 1,000 people.', { lang: 'en', date: '2024-01' }, 'employees contradiction 1,000'],
    // Verbs that qualify: "dépasse" is at least, "approchait" is about.
    ["En 2023, le chiffre d'affaires d'Acmé dépasse 500 millions d'euros.", { date: '2024-03' }, 'revenue consistent 500 millions d\'euros'],
    ["En 2023, le chiffre d'affaires d'Acmé approchait 850 millions d'euros.", { date: '2024-03' }, 'revenue consistent 850 millions d\'euros'],
    ["En 2023, le chiffre d'affaires d'Acmé dépasse 1 milliard d'euros.", { date: '2024-03' }, 'revenue contradiction 1 milliard d\'euros'],
    // Negated comparatives are qualifiers.
    ['Acmé compte pas moins de 1 400 salariés.', { date: '2024-01' }, 'employees consistent 1 400'],
    ['Acmé ne compte pas plus de 1 000 salariés.', { date: '2024-01' }, 'employees contradiction 1 000'],
    ['Acme employs no fewer than 1,400 people.', { lang: 'en', date: '2024-01' }, 'employees consistent 1,400'],
    ['Acme employs no more than 1,000 people.', { lang: 'en', date: '2024-01' }, 'employees contradiction 1,000'],
    // Time: a year in the sentence beats the article's date; a statement years away is not used.
    ['En 2020, Acmé employait 1 200 salariés.', { date: '2024-01' }, 'employees consistent 1 200'],
    ['En 2012, Acmé employait 500 salariés.', { date: '2024-01' }, 'employees unverifiable 500'],
    // A time named for a target dates the target only; the target does not hedge the figure before it.
    ['Acmé, fondée en 1990, emploie 1 950 salariés et vise 3 000 salariés en 2030.', { date: '2024-01' }, 'founded contradiction 1990 | employees contradiction 1 950 | employees unverifiable 3 000'],
    ['En 2020, Acmé employait 1 200 salariés et en 2023, 1 450 salariés.', { date: '2024-01' }, 'employees consistent 1 200 | employees consistent 1 450'],
    // A count placed somewhere is a part of the whole, unless a rule asks for the place.
    ['Acmé emploie 1 100 salariés en France.', { date: '2024-01' }, 'employees unverifiable 1 100'],
    ['Acme employs 300 people in Germany.', { lang: 'en', date: '2024-01' }, 'employees unverifiable 300'],
    ['Acme employs 14,500 people in 12 countries.', { lang: 'en', date: '2024-01' }, 'employees contradiction 14,500'],
    // "chez" names a company as much as the subject does: Cyclon's 300 at Brakeco are no total of either.
    ['Cyclon compte 300 salariés chez Brakeco.', { date: '2024-01' }, 'employees unverifiable 300'],
    // A year of birth or founding dates nothing else in the sentence.
    ['Le groupe Acmé, né en 1987, emploie 1 450 personnes.', { date: '2024-01' }, 'employees consistent 1 450'],
    ['Acme (founded 1987) is hiring.', { lang: 'en', date: '2024-01' }, 'founded consistent 1987'],
    ['The 14,500-strong company is hiring.', { lang: 'en', date: '2024-01', about: ['acme'] }, 'employees contradiction 14,500'],
    // Years ago, counted from the article's date.
    ['Il y a quatre ans, Acmé comptait 1 200 salariés.', { date: '2024-03' }, 'employees consistent 1 200'],
    ['Four years ago, Acme employed 1,900 people.', { lang: 'en', date: '2024-03' }, 'employees contradiction 1,900'],
    // The size of a change is not the figure.
    ["En 2023, le chiffre d'affaires d'Acmé a progressé de 50 millions d'euros.", { date: '2024-03' }, 'revenue unverifiable 50 millions d\'euros'],
    ['In 2023, Acme revenue rose by €50 million.', { lang: 'en', date: '2024-03' }, ''],
    ['In 2023, Acme revenue of €880 million was up by €50 million.', { lang: 'en', date: '2024-03' }, 'revenue consistent €880 million'],
    ["En 2023, le chiffre d'affaires d'Acmé a progressé de 6 % à 880 millions d'euros.", { date: '2024-03' }, 'revenue consistent 880 millions d\'euros'],
    ["En 2023, Acmé a réalisé un chiffre d'affaires de 980 millions d'euros.", { date: '2024-03' }, 'revenue contradiction 980 millions d\'euros'],
    // A change in headcount is not the headcount.
    ['Acmé a recruté 300 salariés en 2023.', { date: '2024-01' }, 'employees unverifiable 300'],
    ['Acme added 300 employees last year.', { lang: 'en', date: '2024-01' }, 'employees unverifiable 300'],
    ['Acme cut 200 staff in 2023.', { lang: 'en', date: '2024-01' }, 'employees unverifiable 200'],
    ['In 2023 Acme employed 1,950 people, and it has kept hiring since.', { lang: 'en', date: '2024-01' }, 'employees contradiction 1,950'],
    // A part of a total.
    ['Acmé emploie 1 450 salariés, dont 900 salariés en France.', { date: '2024-01' }, 'employees consistent 1 450 | employees unverifiable 900'],
    // A quarter named by its end.
    ['Acme revenue for the quarter ended 30 September 2023 reached €98.2 million.', { lang: 'en', date: '2023-11' }, 'revenue consistent €98.2 million'],
    ['Acme revenue for the quarter ended 30 September 2023 reached €89.2 million.', { lang: 'en', date: '2023-11' }, 'revenue contradiction €89.2 million'],
    // A name inside an aside set off by commas is not the subject.
    ['Cyclon, a supplier of Acme, employs 300 people.', { lang: 'en', date: '2024-01' }, 'employees consistent 300'],
    ['Cyclon, fournisseur d\'Acmé, emploie 300 salariés.', { date: '2024-01' }, 'employees consistent 300'],
    ['Acme, which buys from Cyclon, employs 1,450 people.', { lang: 'en', date: '2024-01' }, 'employees consistent 1,450'],
    // A company no facts file knows, as the subject: not the article's company.
    ['Initech was founded in 2001.', { lang: 'en', date: '2024-01', about: ['acme'] }, 'founded unverifiable 2001'],
    ['Initech, fondée en 2001, fournit des freins.', { date: '2024-01', about: ['acme'] }, 'founded unverifiable 2001'],
    ["Initech a été fondée en 2001.", { date: '2024-01', about: ['acme'] }, 'founded unverifiable 2001'],
    ['The company was founded in 2001.', { lang: 'en', date: '2024-01', about: ['acme'] }, 'founded contradiction 2001'],
    ['Founded in 2001, the company makes bicycles.', { lang: 'en', date: '2024-01', about: ['acme'] }, 'founded contradiction 2001'],
    // An undated article speaks of now: the current holder.
    ['Acme CEO Ada Martin said demand was strong.', { lang: 'en', about: ['acme'] }, 'ceo contradiction Ada Martin'],
    ['Acme CEO Claire Roux said demand was strong.', { lang: 'en', about: ['acme'] }, 'ceo consistent Claire Roux'],
    // No entity at all: nobody to judge.
    ['La société emploie 5 000 salariés.', { date: '2024-01' }, 'employees unverifiable 5 000'],
  ]);
});
