import type { ArticleReport } from '../check-types.js';
import type { ClaimTime, Interval, Verdict, VerdictKind } from '../types.js';
import { oneLine, padEnd, painter, plural, width, type Style } from './terminal.js';
import { maxOf } from '../lists.js';

export interface ExplainOptions {
  color?: boolean;
}

type Shown = VerdictKind | 'suppressed';
const KIND_STYLE: Record<Shown, Style> = { contradiction: 'red', consistent: 'green', unverifiable: 'dim', suppressed: 'yellow' };

/** A contradiction a directive silences is shown as suppressed, as `check` leaves it out. */
function shown(v: Verdict): Shown {
  return v.kind === 'contradiction' && v.suppressed ? 'suppressed' : v.kind;
}
const HEADER = ['line:col', 'verdict', 'attribute', 'entity', 'value', 'time'];

/**
 * Every claim factlint read in one article, with the verdict, its reason and
 * the evidence of its reading: what an author needs to see why a figure was
 * (or was not) flagged. `source`
 * is the article's text, to turn the claims' offsets into line:col.
 */
export function formatExplain(report: ArticleReport, source: string, options: ExplainOptions = {}): string {
  const paint = painter(options.color ?? false);
  const verdicts = [...report.verdicts].sort((a, b) => a.claim.start - b.claim.start);
  const title = paint(oneLine(report.file), 'underline');
  if (verdicts.length === 0) return `${title}\nNo claims found.\n`;

  const locate = locator(source);
  const rows = verdicts.map((v) => [
    locate(v.claim.start),
    shown(v),
    v.claim.attribute,
    v.claim.entity ?? '(unknown)',
    `"${v.claim.value.raw}"`,
    formatTime(v.claim.time),
  ].map(oneLine));
  const widths = HEADER.map((h, i) => maxOf(rows.map((r) => width(r[i])), h.length));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]))).join('  ');
  const indent = ' '.repeat(widths[0] + 4);

  const out = [title, counts(verdicts.map(shown)), '', `  ${paint(line(HEADER), 'bold')}`];
  verdicts.forEach((v, i) => {
    const cells = [...rows[i]];
    cells[1] = paint(padEnd(cells[1], widths[1]), KIND_STYLE[shown(v)]);
    out.push(`  ${line(cells)}`);
    if (v.reason) out.push(`${indent}${oneLine(v.reason)}`);
    // How the claim was read (its clause, owner, time, mood): why it was judged, or why it was not.
    for (const e of v.claim.evidence ?? []) out.push(`${indent}${paint(`- ${oneLine(e)}`, 'dim')}`);
  });
  return `${out.join('\n')}\n`;
}

function counts(kinds: Shown[]): string {
  const n = (k: Shown) => kinds.filter((x) => x === k).length;
  const suppressed = n('suppressed') > 0 ? `, ${n('suppressed')} suppressed` : '';
  return `${plural(kinds.length, 'claim')}: ${plural(n('contradiction'), 'contradiction')}, ${n('consistent')} consistent, ${n('unverifiable')} unverifiable${suppressed}`;
}

/**
 * `explain --format json`: the same claims as data, in source order, for
 * scripts and editors. `verdict` is the one `check` acts on: a silenced
 * contradiction is `suppressed`.
 */
export function formatExplainJson(report: ArticleReport, source: string): string {
  const locate = locator(source);
  const claims = [...report.verdicts]
    .sort((a, b) => a.claim.start - b.claim.start)
    .map((v) => {
      const [line, column] = locate(v.claim.start).split(':').map(Number);
      const out: Record<string, unknown> = {
        line,
        column,
        verdict: shown(v),
        attribute: v.claim.attribute,
        entity: v.claim.entity,
        found: v.claim.value.raw,
        time: formatTime(v.claim.time),
        reason: v.reason,
      };
      if (v.expected !== undefined) out.expected = v.expected;
      if (v.suggestion !== undefined) out.suggestion = v.suggestion;
      if (v.statement) out.factSource = `${v.statement.declaredAt.file}:${v.statement.declaredAt.line}`;
      return out;
    });
  return `${JSON.stringify({ file: report.file, claims }, null, 2)}\n`;
}

/** When the claim speaks, where that was read from, and the words that said it. */
export function formatTime(time: ClaimTime): string {
  const what: string[] = [];
  if (time.periodKind === 'quarter') what.push(`Q${time.periodIndex ?? '?'}`);
  else if (time.periodKind === 'half') what.push(`H${time.periodIndex ?? '?'}`);
  else if (time.periodKind === 'year') what.push('year');
  else if (time.periodKind === 'months') what.push(time.periodIndex ? `first ${time.periodIndex} months` : 'months');
  if (time.fiscalYear !== undefined) what.push(`FY${time.fiscalYear}`);
  if (time.periodYear !== undefined) what.push(String(time.periodYear));
  if (time.periodEnd) what.push(`ended ${time.periodEnd}`);
  if (time.span) what.push(formatInterval(time.span));
  if (what.length === 0 && time.source === 'none') return '-';
  const from = time.text && !time.text.startsWith('article date') ? `${time.source}: "${time.text}"` : time.source;
  return `${what.join(' ') || '-'} (${from})`;
}

/** A whole year or month as `2019` or `2019-01`; any other interval as `start/end`. */
export function formatInterval({ start, end }: Interval): string {
  if (start === end) return start;
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  if (y1 === y2 && d1 === 1 && m1 === 1 && m2 === 12 && d2 === 31) return String(y1);
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (y1 === y2 && m1 === m2 && d1 === 1 && d2 === lastDay) return start.slice(0, 7);
  return `${start}/${end}`;
}

/** Offset -> `line:col`, 1-based, columns in UTF-16 code units like the findings. */
function locator(source: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}
