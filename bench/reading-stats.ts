/**
 * What the corpus asks of the reading, measured in process on the small
 * knowledge base: the share of sentences that pass the guard and reach the
 * tokenizer, and the share of planted agreeing claims read as consistent.
 */
import { prepare, checkFiles } from '../src/check.js';
import type { RuleSource } from '../src/check-types.js';
import type { Host } from '../src/host.js';
import { parseArticle } from '../src/markdown/index.js';
import type { Corpus } from './corpus.js';

export interface ReadingStats {
  sentences: number;
  admitted: number;
  agreements: number;
  agreementsRead: number;
}

export function readingStats(corpus: Corpus, host: Host, configPath: string, builtinRules: RuleSource[]): ReadingStats {
  const ready = prepare({ cwd: '.', host, configPath, builtinRules });
  if (!ready.knowledge) throw new Error(ready.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
  const { guards } = ready.knowledge.ruleSet;
  let sentences = 0;
  let admitted = 0;
  for (const a of corpus.articles) {
    const lang = /^lang: fr$/m.test(a.text) ? 'fr' : 'en';
    for (const s of parseArticle(a.file, a.text).sentences) {
      sentences++;
      if (guards[lang].admits(s.text)) admitted++;
    }
  }
  const read = new Set<string>();
  const texts = new Map(corpus.articles.map((a) => [a.file, a.text]));
  for (const report of checkFiles(ready, host).articles) {
    const text = texts.get(report.file) ?? '';
    for (const v of report.verdicts) {
      if (v.kind !== 'consistent') continue;
      const line = text.slice(0, v.claim.start).split('\n').length;
      read.add(`${report.file}:${line}:${v.claim.attribute}:${v.claim.entity}`);
    }
  }
  const agreements = corpus.plants.filter((p) => p.kind === 'agreement');
  const agreementsRead = agreements.filter((p) => read.has(`${p.file}:${p.line}:${p.attribute}:${p.entity}`)).length;
  return { sentences, admitted, agreements: agreements.length, agreementsRead };
}
