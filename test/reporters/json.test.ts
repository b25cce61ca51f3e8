import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/reporters/json.js';
import type { Finding } from '../../src/types.js';
import { employees, founded } from './findings.js';

describe('formatJson', () => {
  it('prints an empty array when there is nothing to report', () => {
    expect(formatJson([])).toBe('[]\n');
  });

  it('prints the contract example exactly, then the structured fields, two-space indented', () => {
    expect(formatJson([founded])).toBe(`[
  {
    "file": "articles/2026-01-ovh-results.md",
    "line": 12,
    "column": 34,
    "endLine": 12,
    "endColumn": 38,
    "attribute": "founded",
    "entity": "ovhcloud",
    "severity": "error",
    "found": "2001",
    "expected": "1999",
    "message": "OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001",
    "factSource": "facts/ovhcloud.yml:5",
    "suggestion": "1999",
    "ruleId": "founded",
    "kind": "contradiction",
    "factFile": "facts/ovhcloud.yml",
    "factLine": 5,
    "factColumn": 3,
    "url": "https://github.com/factlint/factlint/blob/main/docs/findings.md#founded"
  }
]
`);
  });

  it('keeps the contract key order whatever order the finding was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(founded).reverse()) as unknown as Finding;
    const [parsed] = JSON.parse(formatJson([shuffled]));
    expect(Object.keys(parsed)).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'attribute', 'entity',
      'severity', 'found', 'expected', 'message', 'factSource', 'suggestion',
      'ruleId', 'kind', 'factFile', 'factLine', 'factColumn', 'url',
    ]);
  });

  it('leaves out an absent suggestion and round-trips the rest', () => {
    const parsed = JSON.parse(formatJson([employees]));
    expect(parsed).toEqual([employees]);
    expect('suggestion' in parsed[0]).toBe(false);
  });

  it('drops keys that are not part of the contract', () => {
    const extra = { ...founded, internal: 'x' } as Finding;
    expect(JSON.parse(formatJson([extra]))[0]).not.toHaveProperty('internal');
  });
});
