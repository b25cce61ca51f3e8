/**
 * A synthetic news corpus for the benchmark, with its answer key. French
 * and English articles of about 500 words: front matter, headings,
 * paragraphs full of figures that are not claims (market sizes, shares,
 * prices, dates, rivals' figures), a list, a key-figures table, a
 * market-share table and several companies per article. Every claim about
 * a declared fact is recorded as a plant, agreeing or contradicting, with
 * its line and columns, so that the benchmark can score its own findings.
 * Deterministic: the same seed gives the same corpus.
 */
import { ATTRIBUTES, claimSentence, declared, wrong, type Attribute, type Lang, type Value } from './corpus-claims.js';
import { makeEntities, type EntityFacts } from './corpus-facts.js';
import { RIVALS } from './corpus-names.js';
import { figureSentence, plainSentence, type Dice } from './corpus-prose.js';
import { ArticleWriter, type Planted } from './article-writer.js';

export interface Plant {
  file: string;
  line: number;
  /** Columns (1-based, inclusive) of the sentence or table row that holds the claim. */
  from: number;
  to: number;
  attribute: Attribute;
  entity: string;
  kind: 'contradiction' | 'agreement';
  /** The value as planted; for a contradiction, the declared one is `expected`. */
  value: Value;
  expected: Value;
}

export interface Corpus {
  entities: EntityFacts[];
  articles: { file: string; text: string }[];
  plants: Plant[];
}

/** Share of planted claims that are wrong. */
const CONTRADICTION_RATE = 0.25;

function dice(seed: number): Dice {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick: (list) => list[Math.floor(next() * list.length)] };
}

/**
 * `articleCount` articles over `entityCount` entities. Articles name only the
 * first `named` entities, so corpora of 10 or 10,000 entities hold the very
 * same articles and the same answer key.
 */
export function makeCorpus(articleCount: number, entityCount: number, seed = 42, named = 10): Corpus {
  const entities = makeEntities(entityCount);
  const d = dice(seed);
  const articles: Corpus['articles'] = [];
  const plants: Plant[] = [];
  const pool = entities.slice(0, Math.min(named, entityCount));
  for (let a = 0; a < articleCount; a++) {
    const lang: Lang = a % 2 === 0 ? 'fr' : 'en';
    const file = `articles/${String(a).padStart(4, '0')}.md`;
    const main = pool[a % pool.length];
    const others = [pool[(a * 3 + 1) % pool.length], pool[(a * 7 + 2) % pool.length]].filter((e) => e !== main);
    const w = new ArticleWriter(file, lang);
    /** A planted value (declared, or wrong one time in four) and how to record where it was written. */
    const planted = (e: EntityFacts, attribute: Attribute): Planted => {
      const contradiction = d.next() < CONTRADICTION_RATE;
      const expected = declared(e, attribute);
      const value = contradiction ? wrong(e, attribute, pool[(pool.indexOf(e) + 1) % pool.length]) : expected;
      const kind = contradiction ? 'contradiction' : 'agreement';
      return { value, add: (line, from, to) => plants.push({ file, line, from, to, attribute, entity: e.id, kind, value, expected }) };
    };
    const plant = (e: EntityFacts, attribute: Attribute): Planted & { text: string } => {
      const p = planted(e, attribute);
      return { ...p, text: claimSentence(lang, attribute, d.int(0, 1), e.name, p.value) };
    };
    const rival = d.pick(RIVALS);
    const figures = (e: EntityFacts, k: number) => Array.from({ length: k }, () => figureSentence(lang, d, d.next() < 0.5 ? e.stem : e.name, rival));
    const plain = (k: number) => Array.from({ length: k }, () => plainSentence(lang, d));

    w.frontMatter(main, a);
    w.heading(1, lang === 'fr' ? `${main.stem} accélère malgré un marché tendu` : `${main.stem} speeds up in a tight market`);
    w.paragraph([plant(main, d.pick(ATTRIBUTES)), ...figures(main, 2), plant(main, d.pick(ATTRIBUTES)), ...plain(1), ...figures(main, 1)]);
    w.paragraph([...figures(main, 2), ...plain(1), plant(others[0] ?? main, d.pick(ATTRIBUTES)), ...figures(main, 2)]);
    w.heading(2, lang === 'fr' ? 'Les chiffres clés' : 'Key figures');
    w.list([figures(main, 1)[0], plant(main, d.pick(ATTRIBUTES)), figures(main, 1)[0], plain(1)[0]]);
    w.keyFigures((attribute) => planted(main, attribute));
    w.paragraph([...figures(main, 3), ...plain(1)]);
    w.marketShares([main, ...others].map((e) => e.stem).concat(rival), d);
    w.heading(2, lang === 'fr' ? 'La concurrence s’organise' : 'Rivals regroup');
    w.paragraph([...figures(main, 1), plant(others[1] ?? main, d.pick(ATTRIBUTES)), ...plain(1), ...figures(main, 2)]);
    w.paragraph([...plain(1), ...figures(main, 3), plant(main, d.pick(ATTRIBUTES)), ...plain(1)]);
    w.paragraph([...figures(main, 3), ...plain(1)]);
    articles.push({ file, text: w.text() });
  }
  return { entities, articles, plants };
}
