import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { leavesRoot } from '../../src/config/boundary.js';

/** Text that lives outside the repository; it must never show up in anything factlint prints. */
const SECRET = 'Nordwind was founded in 1850. TOPSECRET-7f3a';
const FACTS = 'entity: nordwind\nname: Nordwind\nfacts:\n  founded: 1999\n';
const ARTICLE = '---\nlang: en\n---\n\nNordwind was founded in 2003.\n';

let top: string;
let repo: string;
let outside: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Runs the real CLI in the repository and gives everything it printed. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: repo, env: {} });
  return { code, stdout, stderr, all: stdout + stderr };
}

beforeEach(() => {
  top = realpathSync(mkdtempSync(join(tmpdir(), 'factlint-boundary-')));
  repo = join(top, 'repo');
  outside = join(top, 'outside');
  write(join(outside, 'secret.md'), `---\nlang: en\n---\n\n${SECRET}\n`);
  write(join(outside, 'secret.yml'), `entity: [${SECRET}\n`);
  write(join(outside, 'secret.conf'), `${SECRET}: [\n`);
  write(join(repo, 'facts/nordwind.yml'), FACTS);
  write(join(repo, 'articles/real.md'), ARTICLE);
});

afterEach(() => rmSync(top, { recursive: true, force: true }));

describe('links out of the repository', () => {
  it('skips a linked article with a notice at its path, in every format, and never reads it', async () => {
    symlinkSync(join(outside, 'secret.md'), join(repo, 'articles/leak.md'));
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const run = await cli('check', '--format', format);
      expect(run.code, format).toBe(1);
      expect(run.all, format).not.toContain('TOPSECRET');
      expect(run.all, format).not.toContain('1850');
      expect(run.all, format).toMatch(format === 'github' ? /::notice file=articles\/leak\.md,line=1,col=1,title=factlint \(configuration\)::a symbolic link to a file outside the repository root: not read/ : /articles\/leak\.md:1:1: notice: a symbolic link to a file outside the repository root: not read/);
      expect(run.all, format).toContain('real.md');
    }
  });

  it('skips a linked folder out of the root, and a link given on the command line', async () => {
    symlinkSync(outside, join(repo, 'articles/elsewhere'));
    const all = await cli('check');
    expect(all.stderr).toContain('articles/elsewhere/secret.md:1:1: notice: a symbolic link to a file outside the repository root: not read');
    expect(all.all).not.toContain('TOPSECRET');
    const named = await cli('check', 'articles/elsewhere/secret.md');
    expect(named.code).toBe(0);
    expect(named.stderr).toBe('articles/elsewhere/secret.md:1:1: notice: a symbolic link to a file outside the repository root: not read\n');
  });

  it('skips a facts file and a rule file that link out, and never quotes them', async () => {
    write(join(repo, '.factlint.yml'), 'articles: ["articles/**/*.md"]\nfacts: ["facts/**/*.yml"]\nrules: ["rules/*.yml"]\n');
    symlinkSync(join(outside, 'secret.yml'), join(repo, 'facts/leak.yml'));
    mkdirSync(join(repo, 'rules'));
    symlinkSync(join(outside, 'secret.yml'), join(repo, 'rules/leak.yml'));
    const run = await cli('check', '--format', 'json');
    expect(run.all).not.toContain('TOPSECRET');
    expect(run.stderr).toContain('facts/leak.yml:1:1: notice: a symbolic link to a file outside the repository root: not read');
    expect(run.stderr).toContain('rules/leak.yml:1:1: notice: a symbolic link to a file outside the repository root: not read');
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('refuses a .factlint.yml that links out', async () => {
    symlinkSync(join(outside, 'secret.conf'), join(repo, '.factlint.yml'));
    const run = await cli('check');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('.factlint.yml:1:1: error: a symbolic link to a file outside the repository root: not read\n');
  });
});

describe('links inside the repository', () => {
  it('follows a loop once and reports each file once, under its real path', async () => {
    mkdirSync(join(repo, 'articles/sub'));
    symlinkSync('..', join(repo, 'articles/sub/loop'));
    symlinkSync('real.md', join(repo, 'articles/alias.md'));
    const run = await cli('check', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).map((f: { file: string; line: number; attribute: string }) => [f.file, f.line, f.attribute])).toEqual([['articles/real.md', 5, 'founded']]);
  });
});

