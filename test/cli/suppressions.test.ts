import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const repo = mkdtempSync(join(tmpdir(), 'factlint-suppress-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const files: Record<string, string> = {
  'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: 1999\n',
  'articles/a.md': [
    '---', 'lang: en', 'about: [acme]', '---', '',
    '<!-- factlint-disable-next-line founded -->',
    'Acme was founded in 2001, says an old brochure.',
    '',
    '<!-- factlint-disable-next-line founded -->',
    'Acme was founded in 1999.',
    '',
  ].join('\n'),
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

describe('suppressions on the command line', () => {
  it('silences the contradiction and shows the suppression that silences nothing as a notice', async () => {
    const { code, stdout } = await run(['check']);
    expect(stdout).toBe(
      'articles/a.md\n  9:1  notice  This suppression suppresses nothing  unused-suppression\n\n\u2716 1 problem (0 errors, 0 warnings, 1 notice)\n1 file checked, 2 claims read.\n',
    );
    expect(code).toBe(0);
  });

  it('--fail-on notice fails on it', async () => {
    expect((await run(['check', '--fail-on', 'notice'])).code).toBe(1);
  });

  it('is a GitHub notice annotation like any finding', async () => {
    const { stdout } = await run(['check', '--format', 'github']);
    expect(stdout).toMatch(/^::notice file=articles\/a\.md,line=9,/);
  });
});
