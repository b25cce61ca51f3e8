/**
 * Scenario fixtures carry their expectations inline, in the Markdown they
 * test (markdownlint's habit): a line that must get a finding ends with
 * `<!-- expect: attribute [attribute ...] -->`; every other line must get none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { builtinSources } from '../helpers/builtin-sources.js';

const ROOT = join(import.meta.dirname, '../fixtures/scenarios');
const EXPECT = /<!--\s*expect:\s*([\w\s-]+?)\s*-->/;

function expectations(dir: string, files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (EXPECT.exec(line)?.[1].split(/\s+/) ?? []).map((attribute) => `${file}:${i + 1} ${attribute}`)),
  );
}

describe('scenario fixtures', () => {
  for (const name of readdirSync(ROOT)) {
    test(name, () => {
      const dir = join(ROOT, name);
      const result = check({ cwd: dir, host: createNodeHost(dir), builtinRules: builtinSources() });
      expect(result.problems).toEqual([]);
      const files = result.articles.map((a) => a.file);
      expect(files.length).toBeGreaterThan(0);
      const found = result.findings.map((f) => `${f.file}:${f.line} ${f.attribute}`).sort();
      expect(found).toEqual(expectations(dir, files).sort());
    });
  }
});
