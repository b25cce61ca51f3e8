import type { Coverage } from '../coverage/coverage.js';
import { oneLine, padEnd, padStart, plural, width } from './terminal.js';

/** `factlint facts --format json`: the coverage as data, keys in a fixed order. */
export function formatCoverageJson(coverage: Coverage): string {
  return `${JSON.stringify(coverage, null, 2)}\n`;
}

const COLUMNS = ['facts', 'agree', 'contradict', 'unverifiable'] as const;

/**
 * `factlint facts` for people: a table per entity, then the statements no
 * article mentions and the claims no statement could judge, each with the
 * `file:line` to open.
 */
export function formatCoverage(coverage: Coverage): string {
  const { totals } = coverage;
  const out: string[] = [
    `${plural(totals.articles, 'article')}, ${plural(totals.claims, 'claim')}: ${totals.agree} agree, ${totals.contradict} contradict, ` +
      `${totals.unverifiable} cannot be verified, ${totals.suppressed} suppressed, ${totals.unattributed} about no known entity`,
  ];
  for (const entity of coverage.entities) {
    out.push('', oneLine(`${entity.entity} (${entity.name})`));
    if (entity.attributes.length === 0) {
      out.push('  no facts and no claims');
      continue;
    }
    const nameWidth = Math.max('attribute'.length, ...entity.attributes.map((a) => width(a.attribute)));
    out.push(`  ${padEnd('attribute', nameWidth)}  ${COLUMNS.join('  ')}`);
    for (const a of entity.attributes) {
      const cells = [a.statements, a.agree, a.contradict, a.unverifiable].map((n, i) => padStart(String(n), COLUMNS[i].length));
      out.push(`  ${padEnd(oneLine(a.attribute), nameWidth)}  ${cells.join('  ')}`);
    }
  }
  out.push('', `Statements no article mentions: ${coverage.unmentioned.length}`);
  for (const s of coverage.unmentioned) {
    out.push(oneLine(`  ${s.source}  ${s.entity}  ${s.attribute} = ${s.value}${s.when ? ` (${s.when})` : ''}`));
  }
  out.push('', `Claims about a known entity that no statement could judge (candidates for the facts): ${coverage.candidates.length}`);
  for (const c of coverage.candidates) {
    out.push(oneLine(`  ${c.file}:${c.line}:${c.column}  ${c.entity}  ${c.attribute} "${c.found}"${c.when ? ` (${c.when})` : ''}: ${c.reason}`));
  }
  return `${out.join('\n')}\n`;
}
