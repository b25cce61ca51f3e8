import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNodeHost } from '../../src/cli/node-host.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'factlint-host-'));
  for (const file of ['b.md', 'a.md', 'Z.md', 'posts/2024/one.md', '.github/template.md', 'node_modules/pkg/README.md', 'facts/acme.yml', 'facts/.draft.yml']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `# ${file}\n`);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createNodeHost', () => {
  test('glob: relative to base, sorted by code point, no dot-files unless named, ignore honoured', () => {
    const host = createNodeHost(root);
    expect(host.glob(['**/*.md'], '.', ['**/node_modules/**'])).toEqual(['Z.md', 'a.md', 'b.md', 'posts/2024/one.md']);
    expect(host.glob(['.github/*.md'], '.')).toEqual(['.github/template.md']);
    expect(host.glob(['*.yml'], 'facts')).toEqual(['acme.yml']);
    expect(host.glob(['*.{yml,yaml}', '../*.md'], 'facts')).toEqual(['../Z.md', '../a.md', '../b.md', 'acme.yml']);
    expect(host.glob([], '.')).toEqual([]);
    expect(host.glob(['nothing/**'], '.')).toEqual([]);
  });

  test('readFile: a Buffer, or undefined when absent; relative to cwd or absolute', () => {
    const host = createNodeHost(root);
    expect(host.readFile('facts/acme.yml')?.toString('utf8')).toBe('# facts/acme.yml\n');
    expect(host.readFile(join(root, 'a.md'))?.toString('utf8')).toBe('# a.md\n');
    expect(host.readFile('missing.yml')).toBeUndefined();
    expect(host.readFile('a.md/inside')).toBeUndefined();
    expect(() => host.readFile('facts')).toThrow();
  });

  test('isDirectory', () => {
    const host = createNodeHost(root);
    expect(host.isDirectory('posts')).toBe(true);
    expect(host.isDirectory('.')).toBe(true);
    expect(host.isDirectory('a.md')).toBe(false);
    expect(host.isDirectory('missing')).toBe(false);
  });
});
