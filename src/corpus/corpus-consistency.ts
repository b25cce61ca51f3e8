/**
 * Articles checked against each other. Where the facts have no statement
 * for a claim, other articles of the repository may: when two or more of
 * them state the same entity, attribute and time, and all agree, a claim
 * that agrees with none of them is reported as a warning. Pure: gap claims
 * in, findings out.
 */
import { docsUrl } from '../findings/docs-url.js';
import type { Finding } from '../types.js';
import { allAgree, claimsAgree, mostPrecise } from './claims-agree.js';
import type { GapClaim } from './gap-claims.js';
import { groupByKey, MIN_ARTICLES } from './suggest-facts.js';

export const CORPUS_CONSISTENCY = 'corpus-consistency';

/**
 * One warning per claim of `targets` that the agreeing claims of other
 * articles in `corpus` contradict. A target claim never counts as its own
 * witness, nor do other claims of its own article; a group of witnesses
 * that disagree among themselves proves nothing and yields no finding.
 */
export function corpusConsistency(targets: readonly GapClaim[], corpus: readonly GapClaim[]): Finding[] {
  const witnesses = new Map(groupByKey(corpus).map((group) => [group[0].key, group]));
  const findings: Finding[] = [];
  for (const claim of targets) {
    const others = (witnesses.get(claim.key) ?? []).filter((w) => w.file !== claim.file);
    if (new Set(others.map((w) => w.file)).size < MIN_ARTICLES) continue;
    if (!allAgree(others)) continue;
    if (others.some((w) => claimsAgree(claim, w))) continue;
    const best = mostPrecise(others) ?? others[0];
    const places = [...new Set(others.map((w) => `${w.file}:${w.line}`))];
    const count = new Set(others.map((w) => w.file)).size;
    findings.push({
      file: claim.file,
      line: claim.line,
      column: claim.column,
      endLine: claim.endLine,
      endColumn: claim.endColumn,
      attribute: claim.attribute,
      ruleId: CORPUS_CONSISTENCY,
      kind: 'corpus-consistency',
      url: docsUrl('corpus-consistency', claim.attribute),
      entity: claim.entity,
      severity: 'warning',
      found: claim.found,
      expected: best.found,
      message: `${claim.attribute}: ${claim.found} here, but ${count} other articles say ${best.found} (${places.join(', ')})`,
      factSource: places[0],
    });
  }
  return findings;
}
