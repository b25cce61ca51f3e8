/**
 * Reading tables: sentences written in the shapes the press uses, each
 * with the reading it must get (attribute, owner, time, verdict, or why it
 * is not judged), run through the real pipeline: one article per
 * sentence, checked by check() over an in-memory host.
 *
 * A row of a table file is `sentence <TAB> attribute <TAB> owner <TAB>
 * time <TAB> verdict`. `{right|wrong}` in a sentence makes two sentences:
 * the first agrees with the facts, the second contradicts them (verdict
 * `agrees/contradiction`). A `not judged: why` row has `-` as owner and
 * time: no claim of the attribute may be judged. `agrees; contradiction`
 * expects two judged readings, in the order of the sentence (every name
 * of a list of founders); its owner and time columns may list one per
 * reading the same way (`2024; 2023`), for a comparison that carries its
 * own time, and `agrees/contradiction; agrees` adds readings after the
 * `{right|wrong}` one. `\n` starts a new line
 * (a heading above the sentence); a row starting `[no about]` is read in
 * an article without `about`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import { timeLabel, verdictName } from '../../src/rules-test/reading-label.js';
import type { Lang } from '../../src/types.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

export interface PressRow {
  /** `file:line` of the row in its table. */
  at: string;
  sentence: string;
  attribute: string;
  expected: string;
  about: boolean;
}

export interface PressResult {
  row: PressRow;
  /** The judged readings of the row's attribute, as `owner time verdict`, and any contradiction of another attribute. */
  read: string;
}

const DATE = '2025-06-01';

function rowsOf(file: string, text: string): PressRow[] {
  const rows: PressRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [raw, attribute, owner, time, verdict, ...rest] = line.split('\t');
    if (!verdict || rest.length > 0) throw new Error(`${file}:${i + 1}: expected 5 tab-separated columns`);
    const about = !raw.startsWith('[no about] ');
    const sentence = raw.replace(/^\[no about\] /, '').replaceAll('\\n', '\n');
    const at = `${file}:${i + 1}`;
    const pair = /\{([^{}|]*)\|([^{}|]*)\}/.exec(sentence);
    const owners = owner.split('; ');
    const times = time.split('; ');
    const label = (k: number, v: string) => `${owners[k] ?? owners[0]} ${times[k] ?? times[0]} ${v}`;
    const [first, ...others] = verdict.split('; ');
    const after = others.map((v, k) => `; ${label(k + 1, v)}`).join('');
    if (pair) {
      if (first !== 'agrees/contradiction') throw new Error(`${at}: a {right|wrong} row expects agrees/contradiction`);
      const fill = (v: string) => sentence.slice(0, pair.index) + v + sentence.slice(pair.index + pair[0].length);
      rows.push({ at, sentence: fill(pair[1]), attribute, expected: label(0, 'agrees') + after, about });
      rows.push({ at, sentence: fill(pair[2]), attribute, expected: label(0, 'contradiction') + after, about });
    } else if (verdict.startsWith('not judged')) {
      if (owner !== '-' || time !== '-') throw new Error(`${at}: a not judged row has - as owner and time`);
      rows.push({ at, sentence, attribute, expected: 'not judged', about });
    } else {
      rows.push({ at, sentence, attribute, expected: label(0, first) + after, about });
    }
  });
  return rows;
}

/** Reads a table file next to this one and checks every sentence of it in one run. */
export function readPressTable(name: string, lang: Lang): PressResult[] {
  const dir = import.meta.dirname;
  const rows = rowsOf(name, readFileSync(join(dir, name), 'utf8'));
  const files = new Map<string, string>([['facts/press.yml', readFileSync(join(dir, 'press-facts.yml'), 'utf8')]]);
  rows.forEach((row, i) => {
    const about = row.about ? 'about: [acme]\n' : '';
    files.set(`articles/${String(i).padStart(4, '0')}.md`, `---\ndate: ${DATE}\nlang: ${lang}\n${about}---\n\n${row.sentence}\n`);
  });
  const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
  if (result.problems.length > 0) throw new Error(result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
  const byFile = new Map(result.articles.map((a) => [a.file, a]));
  return rows.map((row, i) => {
    const verdicts = byFile.get(`articles/${String(i).padStart(4, '0')}.md`)?.verdicts ?? [];
    const judged = verdicts.filter((v) => v.claim.attribute === row.attribute && v.kind !== 'unverifiable');
    const others = verdicts.filter((v) => v.claim.attribute !== row.attribute && v.kind === 'contradiction');
    const readings = judged.map((v) => `${v.claim.entity} ${timeLabel(v.claim.time)} ${verdictName(v.kind)}`);
    const stray = others.map((v) => `also ${v.claim.attribute} ${'raw' in v.claim.value ? v.claim.value.raw : ''} contradiction`);
    return { row, read: [...readings, ...stray].join('; ') || 'not judged' };
  });
}
