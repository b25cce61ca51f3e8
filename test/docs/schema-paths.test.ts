import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STARTER_FILES } from '../../src/cli/init-files.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Where each kind of YAML file lives in an articles repository. */
const HOME: Record<string, string> = { config: '.factlint.yml', facts: 'facts/acme.yml', rule: 'rules/plants.yml' };

/** Every `$schema=PATH/<kind>.schema.json` in a text, with the kind it names. */
function schemaPaths(text: string): { path: string; kind: string }[] {
  return [...text.matchAll(/\$schema=(\S+?\/(config|facts|rule)\.schema\.json)/g)].map((m) => ({ path: m[1], kind: m[2] }));
}

/** Resolved from the file that holds it, the path must reach the installed package's schema. */
function reaches(from: string, path: string, kind: string): boolean {
  return posix.normalize(posix.join(posix.dirname(from), path)) === `node_modules/factlint/schemas/${kind}.schema.json`;
}

describe('$schema paths are right for where each file lives', () => {
  it.each(STARTER_FILES.filter((f) => schemaPaths(f.text).length > 0).map((f) => [f.path, f.text]))('init writes %s', (path, text) => {
    for (const { path: schema, kind } of schemaPaths(text)) expect(reaches(path, schema, kind)).toBe(true);
  });

  it.each(['README.md', ...readdirSync(fileURLToPath(new URL('docs/', root))).map((f) => `docs/${f}`)])('%s', (doc) => {
    for (const { path, kind } of schemaPaths(read(doc))) expect([path, reaches(HOME[kind], path, kind)]).toEqual([path, true]);
  });
});
