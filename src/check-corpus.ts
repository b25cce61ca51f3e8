/**
 * The pipeline's last step: claims that no statement could judge are
 * compared with what the other articles say (`corpus-consistency`). It runs
 * after every article is checked, because a claim's witnesses may be any
 * other article. Every checked article brings its gap claims, placed; the
 * step asks for those of the other corpus articles (a caller with a cache
 * recalls them instead of reading), and reads again only the checked
 * articles that get a new finding, for their suppression comments.
 */
import type { CheckOptions, CheckResult } from './check-types.js';
import { checkOneFile, type Prepared } from './check.js';
import type { Knowledge } from './check-article.js';
import { corpusConsistency } from './corpus/corpus-consistency.js';
import type { GapClaim } from './corpus/gap-claims.js';
import { applySuppressions, UNUSED_SUPPRESSION } from './findings/suppressions.js';
import { sortFindings } from './findings/to-finding.js';
import type { Host } from './host.js';
import { computeLineStarts, decodeArticle, positionAt } from './markdown/index.js';
import type { Finding } from './types.js';

export interface CorpusStep {
  /** False when the config turns corpus consistency off. */
  enabled: boolean;
  /** The checked articles' gap claims, by file. */
  checked: ReadonlyMap<string, readonly GapClaim[]>;
  /** Every article of the corpus (the config's articles, or the base branch's). */
  corpusFiles: readonly string[];
  /** True when the corpus is read through another host than the checked articles (the Action's base): no checked article is its own corpus entry. */
  separateCorpus: boolean;
  /** The gap claims of a corpus article that was not checked. */
  gapsOf(file: string): readonly GapClaim[];
  /** The text of a checked article, for its suppression comments. */
  sourceOf(file: string): string | undefined;
}

/** The findings with the corpus's warnings added under their articles' suppression comments, sorted. */
export function addCorpusFindings(step: CorpusStep, findings: readonly Finding[]): Finding[] {
  if (!step.enabled || step.checked.size === 0) return [...findings];
  const corpus: GapClaim[] = [];
  for (const file of step.corpusFiles) {
    const own = step.separateCorpus ? undefined : step.checked.get(file);
    for (const gap of own ?? step.gapsOf(file)) corpus.push(gap);
  }
  const targets: GapClaim[] = [];
  for (const gaps of step.checked.values()) for (const gap of gaps) targets.push(gap);
  const found = corpusConsistency(targets, corpus);
  if (found.length === 0) return [...findings];
  const byFile = new Map<string, Finding[]>();
  for (const finding of found) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  let out: readonly Finding[] = findings;
  for (const [file, added] of byFile) out = suppressedTogether(file, step.sourceOf(file) ?? '', out, added);
  return sortFindings([...out]);
}

/** `check()`'s corpus step: reports carry the checked gaps; other corpus articles are read and checked here. */
export function withCorpusConsistency(prepared: Prepared, result: CheckResult, options: CheckOptions): CheckResult {
  const knowledge = prepared.knowledge;
  if (!knowledge || options.corpus === false) return result;
  const corpusHost = options.corpus?.host ?? options.host;
  const findings = addCorpusFindings(
    {
      enabled: knowledge.config.corpusConsistency !== false,
      checked: new Map(result.articles.map((a) => [a.file, a.gaps ?? []])),
      corpusFiles: options.corpus?.files ?? prepared.corpusFiles,
      separateCorpus: options.corpus !== undefined,
      gapsOf: (file) => gapsByReading(corpusHost, file, knowledge),
      sourceOf: (file) => textOf(options.host, file),
    },
    result.findings,
  );
  return findings.length === result.findings.length ? result : { ...result, findings };
}

/** A corpus article's gap claims, by checking it as any article is checked; none when it cannot be read: a witness that cannot be read is no witness. */
export function gapsByReading(host: Host, file: string, knowledge: Knowledge): GapClaim[] {
  return checkOneFile(file, host, knowledge).gaps ?? [];
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
