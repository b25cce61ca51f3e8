import { stringify } from 'yaml';
import type { Entity } from '../types.js';
import type { Disagreement, Suggestion } from '../corpus/suggest-facts.js';
import type { GapTime } from '../corpus/gap-claims.js';
import { oneLine } from './terminal.js';

export interface SuggestionsReport {
  suggestions: Suggestion[];
  disagreements: Disagreement[];
}

/** `facts --suggest --format json`: the suggestions and disagreements as data. */
export function formatSuggestionsJson(report: SuggestionsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * `facts --suggest` for people: YAML ready to paste under `facts:` in the
 * file each block names (indented to sit there), every statement with the
 * articles that state it as its `source`; then, as comments, the groups of
 * claims that disagree. Values pass through the YAML writer, so text read
 * from an article can never break the YAML it is pasted into.
 */
export function formatSuggestions(report: SuggestionsReport, entities: ReadonlyMap<string, Entity>): string {
  const out: string[] = [
    `# ${report.suggestions.length} statement(s) the articles support where the facts have none.`,
    '# Paste each block under `facts:` in the file named above it, after checking it against a source.',
  ];
  const byEntity = new Map<string, Suggestion[]>();
  for (const s of report.suggestions) byEntity.set(s.entity, [...(byEntity.get(s.entity) ?? []), s]);
  for (const [id, suggestions] of byEntity) {
    const entity = entities.get(id);
    out.push('', oneLine(`# ${suggestions[0].file || 'facts'} (${id})`));
    const byAttribute = new Map<string, Suggestion[]>();
    for (const s of suggestions) byAttribute.set(s.attribute, [...(byAttribute.get(s.attribute) ?? []), s]);
    for (const [attribute, list] of byAttribute) {
      const existing = (entity?.facts[attribute]?.length ?? 0) > 0;
      const statements = list.map(statementOf);
      if (existing) out.push(`  # add to the ${attribute} statements already there:`, indent(stringify(statements, { lineWidth: 0 }), 4));
      else out.push(indent(stringify({ [attribute]: statements }, { lineWidth: 0 }), 2));
    }
  }
  out.push('', `# Claims that disagree, for you to settle: ${report.disagreements.length}`);
  for (const d of report.disagreements) {
    const claims = d.claims.map((c) => `${c.found} (${c.at})`).join(', ');
    out.push(oneLine(`#   ${d.entity} ${d.attribute}${whenText(d.time)}: ${claims}`));
  }
  return `${out.join('\n')}\n`;
}

function statementOf(s: Suggestion): Record<string, unknown> {
  const time = Object.fromEntries(Object.entries(s.time).map(([key, date]) => [key, yearOrDate(date)]));
  return { value: s.value, ...(s.unit && { unit: s.unit }), ...time, source: s.sources.join(', ') };
}

/** A bare year as a YAML number (`asOf: 2023`), as people write it in facts files; finer dates stay text. */
function yearOrDate(date: string): string | number {
  return /^\d{4}$/.test(date) ? Number(date) : date;
}

function whenText(time: GapTime): string {
  if ('asOf' in time) return ` as of ${time.asOf}`;
  if ('period' in time) return ` for ${time.period}`;
  if ('from' in time) return time.from === time.until ? ` in ${time.from}` : ` from ${time.from} to ${time.until}`;
  return '';
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replace(/\n$/, '').split('\n').map((line) => pad + line).join('\n');
}
