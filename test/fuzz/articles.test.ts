/**
 * Generated and mutated articles, from a seeded generator so that a failure
 * can be replayed: none may crash, none may take long, and checking the
 * same article twice (in another order, in other batches, with knowledge
 * prepared afresh) must give the same findings and problems. A few thousand
 * run in CI; FACTLINT_FUZZ=50000 runs more, FACTLINT_FUZZ_SEED another series.
 */
import { describe, expect, test } from 'vitest';
import { prepare } from '../../src/check.js';
import { checkArticle, type Knowledge } from '../../src/check-article.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';
import { generateArticle, mutate, prng } from './generate.js';

const COUNT = Number(process.env.FACTLINT_FUZZ ?? 2000);
const SEED = Number(process.env.FACTLINT_FUZZ_SEED ?? 20261201);
/** Generous: a busy machine may be ten times slower than a quiet one, and the slowest article is far below it. */
const SLOW_MS = 5_000;

const FACTS = `entities:
  - entity: acme
    name: Acmé
    aliases: [Acme, Acme Group]
    facts:
      founded: 1987
      headquarters: Lyon
      founders: [Claire Roux, Paul Martin]
      employees:
        - {value: 1450, asOf: 2023-12}
        - {value: 1600, asOf: 2024-12}
      revenue:
        - {value: 275.3e6, unit: EUR, period: 2024}
      ceo:
        - {value: Claire Roux, from: 2010-01, until: 2022-06}
        - {value: Ines Garcia, from: 2022-06}
  - entity: nordwind
    name: Nordwind
    facts:
      founded: 2004
      employees: [{value: 320, asOf: 2024-06}]
  - entity: quillon
    name: Quillon Systems
    aliases: [Quillon]
    facts:
      founded: 1999
      headquarters: Bordeaux
`;

function knowledge(): Knowledge {
  const host = memoryHost(new Map([['facts/all.yml', FACTS]]));
  const prepared = prepare({ cwd: '.', host, builtinRules: builtinSources(), paths: [] });
  if (!prepared.knowledge) throw new Error(prepared.problems.map((p) => p.message).join('\n'));
  return prepared.knowledge;
}

function articles(): string[] {
  const random = prng(SEED);
  const list: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const base = generateArticle(random);
    list.push(i % 2 === 0 ? base : mutate(base, random));
  }
  return list;
}

/** Every article's outcome, as text to compare; fails on a crash or a slow article, naming it. */
function run(list: readonly string[], order: readonly number[], batch: number): string[] {
  const out: string[] = new Array(list.length);
  for (let from = 0; from < order.length; from += batch) {
    const k = knowledge();
    for (const i of order.slice(from, from + batch)) {
      const t0 = performance.now();
      let outcome;
      try {
        outcome = checkArticle(`a${i}.md`, list[i], k);
      } catch (error) {
        throw new Error(`article ${i} (seed ${SEED}) crashed: ${(error as Error).stack}\n--- article ---\n${list[i].slice(0, 2000)}`);
      }
      const ms = performance.now() - t0;
      if (ms > SLOW_MS) throw new Error(`article ${i} (seed ${SEED}) took ${Math.round(ms)} ms\n--- article ---\n${list[i].slice(0, 2000)}`);
      out[i] = JSON.stringify([outcome.findings, outcome.report.problems]);
    }
  }
  return out;
}

describe(`fuzz: ${COUNT} generated and mutated articles`, () => {
  test('no crash, no slow article, and the same outcome on a second run in another order and other batches', () => {
    const list = articles();
    const first = run(list, list.map((_, i) => i), list.length);
    const reversed = list.map((_, i) => list.length - 1 - i);
    const second = run(list, reversed, 97);
    const differing = first.map((o, i) => (o === second[i] ? -1 : i)).filter((i) => i >= 0);
    expect(differing).toEqual([]);
    // The generator must reach the code: many articles give findings, some give problems.
    expect(first.filter((o) => !o.startsWith('[[]')).length).toBeGreaterThan(COUNT / 10);
  }, 600_000);
});
