import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, formatSarif, toSarif } from '../../src/reporters/sarif.js';
import { ceo, employees, founded } from './findings.js';

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it in
 * @microsoft/jest-sarif (2.1.0-rtm.5, the schema of the final 2.1.0 text,
 * written in JSON Schema draft-04).
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
  // The schema's `language` pattern has a stray `]` that only non-unicode regexps accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();
const options = { version: '0.1.0' };

describe('toSarif', () => {
  it.each([
    ['no findings', []],
    ['one finding', [founded]],
    ['every severity, two files, with and without suggestion', [founded, employees, ceo]],
  ])('validates against the SARIF 2.1.0 schema: %s', (_name, findings) => {
    const log = JSON.parse(formatSarif(findings, options));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has a validator that rejects what SARIF forbids', () => {
    const log = JSON.parse(formatSarif([ceo], options));
    log.runs[0].results[0].level = 'notice';
    expect(validate(log)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('validates with an information URI and a path that needs encoding', () => {
    const odd = { ...founded, file: 'articles/été 2026/#1?.md' };
    const log = toSarif([odd], { version: '1.2.3', informationUri: 'https://example.org/factlint' });
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'articles/%C3%A9t%C3%A9%202026/%231%3F.md',
    );
    expect(log.runs[0].tool.driver.informationUri).toBe('https://example.org/factlint');
  });

  it('describes the tool and one rule per attribute', () => {
    const log = toSarif([founded, employees, founded], options);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('factlint');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((r) => r.id)).toEqual(['employees', 'founded']);
    expect(log.runs[0].results.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['founded', 1],
      ['employees', 0],
      ['founded', 1],
    ]);
  });

  it('maps a finding to a result with its level, place, fix and properties', () => {
    const [result] = toSarif([founded], options).runs[0].results;
    expect(result).toEqual({
      ruleId: 'founded',
      ruleIndex: 0,
      level: 'error',
      message: { text: founded.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'articles/2026-01-ovh-results.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 34, endLine: 12, endColumn: 38 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'facts/ovhcloud.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 3 },
          },
          message: { text: 'The fact is declared here.' },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) },
      fixes: [
        {
          description: { text: 'Replace "2001" with "1999".' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'articles/2026-01-ovh-results.md', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { startLine: 12, startColumn: 34, endLine: 12, endColumn: 38 },
                  insertedContent: { text: '1999' },
                },
              ],
            },
          ],
        },
      ],
      properties: {
        kind: 'contradiction',
        attribute: 'founded',
        entity: 'ovhcloud',
        found: '2001',
        expected: '1999',
        factSource: 'facts/ovhcloud.yml:5',
        suggestion: '1999',
      },
    });
  });

  it.each([
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'note'],
  ] as const)('maps severity %s to level %s', (severity, level) => {
    expect(toSarif([{ ...founded, severity }], options).runs[0].results[0].level).toBe(level);
  });

  it('has no fix without a suggestion and no related location without the fact\'s place', () => {
    const { factFile: _file, factLine: _line, factColumn: _column, ...placeless } = employees;
    const [result] = toSarif([placeless], options).runs[0].results;
    expect(result.fixes).toBeUndefined();
    expect(result.relatedLocations).toBeUndefined();
    expect(result.properties).not.toHaveProperty('suggestion');
  });

  it('keeps fingerprints when the finding moves, and tells equal findings apart', () => {
    const print = (findings: typeof founded[]) =>
      toSarif(findings, options).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const [a] = print([founded]);
    const [moved] = print([{ ...founded, line: 40, endLine: 40 }]);
    expect(moved).toBe(a);
    const [first, second] = print([founded, { ...founded, line: 50 }]);
    expect(first).toBe(a);
    expect(second).not.toBe(a);
    const [other] = print([{ ...founded, found: '2002' }]);
    expect(other).not.toBe(a);
  });

  it('describes each rule as code scanning asks (GH2010-GH2012): name, descriptions, help, helpUri, informationUri', () => {
    const notice = { ...founded, attribute: 'unused-suppression', ruleId: 'unused-suppression', kind: 'unused-suppression' as const, url: 'https://example.org/docs#unused-suppression' };
    const log = toSarif([founded, notice], options);
    const { driver } = log.runs[0].tool;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of driver.rules) {
      expect(rule.name).not.toBe(rule.id);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text).toContain('Fix:');
      expect(rule.help.markdown).toContain('Fix:');
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
    expect(driver.rules.map((r) => [r.id, r.name, r.shortDescription.text])).toEqual([
      ['founded', 'FoundedContradiction', 'A claim (founding year) contradicts the declared facts.'],
      ['unused-suppression', 'UnusedSuppression', 'A factlint-disable comment silences nothing.'],
    ]);
    expect(validate(log)).toBe(true);
  });

  it('is deterministic', () => {
    expect(formatSarif([founded, ceo], options)).toBe(formatSarif([founded, ceo], options));
  });
});
