/**
 * Where each kind of finding is documented: docs/findings.md in the
 * project's repository, one section per built-in attribute and notice, and
 * one for the attributes of a repository's own rules. Findings, SARIF rules
 * and the Action's summary all link here.
 */
import type { FindingKind } from '../types.js';

export const PROJECT_URL = 'https://github.com/factlint/factlint';
export const FINDINGS_DOC = `${PROJECT_URL}/blob/main/docs/findings.md`;

const BUILTIN = new Set(['founded', 'employees', 'revenue', 'founders', 'ceo', 'headquarters']);

export function docsUrl(kind: FindingKind, attribute: string): string {
  if (kind !== 'contradiction') return `${FINDINGS_DOC}#${kind}`;
  return `${FINDINGS_DOC}#${BUILTIN.has(attribute) ? attribute : 'attributes-of-your-own-rules'}`;
}
