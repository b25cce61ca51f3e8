/**
 * The benchmark's second self-check: every knowledge base, thread count and
 * cache state must give the findings of the check with 10 entities. The
 * articles and the facts they name are the same in every run; only where
 * a fact is declared differs (line 34 of one file of 10,000 entities, line
 * 14 of that entity's own file), so findings are compared on everything but
 * that place, and the place itself is checked on its own: it must point at
 * the declared value, inside the declaration of the finding's entity.
 */

/** A finding as the JSON report prints it, with where its fact is declared. */
export interface ReportedFinding {
  file: string;
  line: number;
  column: number;
  attribute: string;
  entity: string;
  expected?: string;
  message?: string;
  factSource?: string;
  factFile?: string;
  factLine?: number;
  factColumn?: number;
}

const PLACE = '<declared at>';

/** The finding without where its fact is declared, which the message quotes too. */
export function withoutFactPlace(finding: ReportedFinding): Record<string, unknown> {
  const { factSource, factFile: _file, factLine: _line, factColumn: _column, message, ...rest } = finding;
  return { ...rest, ...(message !== undefined && { message: factSource ? message.split(factSource).join(PLACE) : message }) };
}

/** One line per finding that differs from the reference's, in order; empty when the two are the same but for fact places. */
export function findingDifferences(reference: readonly ReportedFinding[], other: readonly ReportedFinding[]): string[] {
  const problems: string[] = [];
  if (reference.length !== other.length) problems.push(`${other.length} findings instead of ${reference.length}`);
  for (let i = 0; i < Math.max(reference.length, other.length); i++) {
    const a = reference[i] && JSON.stringify(withoutFactPlace(reference[i]));
    const b = other[i] && JSON.stringify(withoutFactPlace(other[i]));
    if (a !== b) problems.push(`finding ${i + 1}: ${b ?? 'none'} instead of ${a ?? 'none'}`);
  }
  return problems;
}

/**
 * One line per finding whose fact place is wrong: the text at
 * `factFile:factLine:factColumn` must start with the expected value, and the
 * nearest `entity:` line at or above it must name the finding's entity.
 */
export function wrongFactPlaces(findings: readonly ReportedFinding[], readText: (file: string) => string | undefined): string[] {
  const lines = new Map<string, string[]>();
  const problems: string[] = [];
  for (const f of findings) {
    if (f.factFile === undefined || f.factLine === undefined || f.expected === undefined) continue;
    if (!lines.has(f.factFile)) lines.set(f.factFile, (readText(f.factFile) ?? '').split('\n'));
    const text = lines.get(f.factFile)!;
    const at = `${f.factFile}:${f.factLine}:${f.factColumn ?? 1}`;
    // A value in a flow list (`founders: [A, B]`) may be placed at its bracket.
    const written = (text[f.factLine - 1] ?? '').slice((f.factColumn ?? 1) - 1).replace(/^\[\s*/, '');
    if (!written.startsWith(f.expected)) problems.push(`${f.file}:${f.line}:${f.column} ${f.attribute} of ${f.entity}: ${at} holds "${written}", not ${f.expected}`);
    const owner = ownerAt(text, f.factLine);
    if (owner !== f.entity) problems.push(`${f.file}:${f.line}:${f.column} ${f.attribute} of ${f.entity}: ${at} is in the declaration of ${owner ?? 'no entity'}`);
  }
  return problems;
}

/** The id of the entity whose declaration holds line `line` (1-based): the nearest `entity:` key at or above it. */
function ownerAt(lines: readonly string[], line: number): string | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const match = /^\s*(?:-\s+)?entity:\s*(\S+)/.exec(lines[i]);
    if (match) return match[1];
  }
  return undefined;
}
