/**
 * Whose figure and whose time (contract section 2): each row is a sentence
 * with the whole reading it must get: the attribute, the owner, the time
 * the claim speaks of and the verdict, or why it is not judged.
 */
import { describe, expect, test } from 'vitest';
import { entitiesFrom, judgeWith } from '../helpers/knowledge.js';
import type { Lang, Verdict } from '../../src/types.js';

const FACTS = `
entities:
  - entity: acme
    name: Acme
    aliases: [Acmé, Acme Group]
    facts:
      founded: 1999
      employees:
        - value: 1000
          asOf: 2015-06
        - value: 3000
          asOf: 2024-01
      revenue:
        - value: 50e6
          unit: EUR
          period: 2023-01-01/2023-12-31
        - value: 6.8e9
          unit: EUR
          period: 2024-01-01/2024-12-31
        - value: 5.3e9
          unit: EUR
          period: 2018-01-01/2018-12-31
      ceo:
        - value: Claire Roux
          from: 2018-01
  - entity: cyclon
    name: Cyclon
    facts:
      founded: 2004
      employees:
        - value: 800
          asOf: 2024-01
`;

const read = judgeWith(entitiesFrom(FACTS));

interface Row {
  text: string;
  lang?: Lang;
  about?: string[];
  attribute: string;
  /** The owner the claim is bound to, or null when none is. */
  entity: string | null;
  /** The time as explain words it: a span start, or undefined when the article's date is kept. */
  time?: string;
  verdict: Verdict['kind'];
  /** A fragment of the reason, for claims not judged. */
  why?: string;
}

function check(row: Row) {
  const verdicts = read(row.text, { lang: row.lang ?? (/[éèà]| de | le | la /.test(row.text) ? 'fr' : 'en'), date: '2024-03-01', about: row.about });
  const v = verdicts.find((x) => x.claim.attribute === row.attribute);
  expect(v, `no ${row.attribute} claim read in "${row.text}"`).toBeDefined();
  const time = v!.claim.time.source === 'sentence' ? v!.claim.time.span?.start ?? v!.claim.time.text : undefined;
  expect({ entity: v!.claim.entity, time, verdict: v!.kind }).toEqual({ entity: row.entity, time: row.time, verdict: row.verdict });
  if (row.why) expect(v!.reason).toContain(row.why);
}

describe('a figure that belongs to someone else is never judged against the claim\'s company', () => {
  test.each<Row>([
    { text: 'Unlike Acme, Cyclon employs 3,000 people.', attribute: 'employees', entity: 'cyclon', verdict: 'contradiction' },
    { text: 'Unlike Acme, Veloria employs 3,000 people.', attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'Veloria' },
    { text: 'Acme acquired Veloria, founded in 1990.', attribute: 'founded', entity: null, verdict: 'unverifiable', why: 'Veloria' },
    { text: 'Acme acquired Cyclon, founded in 1990.', attribute: 'founded', entity: 'cyclon', verdict: 'contradiction' },
    { text: "Le chiffre d'affaires de la filiale allemande atteint 50 millions d'euros en 2023.", about: ['acme'], attribute: 'revenue', entity: null, time: '2023-01-01', verdict: 'unverifiable', why: 'filiale' },
    { text: "Acmé a réalisé un chiffre d'affaires de 6,8 milliards d'euros en 2024, contre 9,7 milliards pour Nordwind.", attribute: 'revenue', entity: 'acme', time: '2024-01-01', verdict: 'consistent' },
    { text: "Veloria's revenue of €13bn in 2023 dwarfs Acme.", attribute: 'revenue', entity: null, time: '2023-01-01', verdict: 'unverifiable', why: 'Veloria' },
    { text: 'Acmé a été fondée en 1999 par des anciens de Nordwind, qui emploie 44 000 personnes.', attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'Nordwind' },
    { text: 'The Acme Research Institute was founded in 2011.', attribute: 'founded', entity: null, verdict: 'unverifiable', why: 'Institute' },
    { text: 'La Fondation Acmé a été créée en 2011.', attribute: 'founded', entity: null, verdict: 'unverifiable' },
    { text: 'Le groupe, dirigé par Claire Roux, emploie 3 000 salariés.', about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: 'The Group employs 3,000 people.', about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'consistent' },
  ])('$text', check);
});

