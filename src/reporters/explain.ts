import type { ArticleReport } from '../check-types.js';
import type { ClaimTime, VerdictKind } from '../types.js';
import { oneLine, padEnd, painter, plural, width, type Style } from './terminal.js';

export interface ExplainOptions {
  color?: boolean;
}

const KIND_STYLE: Record<VerdictKind, Style> = { contradiction: 'red', consistent: 'green', unverifiable: 'dim' };
const HEADER = ['line:col', 'verdict', 'attribute', 'entity', 'value', 'time'];

/**
 * Every claim factlint read in one article, with the verdict and its reason:
 * what an author needs to see why a figure was (or was not) flagged. `source`
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
    v.kind,
    v.claim.attribute,
    v.claim.entity ?? '(unknown)',
    `"${v.claim.value.raw}"`,
    formatTime(v.claim.time),
  ].map(oneLine));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]))).join('  ');
  const indent = ' '.repeat(widths[0] + 4);

  const out = [title, counts(verdicts.map((v) => v.kind)), '', `  ${paint(line(HEADER), 'bold')}`];
  verdicts.forEach((v, i) => {
    const cells = [...rows[i]];
    cells[1] = paint(padEnd(cells[1], widths[1]), KIND_STYLE[v.kind]);
    out.push(`  ${line(cells)}`);
    if (v.reason) out.push(`${indent}${oneLine(v.reason)}`);
  });
  return `${out.join('\n')}\n`;
}

function counts(kinds: VerdictKind[]): string {
  const n = (k: VerdictKind) => kinds.filter((x) => x === k).length;
  return `${plural(kinds.length, 'claim')}: ${plural(n('contradiction'), 'contradiction')}, ${n('consistent')} consistent, ${n('unverifiable')} unverifiable`;
}

/** When the claim speaks, and where that was read from. */
export function formatTime(time: ClaimTime): string {
  switch (time.kind) {
    case 'date':
      return `${time.date} (${time.from})`;
    case 'period':
      return `${time.period.start}/${time.period.end} (${time.from})`;
    case 'periodKind': {
      const names = { quarter: 'Q', half: 'H', year: 'year ', fiscalYear: 'FY' } as const;
      const label = time.index === undefined ? PERIOD_WORDS[time.kind2] : `${names[time.kind2]}${time.index}`;
      return `${label.trim()} (${time.from})`;
    }
    case 'none':
      return '-';
  }
}

const PERIOD_WORDS = { quarter: 'quarter', half: 'half-year', year: 'year', fiscalYear: 'fiscal year' } as const;

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
