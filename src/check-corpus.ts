/**
 * The pipeline's last step: claims that no statement could judge are
 * compared with what the other articles say (`corpus-consistency`). It runs
 * after every article is checked, because a claim's witnesses may be any
 * other article; it reads again only the articles it must: corpus articles
 * that were not checked, and checked ones that get a new finding (for their
 * suppression comments).
 */
import type { ArticleReport, CheckOptions, CheckResult } from './check-types.js';
import type { Prepared } from './check.js';
import { checkArticle } from './check-article.js';
import { corpusConsistency } from './corpus/corpus-consistency.js';
import { gapClaims } from './corpus/gap-claims.js';
import { applySuppressions, UNUSED_SUPPRESSION } from './findings/suppressions.js';
import { sortFindings } from './findings/to-finding.js';
import type { Host } from './host.js';
import { computeLineStarts, decodeArticle, positionAt } from './markdown/index.js';
import type { Finding } from './types.js';

export function withCorpusConsistency(prepared: Prepared, result: CheckResult, options: CheckOptions): CheckResult {
  const knowledge = prepared.knowledge;
  if (!knowledge || knowledge.config.corpusConsistency === false || options.corpus === false || result.articles.length === 0) return result;
  const corpusHost = options.corpus?.host ?? options.host;
  const corpusFiles = options.corpus?.files ?? prepared.corpusFiles;
  const checked = new Map(result.articles.map((a) => [a.file, a]));
  const targetText = texts(options.host);
  const corpusText = options.corpus ? texts(corpusHost) : targetText;

  const corpusReports: ArticleReport[] = [];
  for (const file of corpusFiles) {
    const known = options.corpus ? undefined : checked.get(file);
    if (known) corpusReports.push(known);
    else {
      const text = corpusText.get(file);
      if (text !== undefined) corpusReports.push(checkArticle(file, text, knowledge).report);
    }
  }
  const targets = gapClaims(knowledge.entities, result.articles, targetText.locate);
  const corpus = gapClaims(knowledge.entities, corpusReports, corpusText.locate);
  const found = corpusConsistency(targets, corpus);
  if (found.length === 0) return result;

  const byFile = new Map<string, Finding[]>();
  for (const finding of found) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  let findings = result.findings;
  for (const [file, added] of byFile) findings = suppressedTogether(file, targetText.get(file) ?? '', findings, added);
  return { ...result, findings: sortFindings(findings) };
}

/**
 * Adds one article's new findings under its suppression comments. A comment
 * the first pass found unused may silence a new finding: it is then no
 * longer reported as unused.
 */
function suppressedTogether(file: string, source: string, findings: readonly Finding[], added: Finding[]): Finding[] {
  const lines = computeLineStarts(source);
  const second = applySuppressions(file, source, added, (offset) => positionAt(lines, offset));
  const stillUnused = new Set(second.findings.filter((f) => f.attribute === UNUSED_SUPPRESSION).map((f) => `${f.line}:${f.column}`));
  const kept = findings.filter((f) => f.file !== file || f.attribute !== UNUSED_SUPPRESSION || stillUnused.has(`${f.line}:${f.column}`));
  return [...kept, ...second.findings.filter((f) => f.attribute !== UNUSED_SUPPRESSION)];
}

/** Articles' decoded text read once through a host, with offset -> line:column for each. */
function texts(host: Host) {
  const cache = new Map<string, { text: string; lines: number[] } | null>();
  const entry = (file: string) => {
    let hit = cache.get(file);
    if (hit === undefined) {
      let buffer: Buffer | undefined;
      try {
        buffer = host.readFile(file);
      } catch {
        buffer = undefined;
      }
      const decoded = buffer && decodeArticle(buffer);
      hit = decoded && 'text' in decoded ? { text: decoded.text, lines: computeLineStarts(decoded.text) } : null;
      cache.set(file, hit);
    }
    return hit;
  };
  return {
    get: (file: string) => entry(file)?.text,
    locate: (file: string, offset: number) => positionAt(entry(file)?.lines ?? [0], offset),
  };
}