describe('a figure that is not stated as a fact is read but not judged', () => {
  test.each<Row>([
    { text: 'Acme has never, in its long history, employed 3,000 people.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'negated' },
    { text: 'Acme denied reports that it employs 5,000 people.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'denied' },
    { text: 'Acmé a démenti employer 5 000 salariés.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'denied' },
    { text: 'If Acme employed 5,000 people, it would need a new site.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'condition' },
    { text: 'Acme will employ 5,000 people.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'will' },
    { text: 'Acme planned to employ 5,000 people.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'planned' },
    { text: 'Acmé prévoyait 5 000 salariés.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'prévoyait' },
    { text: 'Acmé compte employer 5 000 salariés.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'compte' },
    { text: 'Acmé entend employer 5 000 salariés.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'entend' },
    { text: 'Acme employs 5,000 people, according to people familiar with the matter.', attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'according to' },
    { text: 'Acme employs 5,000 people, according to the company.', attribute: 'employees', entity: 'acme', verdict: 'contradiction' },
    { text: 'Acme employs 5,000 people.', attribute: 'employees', entity: 'acme', verdict: 'contradiction' },
  ])('$text', check);
});

describe('whose time: a figure\'s time is the one written in its own clause', () => {
  test.each<Row>([
    { text: 'Acme, which acquired Cyclon in 2015, employs 3,000 people.', attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: 'Acmé, qui a racheté Cyclon en 2015, emploie 3 000 salariés.', attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: 'Acme employs 3,000 people, up from 1,000 in 2015.', attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: "Le chiffre d'affaires d'Acmé atteint 6,8 milliards d'euros en 2024, contre 5,3 milliards en 2018.", attribute: 'revenue', entity: 'acme', time: '2024-01-01', verdict: 'consistent' },
    { text: 'Acme, founded in 1999, employs 3,000 people.', attribute: 'employees', entity: 'acme', verdict: 'consistent' },
  ])('$text', check);
});

/** Shapes read in published results announcements and business news, written anew with invented companies. */
describe('shapes of results announcements and business news', () => {
  test.each<Row>([
    { text: 'For the full year 2024, Acme reported revenue of €6.8 billion, an increase of 28% from €5.3 billion in 2018.', attribute: 'revenue', entity: 'acme', time: '2024-01-01', verdict: 'consistent' },
    { text: 'Revenue rose to €6.8 billion in 2024 from €5.9 billion in 2018.', about: ['acme'], attribute: 'revenue', entity: 'acme', time: '2024-01-01', verdict: 'consistent' },
    { text: "En 2024, le chiffre d'affaires consolidé du groupe s'élève à 6 800 M€, en hausse de 28 % par rapport à 2018.", about: ['acme'], attribute: 'revenue', entity: 'acme', time: '2024-01-01', verdict: 'consistent' },
    { text: "Claire Roux, directrice générale d'Acmé, a indiqué que le groupe emploie 3 000 salariés.", about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: "Acmé, qui compte 3 000 salariés, a racheté Veloria, dont l'effectif atteint 450 personnes.", attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: 'Veloria, a supplier to Acme, employs 3,000 people.', attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'Veloria' },
    { text: 'Its rival employs 5,000 people.', about: ['acme'], attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'rival' },
    { text: 'Acme expects to employ 5,000 people by 2026.', attribute: 'employees', entity: 'acme', time: '2026-01-01', verdict: 'unverifiable', why: 'expects' },
    { text: "L'entreprise ne compte plus 5 000 salariés.", about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'plus' },
    { text: "L'entreprise compte encore 5 000 salariés.", about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'contradiction' },
    { text: 'Acme, whose German subsidiary employs 5,000 people, is based in Lyon.', attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'subsidiary' },
    { text: "Selon des sources proches du dossier, Acmé emploie 5 000 salariés.", attribute: 'employees', entity: 'acme', verdict: 'unverifiable', why: 'sources' },
    { text: "Selon la direction, Acmé emploie 5 000 salariés.", attribute: 'employees', entity: 'acme', verdict: 'contradiction' },
    { text: 'Acme employed 1,000 people in 2015.', attribute: 'employees', entity: 'acme', time: '2015-01-01', verdict: 'consistent' },
    { text: "Le groupe Nordwind, qui a racheté Acmé en 2015, emploie 5 000 salariés.", attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'Nordwind' },
  ])('$text', check);
});

/** The definite noun phrase an aside or a relative clause hangs on owns its figures, unless it refers to the company. */
describe('a figure of a definite noun phrase that is not the company is not judged', () => {
  test.each<Row>([
    { text: 'The industry federation, which employs 400 people, will host the next congress.', about: ['acme'], attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'federation' },
    { text: 'Acme joined the regional cluster, which employs 60 people.', attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'cluster' },
    { text: 'La fédération, qui compte 400 salariés, organise le prochain congrès.', about: ['acme'], attribute: 'employees', entity: null, verdict: 'unverifiable', why: 'fédération' },
    { text: 'The company, which employs 5,000 people, will host the next congress.', about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'contradiction' },
    { text: 'Le groupe, qui compte 3 000 salariés, organise le prochain congrès.', about: ['acme'], attribute: 'employees', entity: 'acme', verdict: 'consistent' },
  ])('$text', check);
});

describe('a comparison dated from the figure it is compared with', () => {
  test.each<Row>([
    { text: 'Acme employs 3,000 people, up from 1,000 a year earlier.', attribute: 'employees', entity: 'acme', verdict: 'consistent' },
    { text: "Le chiffre d'affaires d'Acmé atteint 6,8 milliards d'euros en 2024, contre 5,3 milliards six ans plus tôt.", attribute: 'revenue', entity: 'acme', time: '2024-01-01', verdict: 'consistent' },
  ])('$text', check);

  test('the compared figure takes the first figure\'s time moved back', () => {
    const [, compared] = read("Le chiffre d'affaires d'Acmé atteint 6,8 milliards d'euros en 2024, contre 5,5 milliards six ans plus tôt.", { lang: 'fr', date: '2025-03-01' });
    expect({ entity: compared.claim.entity, span: compared.claim.time.span, kind: compared.kind }).toEqual({
      entity: 'acme', span: { start: '2018-01-01', end: '2018-12-31' }, kind: 'contradiction',
    });
  });

  test('a year earlier than a period with no year is not judged', () => {
    const [, compared] = read('Acme revenue rose to €6.8 billion in the first half, up from €5.5 billion a year earlier.', { lang: 'en', date: '2025-03-01' });
    expect({ kind: compared.kind, reason: compared.reason }).toEqual({ kind: 'unverifiable', reason: 'a comparison dated from a figure whose period has no year' });
  });
});

describe('the figure of a comparison is read with its own owner and time', () => {
  test.each([
    ["Acmé a réalisé un chiffre d'affaires de 6,8 milliards d'euros en 2024, contre 9,7 milliards pour Nordwind.", 'fr', { entity: null, kind: 'unverifiable' }],
    ["Le chiffre d'affaires d'Acmé atteint 6,8 milliards d'euros en 2024, contre 5,3 milliards en 2018.", 'fr', { entity: 'acme', kind: 'consistent', span: { start: '2018-01-01', end: '2018-12-31' } }],
    ["Le chiffre d'affaires d'Acmé atteint 6,8 milliards d'euros en 2024, contre 4 milliards en 2018.", 'fr', { entity: 'acme', kind: 'contradiction', span: { start: '2018-01-01', end: '2018-12-31' } }],
    ['Acme employs 3,000 people, compared with 800 at Cyclon.', 'en', { entity: 'cyclon', kind: 'consistent' }],
  ] as const)('%s', (text, lang, expected) => {
    const compared = read(text, { lang, date: '2024-03-01' })[1];
    expect(compared, 'the compared figure is read').toBeDefined();
    const got = { entity: compared.claim.entity, kind: compared.kind, ...('span' in expected ? { span: compared.claim.time.span } : {}) };
    expect(got).toEqual(expected);
  });
});
