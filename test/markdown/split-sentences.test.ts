import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/markdown/split-sentences.js';

const split = (text: string): string[] => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it.each([
    ['two French sentences', 'OVH a été fondée en 1999. Le groupe emploie 2 200 personnes.', ['OVH a été fondée en 1999.', 'Le groupe emploie 2 200 personnes.']],
    ['question and exclamation', 'Qui paiera ? Personne ! Vraiment?! Oui.', ['Qui paiera ?', 'Personne !', 'Vraiment?!', 'Oui.']],
    ['ellipsis, three dots and the character', 'Et puis... Le lendemain… Rien.', ['Et puis...', 'Le lendemain…', 'Rien.']],
    ['a digit may start a sentence', 'Ce fut en 2019. 2020 fut pire.', ['Ce fut en 2019.', '2020 fut pire.']],
    ['an opening quote may start one', 'Il a parlé. « Nous investissons », dit-il.', ['Il a parlé.', '« Nous investissons », dit-il.']],
    ['a closing guillemet set off by a space', '« Oui, c’est vrai. » Puis il part.', ['« Oui, c’est vrai. »', 'Puis il part.']],
    ['a closing quote after the period', '"We are not good." Klaba said so.', ['"We are not good."', 'Klaba said so.']],
    ['a closing parenthesis', 'Il part (enfin.) Le groupe reste.', ['Il part (enfin.)', 'Le groupe reste.']],
    ['an opening straight quote after the period', 'Aux Etats-Unis. "Octave Klaba ne fuit pas."', ['Aux Etats-Unis.', '"Octave Klaba ne fuit pas."']],
    ['a lone straight quote at the end', 'Qui paiera ? "', ['Qui paiera ? "']],
    ['lower case after a period', 'Il vend des serveurs, du stockage, etc. et du réseau.', ['Il vend des serveurs, du stockage, etc. et du réseau.']],
    ['no space after the period', 'des services (serveurs...).Qui signifie ce départ ?', ['des services (serveurs...).Qui signifie ce départ ?']],
    ['a decimal point', 'Revenue was €275.3 million. It rose 6%.', ['Revenue was €275.3 million.', 'It rose 6%.']],
    ['a decimal comma', 'Le titre vaut 7,6700 EUR. Il monte.', ['Le titre vaut 7,6700 EUR.', 'Il monte.']],
    ['M. and Mme', 'M. Klaba et Mme Dupont sont arrivés. Ils parlent.', ['M. Klaba et Mme Dupont sont arrivés.', 'Ils parlent.']],
    ['MM. and Dr.', 'MM. Martin et Dr. Weber. Fin.', ['MM. Martin et Dr. Weber.', 'Fin.']],
    ['Mr., Mrs., Ms. and St.', 'Mr. Smith met Mrs. Jones and Ms. Lee at St. Paul. Then they left.', ['Mr. Smith met Mrs. Jones and Ms. Lee at St. Paul.', 'Then they left.']],
    ['company forms', 'Apple Inc. Acme Corp. Widgets Ltd. Smith & Co. Were all there.', ['Apple Inc. Acme Corp. Widgets Ltd. Smith & Co. Were all there.']],
    ['etc. and vs.', 'Des serveurs, etc. Le cloud vs. Le réseau.', ['Des serveurs, etc. Le cloud vs. Le réseau.']],
    ['e.g. and i.e.', 'Some providers, e.g. Scaleway, i.e. French ones.', ['Some providers, e.g. Scaleway, i.e. French ones.']],
    ['p. and n° before a number', 'Voir p. 12 et le n°. 5 du rapport. Fin.', ['Voir p. 12 et le n°. 5 du rapport.', 'Fin.']],
    ['No. before a number', 'It is the No. 1 provider. Really.', ['It is the No. 1 provider.', 'Really.']],
    ['a shortened month before a day', 'Revenue for the quarter ended Sept. 30, 2005 rose. Then it fell.', ['Revenue for the quarter ended Sept. 30, 2005 rose.', 'Then it fell.']],
    ['a shortened French month before a year', 'Le 3 déc. 2024, Acmé a publié ses comptes. Ils sont bons.', ['Le 3 déc. 2024, Acmé a publié ses comptes.', 'Ils sont bons.']],
    ['a month name ending a sentence', 'The deal closed in Oct. Analysts cheered.', ['The deal closed in Oct.', 'Analysts cheered.']],
    ['av. J.-C.', 'Fondée en 52 av. J.-C. Lutèce grandit.', ['Fondée en 52 av. J.-C. Lutèce grandit.']],
    ['U.S.', 'He moved to the U.S. In 2019 he opened an office.', ['He moved to the U.S. In 2019 he opened an office.']],
    ['an initial', 'Octave K. Klaba a fondé OVH. Puis il est parti.', ['Octave K. Klaba a fondé OVH.', 'Puis il est parti.']],
    ['initials in a row', 'J. R. R. Tolkien wrote it. Then he died.', ['J. R. R. Tolkien wrote it.', 'Then he died.']],
    ['an abbreviation after an apostrophe', "l'av. J.-C. Fin.", ["l'av. J.-C. Fin."]],
    ['a word ending in a capital is not an initial', 'Il a rejoint OVH. Le groupe grandit.', ['Il a rejoint OVH.', 'Le groupe grandit.']],
    ['a year before the period', 'Fondée en 1999. En 2019, elle emploie 2 200 personnes.', ['Fondée en 1999.', 'En 2019, elle emploie 2 200 personnes.']],
    ['whitespace at the ends is trimmed', '  Un.   Deux.  ', ['Un.', 'Deux.']],
    ['no terminator at all', 'Un titre sans point', ['Un titre sans point']],
    ['nothing to read', ' \uFFFC . ', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
