import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHost } from '../../src/cli/node-host.js';
import { Git } from '../../src/action/git.js';
import { pullHost } from '../../src/action/pull-host.js';
import { gitTree } from '../../src/action/tree.js';
import { changesFromGit } from '../../src/action/changes-git.js';
import { type TestRepo, createRepo } from './helpers/git-repo.js';

describe('pullHost', () => {
  let repo: TestRepo;
  let base: string;

  beforeAll(() => {
    repo = createRepo();
    base = repo.commit(
      {
        'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: 2001\n',
        'articles/old.md': 'Acme was founded in 2001.\n',
        'articles/gone.md': 'Gone.\n',
      },
      'base',
    );
    repo.commit(
      {
        'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: 1999\n',
        'facts/extra.yml': 'entity: extra\nname: Extra\n',
        'articles/old.md': 'Acme was founded in 1999.\nAcme employs 3,500 people.\n',
        'articles/new.md': 'Acme is headquartered in Lyon.\n',
        'articles/gone.md': null,
      },
      'head',
    );
  });
  afterAll(() => repo.remove());

  const host = () => pullHost({ cwd: repo.dir, top: repo.dir, head: createNodeHost(repo.dir), base: gitTree(new Git(repo.dir), base) });

  it('reads facts from the base and articles from the head', () => {
    expect(host().readFile('facts/acme.yml')?.toString()).toContain('founded: 2001');
    expect(host().readFile('articles/old.md')?.toString()).toContain('1999');
    expect(host().readFile(`${repo.dir}/facts/acme.yml`)?.toString()).toContain('2001');
  });

  it('globs facts in the base tree only, articles in the working tree only', () => {
    expect(host().glob(['**/*.yml'], 'facts')).toEqual(['acme.yml']);
    expect(host().glob(['articles/**/*.md'], '.')).toEqual(['articles/new.md', 'articles/old.md']);
    expect(host().readFile('facts/extra.yml')).toBeUndefined();
    expect(host().isDirectory('facts')).toBe(true);
  });

  it('lists the changed files and added lines from git', () => {
    const changes = changesFromGit(new Git(repo.dir), `${base}...HEAD`, '');
    if (changes.kind !== 'files') throw new Error('expected files');
    expect([...changes.files.keys()].sort()).toEqual(['articles/gone.md', 'articles/new.md', 'articles/old.md', 'facts/acme.yml', 'facts/extra.yml']);
    expect(changes.files.get('articles/gone.md')?.status).toBe('removed');
    expect([...changes.files.get('articles/old.md')!.lines!.added]).toEqual([1, 2]);
    expect([...changes.files.get('articles/new.md')!.lines!.added]).toEqual([1]);
  });
});
