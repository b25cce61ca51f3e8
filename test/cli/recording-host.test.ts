import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/check.js';
import { recordingHost, replays } from '../../src/cli/recording-host.js';
import type { Host } from '../../src/host.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const PROJECT: Record<string, string> = {
  '.factlint.yml': 'articles: ["news/**/*.md"]\nfacts: ["facts/**/*.yml"]\n',
  '.gitignore': 'news/drafts/\n',
  'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: 1987\n',
  'facts/cyclon.yml': 'entity: cyclon\nname: Cyclon\nfacts:\n  founded: 2003\n',
  'news/one.md': '# One\n\nAcme a été fondée en 1990.\n',
  'news/drafts/two.md': '# Two\n\nCyclon was founded in 2003.\n',
};

/** The project loaded through a recording host: what it asked, and the digest of what it read. */
function load(files: Record<string, string>) {
  const recorder = recordingHost(memoryHost(new Map(Object.entries(files))));
  const prepared = prepare({ cwd: '.', host: recorder.host, builtinRules: builtinSources() });
  return { recorder, prepared };
}

describe('recordingHost', () => {
  const { recorder, prepared } = load(PROJECT);

  it('records what loading a project asked, and the project loads as it does without it', () => {
    expect(prepared.files).toEqual(['news/one.md']);
    expect(prepared.knowledge?.entities.size).toBe(2);
    const ops = new Set(recorder.calls()!.map((c) => c.op));
    expect(ops).toEqual(new Set(['readFile', 'glob']));
    expect(recorder.calls()!.some((c) => c.op === 'readFile' && c.args === '[".gitignore"]')).toBe(true);
  });

  it('records directory and link lookups with their answers', () => {
    const inner = memoryHost(new Map(Object.entries(PROJECT)));
    const links = recordingHost({ ...inner, realPath: (path) => (path === 'facts/latest.yml' ? 'facts/acme.yml' : undefined) });
    expect(links.host.isDirectory('facts')).toBe(true);
    expect(links.host.realPath!('facts/latest.yml')).toBe('facts/acme.yml');
    expect(links.calls()).toEqual([
      { op: 'isDirectory', args: '["facts"]', answer: 'true' },
      { op: 'realPath', args: '["facts/latest.yml"]', answer: '"facts/acme.yml"' },
    ]);
    expect(replays(links.calls()!, { ...inner, realPath: () => 'facts/cyclon.yml' })).toBe(false);
    expect(replays(links.calls()!, { ...inner, realPath: (path) => (path === 'facts/latest.yml' ? 'facts/acme.yml' : undefined) })).toBe(true);
  });

  it('digests only the bytes read: an article that is not read leaves it alone, a facts file changes it', () => {
    expect(load({ ...PROJECT, 'news/one.md': 'Autre texte.\n' }).recorder.digest()).toBe(recorder.digest());
    expect(load({ ...PROJECT, 'facts/acme.yml': PROJECT['facts/acme.yml'] + '# checked\n' }).recorder.digest()).not.toBe(recorder.digest());
  });

  it('gives no calls to replay when one of them threw', () => {
    const inner = memoryHost(new Map(Object.entries(PROJECT)));
    const failing = recordingHost({ ...inner, readFile: () => { throw new Error('EACCES: permission denied'); } });
    expect(() => failing.host.readFile('facts/acme.yml')).toThrow('EACCES');
    expect(failing.calls()).toBeUndefined();
  });
});

describe('replays', () => {
  const calls = load(PROJECT).recorder.calls()!;
  const hostOf = (files: Record<string, string>) => memoryHost(new Map(Object.entries(files)));
  const { 'facts/cyclon.yml': _cyclon, ...withoutCyclon } = PROJECT;

  it('holds when every question gets the same answer, whatever happened to the articles it did not read', () => {
    expect(replays(calls, hostOf(PROJECT))).toBe(true);
    expect(replays(calls, hostOf({ ...PROJECT, 'news/one.md': 'Texte changé.\n' }))).toBe(true);
  });

  it.each<[string, Host]>([
    ['a facts file changed', hostOf({ ...PROJECT, 'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: 1988\n' })],
    ['a facts file added', hostOf({ ...PROJECT, 'facts/nordwind.yml': 'entity: nordwind\nname: Nordwind\n' })],
    ['a facts file removed', hostOf(withoutCyclon)],
    ['an article added', hostOf({ ...PROJECT, 'news/three.md': '# Three\n' })],
    ['the config changed', hostOf({ ...PROJECT, '.factlint.yml': 'articles: ["news/**/*.md"]\n' })],
    ['the .gitignore changed', hostOf({ ...PROJECT, '.gitignore': '' })],
    ['a read that now fails', { ...hostOf(PROJECT), readFile: () => { throw new Error('EIO'); } }],
  ])('fails when %s', (_case, host) => {
    expect(replays(calls, host)).toBe(false);
  });

  it('fails on a link lookup a host without links cannot answer', () => {
    expect(replays([{ op: 'realPath', args: '["facts/acme.yml"]', answer: '"facts/acme.yml"' }], hostOf(PROJECT))).toBe(false);
  });
});
