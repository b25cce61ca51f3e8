/**
 * The pipeline's last step: claims that no statement could judge are
 * compared with what the other articles say (`corpus-consistency`). It runs
 * after every article is checked, because a claim's witnesses may be any
 * other article. Each report already carries its gap claims, placed; the
 * step reads only corpus articles that were not checked, and the checked
 * ones that get a new finding (for their suppression comments).
 */
import type { ArticleReport, CheckOptions, CheckResult } from './check-types.js';
import type { Prepared } from './check.js';
import { checkArticle } from './check-article.js';
import { corpusConsistency } from './corpus/corpus-consistency.js';
import type { GapClaim } from './corpus/gap-claims.js';
import { applySuppressions, UNUSED_SUPPRESSION } from './findings/suppressions.js';
import { sortFindings } from './findings/to-finding.js';
import type { Host } from './host.js';
import { computeLineStarts, decodeArticle, positionAt } from './markdown/index.js';
import type { Finding } from './types.js';

export function withCorpusConsistency(prepared: Prepared, result: CheckResult, options: CheckOptions): CheckResult {
  const knowledge = prepared.knowledge;
  if (!knowledge || knowledge.config.corpusConsistency === false || options.corpus === false || result.articles.length === 0) return result;
  const corpusHost = options.corpus?.host ?? options.host;
  const checked = new Map(result.articles.map((a) => [a.file, a]));
  const corpus: GapClaim[] = [];
  for (const file of options.corpus?.files ?? prepared.corpusFiles) {
    const report: ArticleReport | undefined = options.corpus ? undefined : checked.get(file);
    if (report) corpus.push(...(report.gaps ?? []));
    else {
      const text = textOf(corpusHost, file);
      if (text !== undefined) corpus.push(...(checkArticle(file, text, knowledge).report.gaps ?? []));
    }
  }
  const found = corpusConsistency(result.articles.flatMap((a) => a.gaps ?? []), corpus);
  if (found.length === 0) return result;

  const byFile = new Map<string, Finding[]>();
  for (const finding of found) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  let findings = result.findings;
  for (const [file, added] of byFile) findings = suppressedTogether(file, textOf(options.host, file) ?? '', findings, added);
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

/** An article's decoded text, or undefined when it cannot be read: a witness that cannot be read is no witness. */
function textOf(host: Host, file: string): string | undefined {
  let buffer: Buffer | undefined;
  try {
    buffer = host.readFile(file);
  } catch {
    return undefined;
  }
  const decoded = buffer && decodeArticle(buffer);
  return decoded && 'text' in decoded ? decoded.text : undefined;
}
