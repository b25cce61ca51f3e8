import type { Finding } from '../types.js';

/** The key order of contract section 3, then the structured fields added since, so the output diffs cleanly between runs. */
const KEYS = [
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'attribute',
  'entity',
  'severity',
  'found',
  'expected',
  'message',
  'factSource',
  'suggestion',
  'ruleId',
  'kind',
  'factFile',
  'factLine',
  'factColumn',
  'url',
] as const satisfies readonly (keyof Finding)[];

/**
 * The machine-readable report of contract section 3: a JSON array of
 * findings, pretty-printed, ending with a newline. Keys are copied in the
 * contract's order whatever order the finding was built in; an absent
 * `suggestion` is left out rather than written as null.
 */
export function formatJson(findings: readonly Finding[]): string {
  const ordered = findings.map((finding) => {
    const out: Record<string, unknown> = {};
    for (const key of KEYS) {
      if (finding[key] !== undefined) out[key] = finding[key];
    }
    return out;
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
