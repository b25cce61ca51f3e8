import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { extractClaims } from '../../src/claims/extract.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { parseConfig, parseFacts, parseRule } from '../../src/config/index.js';
import { jsonSchema, type SchemaName } from '../../src/config/json-schema.js';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { plainSentence, runExamples } from '../../src/rules-test/run-examples.js';
import { foldKey } from '../../src/text/fold.js';
import { VALUE_TYPES, type Claim, type Lang, type Rule, type ValueType } from '../../src/types.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { builtinRules } from '../helpers/knowledge.js';
import { memoryHost } from '../helpers/memory-host.js';

/**
 * The docs' examples are tests: every ```yaml block whose first line is
 * `# test: facts|rule|config` must load without a problem and be valid
 * against its JSON Schema (a rule's own examples must pass), and every row
 * of the pattern, rule-set and hedge tables must read what it says.
 */
const DOCS = ['writing-rules.md', 'writing-facts.md', 'README.md'];
const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), 'utf8');

interface Block {
  doc: string;
  line: number;
  kind: SchemaName;
  text: string;
}

function blocks(doc: string): Block[] {
  const out: Block[] = [];
  for (const m of read(doc).matchAll(/^```yaml\n# test: (facts|rule|config)\n([\s\S]*?)^```$/gm)) {
    const line = read(doc).slice(0, m.index).split('\n').length;
    out.push({ doc, line, kind: m[1] as SchemaName, text: `# test: ${m[1]}\n${m[2]}` });
  }
  return out;
}

/** Rows of every table whose header is exactly `header` (from line `from` on), cells unescaped and unquoted. */
function tables(doc: string, header: string[], from = 0, first = false): string[][] {
  const rows: string[][] = [];
  const lines = read(doc).split('\n');
  for (let i = from; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || cells(lines[i]).join('|') !== header.join('|')) continue;
    for (let k = i + 2; k < lines.length && lines[k].startsWith('|'); k++) rows.push(cells(lines[k]));
    if (first) break;
  }
  return rows;
}

/** ```markdown blocks after a `<!-- test: article -->` line, each with the findings the next Line/Severity/Attribute table expects. */
function articles(doc: string): { line: number; text: string; expected: string[] }[] {
  const text = read(doc);
  return [...text.matchAll(/^<!-- test: article -->\n```markdown\n([\s\S]*?)^```$/gm)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    const expected = tables(doc, ['Line', 'Severity', 'Attribute'], line, true).map((row) => row.join(' '));
    return { line, text: m[1], expected };
  });
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|').replace(/^`(.*)`$/, '$1'));
}

const LOADERS: Record<SchemaName, (text: string) => { problems: unknown[] }> = {
  facts: (text) => parseFacts(text, 'facts/doc.yml'),
  rule: (text) => parseRule(text, 'rules/doc.yml'),
  config: (text) => parseConfig(text, '.factlint.yml'),
};

const docRules = DOCS.flatMap(blocks).filter((b) => b.kind === 'rule').map((b) => ({ ...parseRule(b.text, `${b.doc}:${b.line}`).value!, builtin: false }));

function readWith(rules: Rule[], lang: Lang, text: string): Claim[] {
  const { ruleSet, problems } = compileRules(rules);
  expect(problems).toEqual([]);
  const ctx = { ruleSet, aliases: new AliasIndex([]), knownPeople: new Set<string>(), subject: { about: [] }, anyNameIsEntity: true };
  return extractClaims(plainSentence(text), lang, ctx);
}

const QUALIFIERS: Record<string, string> = { 'at least': 'atLeast', 'at most': 'atMost', about: 'about' };

/** "2000 (at least)", "2001, not judged (negated)", "Claire Roux" -> what the claim must hold. */
function expectRead(claim: Claim | undefined, reads: string): void {
  const m = /^(.+?)(?: \((at least|at most|about)\))?(?:, not judged \((.+)\))?$/.exec(reads)!;
  const [, value, qualifier, hedge] = m;
  expect(claim, `a claim reading ${reads}`).toBeDefined();
  const v = claim!.value;
  if ('value' in v && typeof v.value === 'number') expect(v.value).toBeCloseTo(Number(value), 6);
  else expect(foldKey(String('value' in v ? v.value : v.raw))).toBe(foldKey(value));
  expect('qualifier' in v ? v.qualifier : 'exact').toBe(qualifier ? QUALIFIERS[qualifier] : 'exact');
  if (hedge) expect(claim!.hedge ?? '').toMatch(new RegExp(`^${hedge.replace(/[()]/g, '\\$&')}`));
  else expect(claim!.hedge).toBeUndefined();
}

