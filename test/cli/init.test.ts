import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { STARTER_FILES } from '../../src/cli/init-files.js';
import { builtinExampleCount } from '../helpers/builtin-sources.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-init-'));
  made.push(dir);
  return dir;
}

async function run(argv: string[], cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env: {} };
  return { code: await runCli(argv, io), ...out };
}

const PATHS = ['.factlint.yml', 'facts/example.yml', 'rules/offices.yml', 'articles/example.md', '.github/workflows/factlint.yml'];

describe('factlint init', () => {
  it('writes the config, example facts, an example rule and the workflow, and exits 0', async () => {
    const dir = emptyDir();
    const { code, stdout, stderr } = await run(['init'], dir);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n').slice(0, PATHS.length)).toEqual(PATHS.map((p) => `wrote ${p}`));
    for (const { path, text } of STARTER_FILES) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
  });

  it('never overwrites a file, and says which it kept', async () => {
    const dir = emptyDir();
    mkdirSync(join(dir, 'facts'));
    writeFileSync(join(dir, 'facts/example.yml'), 'mine\n');
    const first = await run(['init'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote .factlint.yml\nkept facts/example.yml: it already exists\nwrote rules/offices.yml\n');
    expect(readFileSync(join(dir, 'facts/example.yml'), 'utf8')).toBe('mine\n');
    const again = await run(['init'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').slice(0, PATHS.length)).toEqual(PATHS.map((p) => `kept ${p}: it already exists`));
  });

  it('makes a repository that checks, whose rule passes its own examples, and that flags a contradiction', async () => {
    const dir = emptyDir();
    await run(['init'], dir);
    expect(await run(['test-rules'], dir)).toMatchObject({ code: 0, stdout: `${builtinExampleCount() + 4} examples passed, 0 failed (7 rules)\n`, stderr: '' });
    expect(await run(['check'], dir)).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(join(dir, 'news.md'), '---\nlang: en\n---\n\nExample Corp, founded in 2010, has 5 offices.\n');
    const { code, stdout } = await run(['check', '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([{ attribute: 'offices', severity: 'warning', found: '5', expected: '4' }]);
  });

  it('writes the workflow of docs/action.md: on pull_request, reading contents and writing checks', async () => {
    const workflow = STARTER_FILES.find((f) => f.path === '.github/workflows/factlint.yml')!.text;
    const parsed = parse(workflow);
    expect(parsed.on).toBe('pull_request');
    expect(parsed.permissions).toEqual({ contents: 'read', checks: 'write' });
    expect(parsed.jobs.factlint.steps.map((s: { uses: string }) => s.uses)).toEqual(['actions/checkout@v5', 'OWNER/factlint@v1']);
    const docs = readFileSync(fileURLToPath(new URL('../../docs/action.md', import.meta.url)), 'utf8');
    const documented = /```yaml\n# \.github\/workflows\/factlint\.yml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(documented).toBeDefined();
    expect(parse(documented!)).toEqual(parsed);
  });

  it('takes no paths and no options but --help', async () => {
    const dir = emptyDir();
    expect((await run(['init', 'elsewhere'], dir)).code).toBe(2);
    expect(existsSync(join(dir, '.factlint.yml'))).toBe(false);
  });
});
