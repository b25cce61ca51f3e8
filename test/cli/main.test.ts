import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

/** A small articles repository on disk, checked with the real pipeline, host and built-in rules. */
const repo = mkdtempSync(join(tmpdir(), 'factlint-cli-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const files: Record<string, string> = {
  'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: 1999\n',
  'articles/wrong.md': '---\nlang: en\nabout: [acme]\n---\n\nAcme was founded in 2001 in Lyon.\n',
  'articles/right.md': '---\nlang: en\nabout: [acme]\n---\n\nAcme was founded in 1999 in Lyon.\n',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

async function run(argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd: repo, env: {} };
  return { code: await runCli(argv, io), ...out };
}

describe('runCli with the real pipeline', () => {
  it('finds the contradiction, prints it as JSON and exits 1', async () => {
    const { code, stdout, stderr } = await run(['check', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject([
      { file: 'articles/wrong.md', line: 6, column: 21, attribute: 'founded', entity: 'acme', found: '2001', expected: '1999' },
    ]);
  });

  it('exits 0 on an article that agrees with the facts', async () => {
    const { code, stdout } = await run(['check', 'articles/right.md']);
    expect([code, stdout]).toEqual([0, 'No contradictions found.\n1 file checked, 1 claim read.\n']);
  });

  it('exits 2 with file:line:col when the configuration cannot be read', async () => {
    const { code, stderr } = await run(['check', '--config', 'missing.yml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^missing\.yml:\d+:\d+: error: /);
  });

  it('explains an article claim by claim', async () => {
    const { code, stdout } = await run(['explain', 'articles/wrong.md']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/6:21 +contradiction +founded +acme +"2001"/);
  });

  it('prints the version from package.json', async () => {
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
