import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/action/git.js';
import { pullHost } from '../../src/action/pull-host.js';
import { followLinks, gitTree, memoryTree } from '../../src/action/tree.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { loadProject } from '../../src/config/load-project.js';
import { type TestRepo, createRepo } from './helpers/git-repo.js';

const OUT = 'a symbolic link to a file outside the repository root: not read';
const LOOP = 'a symbolic link that leads to no file (or round in a loop): not read';

describe('a base commit that holds symbolic links (git mode 120000)', () => {
  let repo: TestRepo;
  let base: string;

  beforeAll(() => {
    repo = createRepo();
    base = repo.commit(
      {
        '.factlint.yml': 'facts: ["facts/**/*.yml"]\n',
        'facts/veloria.yml': 'entity: veloria\nname: Veloria\nfacts:\n  founded: 2004\n',
        'facts/current.yml': { link: 'veloria.yml' },
        'facts/passwd.yml': { link: '/etc/passwd' },
        'facts/up.yml': { link: '../../outside.yml' },
        'facts/loop-a.yml': { link: 'loop-b.yml' },
        'facts/loop-b.yml': { link: 'loop-a.yml' },
      },
      'base',
    );
  });
  afterAll(() => repo.remove());

  it('never reads a link as a file, and says where each one leads', () => {
    const tree = gitTree(new Git(repo.dir), base);
    expect(tree.read('facts/passwd.yml')).toBeUndefined();
    expect(tree.read('facts/current.yml')).toBeUndefined();
    expect(tree.realPath('facts/current.yml')).toBe('facts/veloria.yml');
    expect(tree.realPath('facts/passwd.yml')).toBe('/etc/passwd');
    expect(tree.realPath('facts/up.yml')).toBe('../outside.yml');
    expect(tree.realPath('facts/loop-a.yml')).toBeUndefined();
    expect(tree.realPath('facts/missing.yml')).toBeUndefined();
  });

  it('loads the base facts through the pull host: the inside link once, under its real path, the outside ones as notices', () => {
    const host = pullHost({ cwd: repo.dir, top: repo.dir, head: createNodeHost(repo.dir), base: gitTree(new Git(repo.dir), base) });
    const project = loadProject({ cwd: repo.dir, host, builtinRules: [] });
    expect(project.entities.map((e) => e.id)).toEqual(['veloria']);
    expect(project.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.level}: ${p.message}`)).toEqual([
      `facts/loop-a.yml:1:1: notice: ${LOOP}`,
      `facts/loop-b.yml:1:1: notice: ${LOOP}`,
      `facts/passwd.yml:1:1: notice: ${OUT}`,
      `facts/up.yml:1:1: notice: ${OUT}`,
    ]);
  });
});

describe('followLinks and memoryTree (the API route)', () => {
  const links = new Map([
    ['rules/a.yml', '../shared/a.yml'],
    ['rules/b.yml', '/proc/self/environ'],
  ]);
  const tree = memoryTree('abc', ['rules/a.yml', 'rules/b.yml', 'shared/a.yml'], new Map([['shared/a.yml', Buffer.from('x')], ['rules/b.yml', Buffer.from('/proc/self/environ')]]), links);

  it('follows a link inside the tree, and stops at one that leaves it', () => {
    expect(tree.realPath('rules/a.yml')).toBe('shared/a.yml');
    expect(tree.realPath('rules/b.yml')).toBe('/proc/self/environ');
    expect(tree.read('rules/b.yml')).toBeUndefined();
    expect(followLinks('a', () => false, (p) => (p === 'a' ? 'sub/../../b' : undefined))).toBe('../b');
  });
});
