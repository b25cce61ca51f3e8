/**
 * A cheap test that tells, before any tokenizing, whether a sentence can
 * hold a claim at all. Every pattern has words that each of its matches
 * must contain ("salariés" or "employés", "fondée" or "créée"); a sentence
 * with none of any pattern's guard words is skipped. Most prose sentences
 * are, which is what keeps a full check close to the cost of parsing.
 */
import type { PatternNode } from './pattern-parse.js';
import { canon } from '../text/tokenize.js';
import { minOf } from '../lists.js';

/** Words too common to make a good guard: most sentences have one. A guard avoids them when it can. */
const COMMON = new Set(['de', 'le', 'les', 'un', 'une', 'des', 'du', 'en', 'et', 'a', 'au', 'aux', 'que', 'ne', 'se', 'ce', 'son', 'sa', 'ses',
  'est', 'etait', 'ete', 'sont', 'par', 'qui', 'dont', 'depuis', 'pour', 'avec', 'sur', 'dans', 'plus', 'jour', 'date', 'nombre', 'annee', 'up',
  'il', 'elle', 'on', 'nous', 'leur', 'leurs', 'pas', 'mais', 'ou', 'si', 'tout', 'fait', 'devient',
  'the', 'an', 'of', 'in', 'at', 'to', 'by', 'and', 'is', 'was', 'were', 'be', 'been', 'are', 'its', 'for', 'with', 'as', 'has', 'had', 'have',
  'from', 'that', 'this', 'which', 'who', 'since', 'year', 'set', 'full', 'co', 'head', 'people', 'members', 'it', 'not', 'or', 'but',
  '-', ',', ':']);

/** Alternative sets of words: a match contains at least one word of the set. */
type Guard = { words: Set<string>; prefixes: string[] };

/** Lower is better: a rare word costs 1, a common one 100 (forms of one word count once). */
function score(g: Guard): number {
  const folded = new Set([...g.words, ...g.prefixes].map((w) => w.normalize('NFD').replace(/\p{M}+/gu, '')));
  return [...folded].reduce((sum, w) => sum + (COMMON.has(w) || w.length < 2 ? 100 : 1), 0);
}

/** The guards every match of `node` must satisfy, best first; empty when nothing is certain. */
function guards(node: PatternNode): Guard[] {
  switch (node.kind) {
    case 'word': {
      // Both the folded form and the form as written, so a sentence needs only lowercasing to be tested.
      const forms = [...new Set([canon(node.norm), node.norm, node.lower])];
      return [node.prefix ? { words: new Set(), prefixes: forms } : { words: new Set(forms), prefixes: [] }];
    }
    case 'seq':
      // Among equals, longer words are rarer ("set" before "up").
      const length = (g: Guard) => minOf([...g.words, ...g.prefixes].map((w) => w.length));
      return node.items.flatMap(guards).sort((a, b) => score(a) - score(b) || length(b) - length(a));
    case 'alt': {
      const best = node.options.map((o) => guards(o)[0]);
      if (best.some((g) => !g)) return [];
      return [{ words: new Set(best.flatMap((g) => [...g.words])), prefixes: best.flatMap((g) => g.prefixes) }];
    }
    default:
      return [];
  }
}

const COMBINING = /[\u0300-\u036f]/;

export class SentenceGuard {
  private words = new Set<string>();
  private prefixes = new Set<string>();
  /** Set when a pattern has no guard: then every sentence must be read. */
  private always = false;
  private compiled?: RegExp;

  add(node: PatternNode): void {
    const best = guards(node)[0];
    if (!best) {
      this.always = true;
      return;
    }
    for (const w of best.words) for (const part of w.split(/[^\p{L}\p{N}]+/u)) if (part) this.words.add(part);
    for (const p of best.prefixes) for (const part of p.split(/[^\p{L}\p{N}]+/u)) if (part) this.prefixes.add(part);
    this.compiled = undefined;
  }

  /**
   * One case-insensitive alternation of every guard word on word
   * boundaries: about twice as fast as splitting each sentence into words.
   */
  private regex(): RegExp {
    if (!this.compiled) {
      const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const byLength = (a: string, b: string) => b.length - a.length;
      const alternatives = [...[...this.words].sort(byLength).map(escape), ...[...this.prefixes].sort(byLength).map((p) => `${escape(p)}[\\p{L}\\p{N}]*`)];
      this.compiled = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');
    }
    return this.compiled;
  }

  /** True when the sentence may hold a match of some pattern. */
  admits(text: string): boolean {
    if (this.always) return true;
    return this.regex().test(COMBINING.test(text) ? text.normalize('NFC') : text);
  }
}
