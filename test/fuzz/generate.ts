/**
 * Articles for the fuzz test: news-like sentences about invented companies,
 * in French and English, dressed in every Markdown construct factlint reads
 * or skips, plus hostile runs (deep nesting, long rows, invisible and odd
 * characters, broken front matter). Deterministic for a given seed.
 */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

const NAMES = ['Acmé', 'Acme', 'Acme Group', 'Nordwind', 'Quillon', 'Quillon Systems', "l'entreprise", 'le groupe', 'the company', 'Brisca', 'Zentrio'];
const PEOPLE = ['Claire Roux', 'Ines Garcia', 'Paul Martin', 'Jean-Pierre de la Tour', 'J.-C. Dupont', 'Mia Sol'];
const PLACES = ['Lyon', 'Bordeaux', 'Issy-les-Moulineaux', 'New York', 'Roubaix'];

function figure(random: Random): string {
  return pick(random, [
    String(int(random, 1, 99_999)),
    `${int(random, 1, 99)} ${String(int(random, 0, 999)).padStart(3, '0')}`,
    `${int(random, 1, 99)},${String(int(random, 0, 999)).padStart(3, '0')}`,
    `${int(random, 1, 999)},${int(random, 0, 9)} millions d'euros`,
    `€${int(random, 1, 999)}.${int(random, 0, 9)}M`,
    `${int(random, 1, 9)},${int(random, 0, 9)} Md€`,
    pick(random, ['trois', 'five', 'dix-sept', 'twelve']),
    `${int(random, 1, 99)} %`,
  ]);
}

function sentence(random: Random): string {
  const who = pick(random, NAMES);
  const year = int(random, 1890, 2035);
  const n = figure(random);
  return pick(random, [
    `${who}, fondée en ${year}, emploie ${n} salariés.`,
    `${who} was founded in ${year} and employs ${n} people.`,
    `En ${year}, ${who} a réalisé un chiffre d'affaires de ${n}.`,
    `${who} reported revenue of ${n} in fiscal ${year}.`,
    `Le PDG de ${who}, ${pick(random, PEOPLE)}, vise ${n} salariés d'ici ${year}.`,
    `${pick(random, PEOPLE)} is the chief executive of ${who} since ${year}.`,
    `${who} n'a pas été fondée en ${year}.`,
    `Le siège de ${who} est à ${pick(random, PLACES)}.`,
    `${who} is headquartered in ${pick(random, PLACES)}.`,
    `Selon la rumeur, ${who} compterait plus de ${n} employés au premier trimestre ${year}.`,
    `${who}, qui emploie près de ${n} personnes, a été créée par ${pick(random, PEOPLE)}.`,
    `Acmé emploie-t-elle ${n} salariés ?`,
  ]);
}

/** Markdown around sentences: each construct factlint reads or must skip. */
function block(random: Random): string {
  const s = () => sentence(random);
  switch (int(random, 0, 13)) {
    case 0:
      return `## ${s()}`;
    case 1:
      return `- ${s()}\n  - ${s()}\n    - ${s()}\n- ${s()}`;
    case 2:
      return `> ${s()}\n> > ${s()}`;
    case 3:
      return `| Fondée | ${int(random, 1900, 2030)} |\n|---|---|\n| Effectif | ${figure(random)} |\n| Siège | ${pick(random, PLACES)} |`;
    case 4:
      return `| Year | Employees | Revenue |\n|---|---:|---|\n| ${int(random, 2000, 2030)} | ${figure(random)} | ${figure(random)} |`;
    case 5:
      return `\`\`\`\n${s()}\n\`\`\``;
    case 6:
      return `<!-- factlint-disable-next-line ${pick(random, ['', 'founded', 'employees ceo'])} -->\n${s()}`;
    case 7:
      return `<!-- factlint-disable -->\n${s()}\n<!-- factlint-enable -->`;
    case 8:
      return `${s()} **${s()}** [${pick(random, NAMES)}](https://example.com/${int(random, 1, 99)}) \`code 1999\`[^${int(random, 1, 3)}]`;
    case 9:
      return `[^${int(random, 1, 3)}]: ${s()}`;
    case 10:
      return `${'>'.repeat(int(random, 1, 60))} ${s()}`;
    case 11:
      return `${'  '.repeat(int(random, 0, 30))}${'1. '.repeat(int(random, 1, 30))}${s()}`;
    case 12:
      return `|${` ${figure(random)} |`.repeat(int(random, 1, 300))}\n|${'---|'.repeat(int(random, 1, 3))}`;
    default:
      return `${s()} ${s()}`;
  }
}

function frontMatter(random: Random): string {
  return pick(random, [
    '',
    `---\nlang: ${pick(random, ['fr', 'en', 'de', '[fr'])}\ndate: ${pick(random, ['2024-03-01', '2025', '2026-13-40', 'demain'])}\nabout: [${pick(random, ['acme', 'nordwind', 'ghost', ''])}]\n---\n\n`,
    `---\ntitle: ${pick(random, NAMES)} en ${int(random, 1990, 2030)}\nlang: fr\nlang: en\n---\n\n`,
    `---\na: &a [x, x]\nb: [*a, *a, *missing]\n---\n\n`,
    '---\nlang: fr\n',
  ]);
}

export function generateArticle(random: Random): string {
  const blocks = Array.from({ length: int(random, 1, 6) }, () => block(random));
  const newline = pick(random, ['\n', '\n', '\n', '\r\n', '\r']);
  return (frontMatter(random) + blocks.join('\n\n') + '\n').replace(/\n/g, newline);
}

/** Characters that break naive code: markup, line ends, invisible and wide characters, surrogate halves. */
const HOSTILE = ['|', '*', '_', '[', ']', '(', ')', '`', '<', '>', '<!--', '-->', '\\', '#', '-', '\n', '\r', '\t', '\u0000', '\u200b', '\u00ad', '\u2060', '\u202e', '\ufeff', '\ufffc', '\ud83d', '\ude00', '２', '𝟗', 'А', 'é', 'e\u0301', '\u00a0', '\u202f', ' ', '1', '9', ',', '.'];

/** A few random edits: characters inserted, runs deleted, duplicated or repeated many times. */
export function mutate(source: string, random: Random): string {
  let text = source;
  const edits = int(random, 1, 8);
  for (let e = 0; e < edits; e++) {
    const at = int(random, 0, text.length);
    switch (int(random, 0, 4)) {
      case 0:
        text = text.slice(0, at) + pick(random, HOSTILE) + text.slice(at);
        break;
      case 1:
        text = text.slice(0, at) + text.slice(Math.min(text.length, at + int(random, 1, 40)));
        break;
      case 2: {
        const end = Math.min(text.length, at + int(random, 1, 200));
        text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
        break;
      }
      case 3:
        text = text.slice(0, at) + pick(random, HOSTILE).repeat(int(random, 10, 1000)) + text.slice(at);
        break;
      default:
        text = text.slice(0, at) + text.slice(at).split('').reverse().join('').slice(0, 50) + text.slice(at + 50);
    }
  }
  return text;
}
