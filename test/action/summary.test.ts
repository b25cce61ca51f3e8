import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderSummary } from '../../src/reporters/summary.js';
import { finding } from './helpers/findings.js';

const base = {
  scope: 'on the lines this pull request adds',
  failOn: 'error' as const,
  failed: true,
  notes: [],
  factChanges: [],
  problems: [],
};

describe('escapeMarkdown', () => {
  it('keeps a table cell one cell, with no HTML and no mention', () => {
    const text = escapeMarkdown('a | b\n<script>alert(1)</script> & @acme/board');
    expect(text).not.toMatch(/[|<>\n]/);
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('&amp;');
    expect(text).toContain('@\u200dacme/board');
  });
});

describe('renderSummary', () => {
  it('links each finding to its line at the head commit', () => {
    const md = renderSummary({ ...base, findings: [finding(12)], link: (f, l) => `https://github.test/o/r/blob/abc/${f}#L${l}` });
    expect(md).toContain('**1 contradiction** on the lines this pull request adds (1 error).');
    expect(md).toContain('| error | [articles/acme.md:12](https://github.test/o/r/blob/abc/articles/acme.md#L12) | acme | founded | 2001 | 1999 | facts/acme.yml:4 |');
  });

  it('lists fact changes before the findings', () => {
    const md = renderSummary({
      ...base,
      findings: [finding(1)],
      factChanges: [{ entity: 'acme', attribute: 'founded', change: 'changed', before: '1999', after: '2001', source: 'facts/acme.yml:4' }],
    });
    expect(md.indexOf('### Facts this pull request changes')).toBeLessThan(md.indexOf('### Findings'));
    expect(md).toContain('| acme | founded | changed | 1999 | 2001 | facts/acme.yml:4 |');
  });

  it('stops under the size limit and says how many rows it left out', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(i + 1));
    const md = renderSummary({ ...base, findings, limitBytes: 64 * 1024 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(64 * 1024);
    expect(md).toMatch(/\d+ more findings are not listed: GitHub keeps at most 1 MiB/);
  });
});
