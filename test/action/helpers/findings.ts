import type { Finding, Severity } from '../../../src/types.js';

/** A finding about Acme's founding year, on the given line, with what a test needs changed. */
export function finding(line: number, overrides: Partial<Finding> = {}): Finding {
  return {
    file: 'articles/acme.md',
    line,
    column: 24,
    endLine: line,
    endColumn: 28,
    attribute: 'founded',
    entity: 'acme',
    severity: 'error' as Severity,
    found: '2001',
    expected: '1999',
    message: 'Acme was founded in 1999 (facts/acme.yml:4), not 2001',
    factSource: 'facts/acme.yml:4',
    suggestion: '1999',
    ruleId: 'founded',
    kind: 'contradiction',
    factFile: 'facts/acme.yml',
    factLine: 4,
    factColumn: 12,
    url: 'https://github.com/factlint/factlint/blob/main/docs/findings.md#founded',
    ...overrides,
  };
}
