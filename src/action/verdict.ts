import type { Finding, Severity } from '../types.js';
import type { FailOn } from './inputs.js';
import type { Conclusion } from './check-run.js';

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/** True when a finding is at or above `fail-on`: the step then fails, as the CLI exits 1. */
export function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}

/** The check run says the same as the step: failure when it fails, neutral when it only notes findings. */
export function conclusionOf(findings: readonly Finding[], failOn: FailOn): Conclusion {
  if (fails(findings, failOn)) return 'failure';
  return findings.length > 0 ? 'neutral' : 'success';
}

export function countBy(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}
