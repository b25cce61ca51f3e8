import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temp(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `factlint-${name}-`));
  made.push(dir);
  return dir;
}

/** Runs a command and returns its exit code and output, whatever the code. */
function sh(command: string, args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * The package as a user gets it: packed, installed from the tarball into a
 * fresh articles repository with no network (so it must need no
 * dependency), then `npx factlint init` and `check` there.
 */
describe('the packed package', () => {
  it('installs offline with no dependency, inits a repository that checks, and imports without running the Action', () => {
    if (!existsSync(join(root, 'dist/lib.js'))) expect(sh(process.execPath, [join(root, 'scripts/bundle.mjs')], root).code).toBe(0);
    const packs = temp('pack');
    const packed = sh('npm', ['pack', '--silent', '--pack-destination', packs], root);
    expect(packed.code).toBe(0);
    const tarball = join(packs, readdirSync(packs).find((f) => f.endsWith('.tgz'))!);
    const listing = sh('tar', ['-tzf', tarball], packs).stdout.split('\n');
    for (const file of ['package/LICENSE', 'package/dist/cli.js', 'package/dist/lib.js', 'package/dist/types/lib.d.ts', 'package/docs/findings.md', 'package/schemas/facts.schema.json', 'package/rules/founded.yml']) {
      expect(listing).toContain(file);
    }

    const repo = temp('repo');
    writeFileSync(join(repo, 'package.json'), '{ "name": "articles", "private": true }\n');
    const installed = sh('npm', ['install', '--offline', '--save-dev', tarball], repo);
    expect(installed).toMatchObject({ code: 0 });
    expect(readdirSync(join(repo, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['factlint']);

    expect(sh('npx', ['--no-install', 'factlint', 'init'], repo).code).toBe(0);
    const checked = sh('npx', ['--no-install', 'factlint', 'check'], repo);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^No contradictions found\.\n1 file checked, [1-9]\d* claims? read\.\n$/);

    const imported = sh('node', ['--input-type=module', '-e', "const m = await import('factlint'); console.log(typeof m.check, m.check().findings.length)"], repo);
    expect(imported).toEqual({ code: 0, stdout: 'function 0\n', stderr: '' });
  }, 600_000);
});
