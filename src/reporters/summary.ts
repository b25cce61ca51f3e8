import type { AuthorError, Finding, Severity } from '../types.js';
import { oneLine } from './terminal.js';

/**
 * The job summary: every finding in one Markdown table a reviewer can read
 * without opening the log, each linked to its line. Article text is made
 * inert here (no HTML, no table breaks, no mentions) because the summary is
 * rendered by GitHub, and GitHub caps it at 1 MiB per step.
 */

/** GitHub's limit for one step's summary is 1 MiB; keep a margin for what other writers add. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

/** A statement of the facts that a pull request changes, for reviewers to weigh. */
export interface FactChange {
  entity: string;
  attribute: string;
  change: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
  /** Where the head (or, for a removal, the base) declares it: `facts/acme.yml:4`. */
  source: string;
}

export interface SummaryInput {
  findings: readonly Finding[];
  /** URL of a finding's lines at the commit under review; none when unknown. */
  link?: (file: string, line: number, endLine: number) => string | undefined;
  /** What was checked, as a phrase: "on the lines this pull request adds". */
  scope: string;
  /** Whether the step fails, and at which severity. */
  failOn: Severity | 'never';
  failed: boolean;
  /** Plain sentences from the Action (escaped here too). */
  notes: readonly string[];
  factChanges: readonly FactChange[];
  problems: readonly AuthorError[];
  limitBytes?: number;
}

const ZWJ = '\u200d';
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' };

/**
 * Text from a repository, safe inside a Markdown table cell: one line, no
 * HTML, no `|`, no Markdown markup, and `@` broken by a zero-width joiner so
 * that `@org/team` names nobody.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[&<>|]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/@/g, `@${ZWJ}`);
}

/** A URL safe inside `[text](url)`: parentheses, spaces and quotes percent-encoded. */
function safeUrl(url: string): string {
  return url.replace(/[()'"<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const ICON: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

function findingRow(f: Finding, link: SummaryInput['link']): string {
  const place = `${escapeMarkdown(f.file)}:${f.line}`;
  const url = link?.(f.file, f.line, f.endLine);
  const where = url ? `[${place}](${safeUrl(url)})` : place;
  const cells = [ICON[f.severity], where, f.entity, f.ruleId ?? f.attribute, f.found, f.expected, f.factSource];
  return `| ${cells.map((cell, i) => (i === 1 ? cell : escapeMarkdown(cell))).join(' | ')} |\n`;
}

function countWords(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'notice'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}${count(s) === 1 ? '' : 's'}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function factChangeRows(changes: readonly FactChange[]): string {
  const shown = changes.slice(0, 500);
  const rows = shown.map((c) => `| ${[c.entity, c.attribute, c.change, c.before ?? '', c.after ?? '', c.source].map(escapeMarkdown).join(' | ')} |\n`);
  const more = changes.length > shown.length ? `\n${changes.length - shown.length} more changed statements are not listed.\n` : '';
  return '| Entity | Attribute | Change | Base | Head | Declared at |\n| --- | --- | --- | --- | --- | --- |\n' + rows.join('') + more;
}

/** The whole summary; past the size limit, the table stops and says how many rows it left out. */
export function renderSummary(input: SummaryInput): string {
  const limit = input.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const n = input.findings.length;
  const contradictions = input.findings.filter((f) => f.kind === 'contradiction');
  const c = contradictions.length;
  const others = n - c;
  const notices = others > 0 ? `, and ${others} notice${others === 1 ? '' : 's'} about the articles themselves` : '';
  const verdict = input.failed ? `The step fails: findings at or above \`${input.failOn}\`.` : 'The step passes.';
  let head = `## factlint\n\n**${c} contradiction${c === 1 ? '' : 's'}** ${escapeMarkdown(input.scope)}${countWords(contradictions)}${notices}. ${verdict}\n\n`;
  if (input.notes.length) head += `${input.notes.map((note) => `> ${escapeMarkdown(note)}`).join('\n>\n')}\n\n`;
  if (input.problems.length) {
    head += '### Configuration problems\n\n';
    for (const p of input.problems) head += `- ${escapeMarkdown(`${p.file}:${p.line}:${p.column}`)} ${p.level}: ${escapeMarkdown(p.message)}\n`;
    head += '\n';
  }
  if (input.factChanges.length) {
    head += '### Facts this pull request changes\n\n';
    head += 'Findings were judged against the facts of the base branch. The pull request changes these statements; weigh them before merging.\n\n';
    head += `${factChangeRows(input.factChanges)}\n`;
  }
  if (n === 0) return head;
  const tableHead = '### Findings\n\n| Severity | Where | Entity | Attribute | Found | Expected | Fact source |\n| --- | --- | --- | --- | --- | --- | --- |\n';
  const reserve = 200;
  let used = Buffer.byteLength(head + tableHead) + reserve;
  const rows: string[] = [];
  for (const f of input.findings) {
    const row = findingRow(f, input.link);
    const size = Buffer.byteLength(row);
    if (used + size > limit) break;
    used += size;
    rows.push(row);
  }
  let out = head + tableHead + rows.join('');
  if (rows.length < n) {
    out += `\n${n - rows.length} more findings are not listed: GitHub keeps at most 1 MiB of summary per step. The report file (output \`report\`) has them all.\n`;
  }
  return out;
}
