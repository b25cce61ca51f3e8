import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FACTS = 'entity: acme\nname: Acme\nfacts:\n  founded: 1987\n  employees:\n    - value: 1450\n      asOf: 2023-12\n';
const WRONG = '---\nlang: en\ndate: 2023-12-01\n---\n\nAcme was founded in 1990 and employs 2,000 people.\n';
const RIGHT = '---\nlang: en\n---\n\nAcme was founded in 1987.\n';

/** A repository in a temporary folder (with `.git`, so the search for a config stops there). */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-conventions-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries({ 'facts/acme.yml': FACTS, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function run(argv: string[], cwd: string, io: { env?: Record<string, string>; stdin?: string; isTTY?: boolean } = {}) {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    cwd,
    env: io.env ?? {},
    isTTY: io.isTTY ?? false,
    readStdin: async () => io.stdin ?? '',
  });
  return { code, ...out };
}

const json = (stdout: string) => (JSON.parse(stdout) as { file: string; attribute: string; found: string }[]).map((f) => `${f.file} ${f.attribute} ${f.found}`);

describe('never silent', () => {
  it('no article to check is an error, exit 2', async () => {
    const dir = repo({ '.factlint.yml': 'language: en\n' });
    const { code, stderr } = await run(['check'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('.factlint.yml:1:1: error: no article to check: articles (**/*.md, set in .factlint.yml) selects no file under the current folder\n');
  });

  it('no facts loaded is an error, exit 2', async () => {
    const dir = repo({ 'a.md': RIGHT });
    rmSync(join(dir, 'facts'), { recursive: true });
    const { code, stderr } = await run(['check'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("error: no facts loaded: facts (facts/**/*.{yml,yaml}, the default; no .factlint.yml was found here or above) selects no facts file under the current folder; 'factlint init' writes an example");
  });

  it('finds .factlint.yml in the nearest folder above, and paths stay relative to the folder the command runs in', async () => {
    const dir = repo({ '.factlint.yml': 'articles: ["articles/**/*.md"]\n', 'articles/a.md': WRONG });
    const { code, stdout } = await run(['check', '--format', 'json'], join(dir, 'articles'));
    expect(code).toBe(1);
    // Each article under its real path, relative to the folder the command runs in (read once, however it was reached).
    expect(json(stdout)).toEqual(['a.md founded 1990', 'a.md employees 2,000']);
  });

  it('every mistake of the config, the facts and the rules comes in one run', async () => {
    const dir = repo({
      '.factlint.yml': 'fatcs: data\narticles: [post/*.md]\n',
      'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  employes: 1450\n  founded: soon\n',
      'rules/plants.yml': 'attribute: plants\ntype: count\npatterns:\n  en: ["{count} plants {bogus}"]\n',
      'a.md': RIGHT,
    });
    const { code, stderr } = await run(['check'], dir);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n').map((l) => l.replace(/: error: .*$/, ''));
    expect(lines).toEqual(expect.arrayContaining(['.factlint.yml:1:1', '.factlint.yml:2:12', 'facts/acme.yml:4:3', 'facts/acme.yml:5:12']));
    expect(lines.some((l) => l.startsWith('rules/plants.yml:4:'))).toBe(true);
    expect(stderr).toContain('did you mean employees?');
  });
});

describe('command-line conventions', () => {
  it('check - reads standard input, named by --stdin-filename', async () => {
    const dir = repo({ 'a.md': RIGHT });
    const { code, stdout } = await run(['check', '-', '--stdin-filename', 'drafts/new.md', '-f', 'json'], dir, { stdin: WRONG });
    expect(code).toBe(1);
    expect(json(stdout)).toEqual(['drafts/new.md founded 1990', 'drafts/new.md employees 2,000']);
  });

  it.each([
    [{}, false, false],
    [{}, true, true],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('colours with env %j on a terminal %s: %s', async (env, isTTY, coloured) => {
    const dir = repo({ 'a.md': WRONG });
    const { stdout } = await run(['check'], dir, { env: env as Record<string, string>, isTTY });
    expect(stdout.includes('\u001b[')).toBe(coloured);
  });

  it('--color and --no-color beat the environment', async () => {
    const dir = repo({ 'a.md': WRONG });
    expect((await run(['check', '--color'], dir, { env: { NO_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await run(['check', '--no-color'], dir, { env: { FORCE_COLOR: '1' }, isTTY: true })).stdout).not.toContain('\u001b[');
  });

  it('severity: { attr: off } stops checking that attribute', async () => {
    const dir = repo({ '.factlint.yml': 'severity:\n  employees: off\n', 'a.md': WRONG });
    const { stdout } = await run(['check', '-f', 'json'], dir);
    expect(json(stdout)).toEqual(['a.md founded 1990']);
  });

  it('leaves out what ignore: and .gitignore name, from the config and from folders on the command line', async () => {
    const dir = repo({ '.factlint.yml': 'ignore: ["drafts/**"]\n', '.gitignore': 'build/\n*.tmp.md\n', 'a.md': RIGHT, 'drafts/b.md': WRONG, 'build/c.md': WRONG, 'd.tmp.md': WRONG });
    expect(await run(['check'], dir)).toMatchObject({ code: 0, stdout: 'No contradictions found.\n1 file checked, 1 claim read.\n' });
    expect((await run(['check', '.'], dir)).code).toBe(0);
    expect((await run(['check', 'drafts/b.md'], dir)).code).toBe(1);
  });

  it('a .gitignore is not honoured with gitignore: false', async () => {
    const dir = repo({ '.factlint.yml': 'gitignore: false\n', '.gitignore': 'build/\n', 'a.md': RIGHT, 'build/c.md': WRONG });
    expect((await run(['check'], dir)).code).toBe(1);
  });

  it('ends the text report with the number of files checked and claims read', async () => {
    const dir = repo({ 'a.md': WRONG, 'b.md': RIGHT });
    const { stdout } = await run(['check'], dir);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 files checked, 3 claims read.');
  });

  it('checks a folder named on the command line, even a dot-folder', async () => {
    const dir = repo({ 'a.md': RIGHT, '.drafts/b.md': WRONG });
    const { code, stdout } = await run(['check', '.drafts', '-f', 'json'], dir);
    expect(code).toBe(1);
    expect(json(stdout)).toEqual(['.drafts/b.md founded 1990', '.drafts/b.md employees 2,000']);
  });

  it('explain --format json lists the claims as data', async () => {
    const dir = repo({ 'a.md': WRONG });
    const { code, stdout } = await run(['explain', 'a.md', '--format', 'json'], dir);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.file).toBe('a.md');
    expect(parsed.claims.map((c: { verdict: string; attribute: string; found: string; suggestion?: string }) => [c.verdict, c.attribute, c.found, c.suggestion])).toEqual([
      ['contradiction', 'founded', '1990', '1987'],
      ['contradiction', 'employees', '2,000', '1,450'],
    ]);
  });

  it('--fix-dry-run shows the fixes and changes nothing; --fix writes them and reports what is left', async () => {
    const dir = repo({ 'a.md': WRONG });
    const dry = await run(['check', '--fix-dry-run'], dir);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toBe('a.md:6:21: would replace "1990" with "1987"\na.md:6:38: would replace "2,000" with "1,450"\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(WRONG);
    const fixed = await run(['check', '--fix'], dir);
    expect([fixed.code, fixed.stderr]).toEqual([0, 'a.md: fixed 2 contradictions\n']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(WRONG.replace('1990', '1987').replace('2,000', '1,450'));
    expect((await run(['check'], dir)).code).toBe(0);
  });

  it('--fix leaves alone a contradiction with no single expected value', async () => {
    // Two head offices, neither dated: a claim of a third is contradicted by both. (Two CEOs from one date are now an author error.)
    const facts = 'entity: acme\nname: Acme\nfacts:\n  headquarters:\n    - value: Lyon\n    - value: Grenoble\n';
    const text = '---\nlang: en\ndate: 2023-12-01\n---\n\nAcme is headquartered in Paris.\n';
    const dir = repo({ 'facts/acme.yml': facts, 'a.md': text });
    const { code, stdout, stderr } = await run(['check', '--fix', '--format', 'json'], dir);
    expect([code, json(stdout)]).toEqual([1, ['a.md headquarters Paris']]);
    expect(stderr).toBe('');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text);
  });

  it('writes no SARIF file when the run exits 2, and writes one otherwise', async () => {
    const dir = repo({ '.factlint.yml': 'fatcs: x\n', 'a.md': WRONG });
    expect((await run(['check', '-f', 'sarif', '-o', 'out.sarif'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'out.sarif'))).toBe(false);
    writeFileSync(join(dir, '.factlint.yml'), '');
    expect((await run(['check', '-f', 'sarif', '-o', 'out.sarif'], dir)).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
  });
});

describe('one truth across commands', () => {
  it('check, explain and facts agree that a suppressed contradiction is not reported, and a notice is not a contradiction', async () => {
    const text = '---\nlang: en\ndate: 2023-12-01\n---\n\n<!-- factlint-disable-next-line founded -->\nAcme was founded in 1990.\n\n<!-- factlint-disable-next-line employees -->\nAcme was founded in 1987.\n';
    const dir = repo({ 'a.md': text });
    const checked = await run(['check', '-f', 'json'], dir);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).map((f: { kind: string; line: number }) => [f.kind, f.line])).toEqual([['unused-suppression', 9]]);
    const explained = JSON.parse((await run(['explain', 'a.md', '-f', 'json'], dir)).stdout);
    expect(explained.claims.map((c: { verdict: string; found: string }) => [c.verdict, c.found])).toEqual([['suppressed', '1990'], ['consistent', '1987']]);
    const facts = JSON.parse((await run(['facts', '-f', 'json'], dir)).stdout);
    expect(facts.totals).toMatchObject({ claims: 2, agree: 1, contradict: 0, suppressed: 1 });
  });
});

describe('an article whose language cannot be told', () => {
  it.each(['text', 'json', 'sarif', 'github'])('is read in both languages, and its notice reaches the %s output', async (format) => {
    const dir = repo({ 'a.md': '---\ndate: 2023-12-01\n---\nAcme employs 2,000 people.\n' });
    const { code, stdout } = await run(['check', '-f', format], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('2,000');
    expect(stdout).toContain(format === 'text' || format === 'github' ? 'language of this article could not be told' : 'undetermined-language');
  });
});
