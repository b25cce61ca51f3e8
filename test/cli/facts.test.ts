import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

async function run(argv: string[], cwd = examples) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env: {} };
  return { code: await runCli(argv, io), ...out };
}

describe('factlint facts on the example repository', () => {
  it('prints the coverage of each entity, the unmentioned statements and the candidates, and exits 0', async () => {
    const { code, stdout, stderr } = await run(['facts']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3 articles, \d+ claims: \d+ agree, \d+ contradict, \d+ cannot be verified, \d+ suppressed, \d+ about no known entity\n/);
    expect(stdout).toContain('\nveloria (Veloria)\n  attribute     facts  agree  contradict  unverifiable\n');
    expect(stdout).toMatch(/\n  factories +1 +0 +1 +0\n/);
    expect(stdout).toContain('\nStatements no article mentions: ');
    expect(stdout).toMatch(/\n  facts\/veloria\.yml:\d+  veloria  employees = 1200 \(as of 2020-06\)\n/);
    expect(stdout).toMatch(/\n  articles\/2024-05-nordwind\.md:13:38  cyclon  founded "2011": Cyclon: no statement for this attribute\n/);
  });

  it('with --format json, the same as data', async () => {
    const { code, stdout } = await run(['facts', '--format', 'json']);
    expect(code).toBe(0);
    const coverage = JSON.parse(stdout);
    expect(Object.keys(coverage)).toEqual(['entities', 'unmentioned', 'candidates', 'totals']);
    expect(coverage.entities.map((e: { entity: string }) => e.entity)).toEqual(['nordwind', 'cyclon', 'veloria']);
    expect(coverage.candidates).toContainEqual(
      expect.objectContaining({ file: 'articles/2024-05-nordwind.md', line: 13, column: 38, entity: 'cyclon', attribute: 'founded', found: '2011' }),
    );
    expect(coverage.totals.articles).toBe(3);
  });

  it('covers only the articles named', async () => {
    const { stdout } = await run(['facts', 'articles/2024-05-nordwind.md', '--format', 'json']);
    expect(JSON.parse(stdout).totals.articles).toBe(1);
  });

  it('exits 2 on a bad configuration, with nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['facts', '--config', 'missing.yml']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('missing.yml:1:1: error: config file not found\n');
  });
});