describe('globs and paths that leave the root', () => {
  const cases: [string, string, string][] = [
    ['a parent folder', '../outside/*.md', '.factlint.yml:1:12: error: articles: "../outside/*.md" leads outside the repository root; factlint reads only files inside it'],
    ['an absolute path', `${'/'}etc/*.conf`, '.factlint.yml:1:12: error: articles: "/etc/*.conf" leads outside the repository root; factlint reads only files inside it'],
    ['a climb hidden behind **', 'articles/**/../../../outside/*.md', '.factlint.yml:1:12: error: articles: "articles/**/../../../outside/*.md" leads outside the repository root; factlint reads only files inside it'],
  ];
  it.each(cases)('an articles glob through %s is an error at the glob', async (_name, glob, message) => {
    write(join(repo, '.factlint.yml'), `articles: ["${glob}"]\n`);
    const run = await cli('check');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('a facts glob to /etc names its place and quotes nothing it would have read', async () => {
    write(join(repo, '.factlint.yml'), `facts:\n  - facts/**/*.yml\n  - ${outside}/*.conf\n`);
    const run = await cli('check');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`.factlint.yml:3:5: error: facts: "${outside}/*.conf" leads outside the repository root; factlint reads only files inside it\n`);
  });

  it('a path under a root that --config sets below the command directory is read', async () => {
    write(join(repo, 'docs/.factlint.yml'), 'facts: ["facts/*.yml"]\n');
    write(join(repo, 'docs/facts/nordwind.yml'), FACTS);
    write(join(repo, 'docs/articles/n.md'), ARTICLE);
    const run = await cli('check', '--config', 'docs/.factlint.yml', '--format', 'json', 'docs/articles');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).map((f: { file: string }) => f.file)).toEqual(['docs/articles/n.md']);
    const outside = await cli('check', '--config', 'docs/.factlint.yml', 'articles');
    expect(outside.stderr).toBe('articles:1:1: error: this path leads outside the repository root "docs"; factlint reads only files inside it\n');
  });

  it('a path or glob given on the command line that leaves the root is an error at that path', async () => {
    const file = await cli('check', '../outside/secret.md');
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('../outside/secret.md:1:1: error: this path leads outside the repository root "."; factlint reads only files inside it\n');
    const glob = await cli('check', `${outside}/*.md`);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toBe(`${outside}/*.md:1:1: error: this glob leads outside the repository root "."; factlint reads only files inside it\n`);
    expect(file.all + glob.all).not.toContain('TOPSECRET');
  });
});

describe('leavesRoot', () => {
  const table: [string, string, boolean][] = [
    ['.', 'articles/**/*.md', false],
    ['.', 'articles/../facts/*.yml', false],
    ['.', '../x/*.md', true],
    ['.', 'a/**/../../x.md', true],
    ['.', '{..,a}/x.md', true],
    ['.', '/repo/articles/*.md', false],
    ['.', '/etc/*.conf', true],
    ['docs', '../docs/a.md', false],
    ['docs', '../docs/*/../../x.md', true],
    ['.', 'articles/*/../../x.md', false],
    ['.', 'articles/*/../../../x.md', true],
    ['.', 'articles/*/../x.md', false],
    ['.', '@(..)/x.md', true],
    ['docs', '../a.md', true],
    ['.', '!../x.md', true],
  ];
  it.each(table)('from the root %s, %s leaves it: %s', (root, glob, expected) => {
    expect(leavesRoot('/repo', root, root, glob)).toBe(expected);
  });

  it('reads a path from the command directory even when the root is a folder below it', () => {
    expect(leavesRoot('/repo', 'docs', '.', 'docs/articles')).toBe(false);
    expect(leavesRoot('/repo', 'docs', '.', 'docs/**/*.md')).toBe(false);
    expect(leavesRoot('/repo', 'docs', '.', 'articles/a.md')).toBe(true);
  });
});
