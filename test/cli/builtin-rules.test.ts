import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltinRules } from '../../src/cli/builtin-rules.js';
import { findPackageRoot, readPackageInfo } from '../../src/cli/package-root.js';

const scratch = mkdtempSync(join(tmpdir(), 'factlint-root-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, 't-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('findPackageRoot', () => {
  it('finds this repository from the source tree', () => {
    const root = findPackageRoot();
    expect(readPackageInfo(root).version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('walks up from a bundle in dist/ past a package that is not factlint', () => {
    const root = tree({
      'package.json': '{"name":"factlint","version":"1.2.3","homepage":"https://example.org"}',
      'rules/founded.yml': 'attribute: founded\n',
      'dist/cli.js': '',
      'dist/nested/package.json': '{"name":"other"}',
      'dist/nested/rules/x.yml': '',
    });
    expect(findPackageRoot(pathToFileURL(join(root, 'dist/nested/cli.js')).href)).toBe(root);
    expect(findPackageRoot(join(root, 'dist/cli.js'))).toBe(root);
    expect(readPackageInfo(root)).toEqual({ version: '1.2.3', homepage: 'https://example.org' });
  });

  it('skips a factlint package.json with no rules/ beside it', () => {
    const root = tree({ 'package.json': '{"name":"factlint"}', 'rules/a.yml': '', 'sub/package.json': '{"name":"factlint"}', 'sub/x.js': '' });
    expect(findPackageRoot(join(root, 'sub/x.js'))).toBe(root);
  });

  it('throws, as a bug, when there is none', () => {
    const root = tree({ 'package.json': '{"name":"other"}', 'x.js': '' });
    expect(() => findPackageRoot(join(root, 'x.js'))).toThrow(/cannot find factlint's rules\/ folder/);
  });
});

describe('readBuiltinRules', () => {
  it('reads every rules/*.yml, sorted, with a repository-relative name', () => {
    const root = tree({
      'package.json': '{"name":"factlint"}',
      'rules/revenue.yml': 'attribute: revenue\n',
      'rules/ceo.yml': 'attribute: ceo\n',
      'rules/README.md': '# not a rule',
      'rules/old.yaml': 'attribute: old\n',
    });
    expect(readBuiltinRules(root)).toEqual([
      { file: 'rules/ceo.yml', text: 'attribute: ceo\n' },
      { file: 'rules/revenue.yml', text: 'attribute: revenue\n' },
    ]);
  });

  it('reads the rules shipped with factlint', () => {
    for (const rule of readBuiltinRules()) expect(rule.file).toMatch(/^rules\/[a-z0-9-]+\.yml$/);
  });
});