describe.each(DOCS)('docs/%s', (doc) => {
  const found = blocks(doc);

  test.each(found.map((b) => [`${b.kind} block at line ${b.line}`, b] as const))('%s loads, is valid against its schema, and passes its examples', (_, block) => {
    expect(LOADERS[block.kind](block.text).problems).toEqual([]);
    const validate = new Ajv2020.default({ strict: true, allErrors: true }).compile(jsonSchema(block.kind));
    validate(parse(block.text) ?? {});
    expect(validate.errors ?? []).toEqual([]);
    if (block.kind === 'rule') {
      const rule = { ...parseRule(block.text, `docs/${doc}`).value!, builtin: false };
      const report = runExamples([rule], compileRules([...builtinRules(), ...docRules]).ruleSet);
      expect(report.failures.map((f) => f.message)).toEqual([]);
    }
  });

  const patternRows = tables(doc, ['Lang', 'Type', 'Pattern', 'Sentence', 'Reads']);
  test.each(patternRows)('%s %s `%s`: "%s" reads %s', (lang, type, pattern, sentence, reads) => {
    const rule: Rule = {
      attribute: 'doc-example', type: type as ValueType, patterns: { [lang]: [{ pattern, declaredAt: { file: doc, line: 1, column: 1 } }] },
      examples: [], builtin: false, declaredAt: { file: doc, line: 1, column: 1 },
    };
    const claims = readWith([rule], lang as Lang, sentence);
    if (reads === 'no claim') expect(claims.map((c) => c.matchedText)).toEqual([]);
    else expectRead(claims[0], reads);
  });

  const ruleSetRows = tables(doc, ['Lang', 'Sentence', 'Claims']);
  test.each(ruleSetRows)('%s "%s": %s', (lang, sentence, expected) => {
    const claims = readWith([...builtinRules(), ...docRules], lang as Lang, sentence);
    const read = claims.map((c) => `${c.attribute} ${'value' in c.value ? c.value.value : c.value.raw}`);
    const wanted = expected === 'none' ? [] : expected.split('; ').map((e) => e.replace(/ (\S+)$/, (_, v: string) => ` ${Number.isNaN(Number(v)) ? v : Number(v)}`));
    expect(read).toEqual(wanted);
  });

  const articleBlocks = articles(doc);
  test.each(articleBlocks.map((a) => [`article at line ${a.line}`, a] as const))('%s, checked against the first facts block, gives the findings of the table after it', (_, article) => {
    const facts = found.find((b) => b.kind === 'facts');
    expect(facts).toBeDefined();
    const files = new Map([['facts/doc.yml', facts!.text], ['article.md', article.text]]);
    const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => `${f.line} ${f.severity} ${f.attribute}`)).toEqual(article.expected);
    // The same article without its comments: what the suppressions silenced.
    const bare = article.text.replace(/^<!-- factlint-.*-->\n/gm, '\n');
    const unsuppressed = check({ cwd: '.', host: memoryHost(new Map([...files, ['article.md', bare]])), builtinRules: builtinSources() });
    expect(unsuppressed.findings.map((f) => `${f.line} ${f.attribute} ${f.found}`)).toEqual(['7 founded 1985', '10 headquarters Paris']);
  });

  test('links only to pages that exist', () => {
    for (const [, target] of read(doc).matchAll(/\]\(([\w-]+\.md)(?:#[\w-]+)?\)/g)) expect(() => read(target), target).not.toThrow();
  });
});

describe('docs/writing-rules.md covers', () => {
  const rows = tables('writing-rules.md', ['Lang', 'Type', 'Pattern', 'Sentence', 'Reads']);
  test('every slot, in the slot table and at work in a tested pattern', () => {
    const slots = tables('writing-rules.md', ['Slot', 'Reads', 'As in']).map((r) => r[0]);
    expect(slots).toEqual(['{entity}', ...VALUE_TYPES.map((t) => `{${t}}`)]);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(VALUE_TYPES));
    expect(rows.some((r) => r[2].includes('{entity}'))).toBe(true);
  });

  test('every construct of the pattern language, in a tested pattern', () => {
    const patterns = rows.map((r) => r[2]);
    for (const construct of [/\(\w+\|\w+\)/, /\[[\w ]+\]/, /\.\.\./, /\w\*/]) expect(patterns.some((p) => construct.test(p)), String(construct)).toBe(true);
  });

  test('every kind of hedge, in a tested sentence', () => {
    const hedges = new Set(rows.map((r) => /not judged \((.+)\)$/.exec(r[4])?.[1]).filter(Boolean));
    expect(hedges).toEqual(new Set(['negated', 'a target or forecast', 'conditional or rumour', 'not the current holder', 'a part of a larger figure']));
  });

  test('every qualifier, in a tested sentence', () => {
    const qualifiers = new Set(rows.map((r) => /\((at least|at most|about)\)/.exec(r[4])?.[1]).filter(Boolean));
    expect(qualifiers).toEqual(new Set(['at least', 'at most', 'about']));
  });
});
