import type { RuleTestResult } from '../rules-test/test-rules.js';
import { oneLine, plural } from './terminal.js';

/**
 * `factlint test-rules` for people: each failed example as
 * `file:line:col: lang match|noMatch: message` with its text on the next
 * line (so editors link to the example to fix), then the count that CI logs
 * are read for.
 */
export function formatRuleTests(result: RuleTestResult): string {
  const out: string[] = [];
  for (const { example, message } of result.failures) {
    const { file, line, column } = example.declaredAt;
    out.push(`${oneLine(file)}:${line}:${column}: ${example.lang} ${example.match ? 'match' : 'noMatch'}: ${oneLine(message)}`);
    out.push(`    ${oneLine(example.text)}`);
  }
  const rules = plural(result.tested.length, 'rule');
  out.push(`${plural(result.passed, 'example')} passed, ${result.failures.length} failed (${rules})`);
  return `${out.join('\n')}\n`;
}
