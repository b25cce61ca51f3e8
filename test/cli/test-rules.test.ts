import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { builtinExampleCount } from '../helpers/builtin-sources.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function run(argv: string[], cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env: {} };
  return { code: await runCli(argv, io), ...out };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-rules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('factlint test-rules', () => {
  it("passes every example of factlint's own rules/", async () => {
    const { code, stdout, stderr } = await run(['test-rules', 'rules'], root);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${builtinExampleCount()} examples passed, 0 failed (6 rules)\n`);
    expect(code).toBe(0);
  });

  it("runs the built-in rules and the example repository's rule from its config", async () => {
    const { code, stdout } = await run(['test-rules'], join(root, 'examples'));
    expect([code, stdout]).toEqual([0, `${builtinExampleCount() + 4} examples passed, 0 failed (7 rules)\n`]);
  });

  it('reports each failing example with file:line:col and its text, and exits 1', async () => {
    const dir = repo({
      'rules/plants.yml': [
        'attribute: plants',
        'type: count',
        'patterns:',
        '  en: ["{count} plants"]',
        'examples:',
        '  en:',
        '    match:',
        '      - text: "Acme runs 12 plants."',
        '        value: 21',
        '    noMatch:',
        '      - "The garden has 40 plants."',
        '',
      ].join('\n'),
    });
    made.push(dir);
    const { code, stdout, stderr } = await run(['test-rules'], dir);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'rules/plants.yml:8:15: en match: expected to read plants = 21, read 12',
        '    Acme runs 12 plants.',
        'rules/plants.yml:11:9: en noMatch: expected no plants claim, read 40 from "40 plants"',
        '    The garden has 40 plants.',
        `${builtinExampleCount()} examples passed, 2 failed (7 rules)`,
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('exits 2 on a bad rule file, naming its place', async () => {
    const dir = repo({ 'rules/plants.yml': 'attribute: plants\ntype: count\npatterns:\n  en: ["{count} plants", "{plants}"]\n' });
    made.push(dir);
    const { code, stderr } = await run(['test-rules', 'rules/plants.yml'], dir);
    expect(stderr).toContain('rules/plants.yml:4:26: error: rule plants, pattern "{plants}": unknown slot {plants}');
    expect(stderr).toContain('rules/plants.yml:1:12: warning: rule plants has no examples to test');
    expect(code).toBe(2);
  });

  it('exits 2 when a path names nothing', async () => {
    const { code, stderr } = await run(['test-rules', 'no-such-rules'], root);
    expect([code, stderr]).toEqual([2, 'no-such-rules:1:1: error: no such file or directory\n']);
  });
});
