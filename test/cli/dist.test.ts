import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;

describe.skipIf(!existsSync(cli))('the bundled CLI', () => {
  it('runs as a program and prints the package version', () => {
    const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it('exits 2 on a bad flag', () => {
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'xml'], { encoding: 'utf8', cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, json, sarif, github');
  });

  it("runs the examples of factlint's own rules", () => {
    const run = spawnSync(process.execPath, [cli, 'test-rules', 'rules'], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\d+ examples passed, 0 failed \(6 rules\)\n$/);
    expect(run.status).toBe(0);
  });

  it('starts with a shebang', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
