import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { acmeReferences, acmeRobotics, currency, entity, item, person, quantity, statement, time } from './wikidata-builders.js';
import { wikidataServer } from './wikidata-server.js';

const cyclon = entity('Q9002', { en: 'Cyclon Systems' }, [
  statement(time('P571', '2008')),
  statement(item('P159', 'Q9203')),
  statement(quantity('P1128', 310), [time('P585', '2024-06')]),
  statement(quantity('P2139', 51000000, 'Q9302'), [time('P585', '2024')]),
  statement(item('P169', 'Q9105'), [time('P580', '2008')]),
]);
const cyclonReferences = [entity('Q9203', { en: 'Rotterdam' }), currency('Q9302', 'USD', 'United States dollar'), person('Q9105', 'Jan de Vries')];
const everything = [acmeRobotics(), ...acmeReferences(), cyclon, ...cyclonReferences];

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-import-'));
  made.push(dir);
  return dir;
}

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env };
  return { code: await runCli(argv, io), ...out };
}

describe('factlint import wikidata, against a server that answers like Wikidata', () => {
  let server: Awaited<ReturnType<typeof wikidataServer>>;
  beforeAll(async () => {
    server = await wikidataServer(everything, ['Q500']);
    return () => server.close();
  });

  it('writes one facts file per item, then checks articles against it', async () => {
    const dir = repository();
    const env = { FACTLINT_WIKIDATA_URL: server.url };
    const imported = await run(['import', 'wikidata', 'Q9001', 'Q9002'], dir, env);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout.split('\n')[0]).toBe('facts/acme-robotique.yml (Q9001, Acmé Robotique): 9 added, 0 changed, 0 removed');
    expect(imported.stdout).toContain('facts/cyclon-systems.yml (Q9002, Cyclon Systems): 5 added, 0 changed, 0 removed\n  + founded: 2008\n');
    expect(imported.stdout).toContain('  skipped employees: 999 has no point in time (P585)\n');
    expect(readdirSync(join(dir, 'facts')).sort()).toEqual(['acme-robotique.yml', 'cyclon-systems.yml']);
    expect(server.requests.some((r) => r.includes('factlint/'))).toBe(true);

    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles/a.md'), '---\ndate: 2024-09-01\nlang: en\n---\n# Cyclon\n\nCyclon Systems, founded in 2011, is based in Rotterdam.\n');
    const checked = await run(['check', '--format', 'json'], dir);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout)).toMatchObject([{ attribute: 'founded', entity: 'cyclon-systems', found: '2011', expected: '2008', factSource: 'facts/cyclon-systems.yml:10' }]);
  });

  it('updates a file on a second run without touching what a maintainer added, and says what changed', async () => {
    const dir = repository();
    const env = { FACTLINT_WIKIDATA_URL: server.url };
    await run(['import', 'wikidata', 'Q9002', '--lang', 'en'], dir, env);
    const path = join(dir, 'facts/cyclon-systems.yml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('facts:\n', 'facts:\n  offices: 3 # hand-written\n'));
    const again = await run(['import', 'wikidata', 'Q9002', '--lang', 'en'], dir, env);
    expect(again).toEqual({ code: 0, stdout: 'facts/cyclon-systems.yml (Q9002, Cyclon Systems): up to date\n', stderr: '' });
    expect(readFileSync(path, 'utf8')).toContain('  offices: 3 # hand-written\n');
  });

  it('writes the items it could read, and fails with exit 2 naming an unknown id and a server error', async () => {
    const dir = repository();
    const result = await run(['import', 'wikidata', 'Q404', 'Q9002', 'Q500'], dir, { FACTLINT_WIKIDATA_URL: server.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('factlint: Wikidata has no item Q404\nfactlint: Wikidata answered HTTP 500 for Q500\n');
    expect(readdirSync(join(dir, 'facts'))).toEqual(['cyclon-systems.yml']);
  });

  it('fails with exit 2 and a clear error when Wikidata cannot be reached', async () => {
    const dir = repository();
    const closed = await wikidataServer([]);
    await closed.close();
    const result = await run(['import', 'wikidata', 'Q9002'], dir, { FACTLINT_WIKIDATA_URL: closed.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('factlint: cannot reach Wikidata for Q9002: ECONNREFUSED\n');
  });
});

describe('factlint import wikidata --from FILE', () => {
  it('reads saved entity JSON, with no network, every item in it that states something', async () => {
    const dir = repository();
    const saved = { entities: Object.fromEntries(everything.map((e) => [e.id, e])) };
    writeFileSync(join(dir, 'saved.json'), JSON.stringify(saved));
    const result = await run(['import', 'wikidata', '--from', 'saved.json', '--out', 'knowledge'], dir, { FACTLINT_WIKIDATA_URL: 'http://127.0.0.1:9' });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readdirSync(join(dir, 'knowledge')).sort()).toEqual(['acme-robotique.yml', 'cyclon-systems.yml']);
  });

  it.each([
    [['import', 'wikidata', 'Q12x'], "factlint: 'Q12x' is not a Wikidata item id (Q followed by digits)"],
    [['import', 'wikidata'], 'factlint: import wikidata needs at least one item id (Q123), or --from FILE'],
    [['import', 'dbpedia', 'Q1'], "factlint: import reads from: wikidata, not 'dbpedia'"],
    [['import', 'wikidata', 'Q1', '--format', 'json'], 'factlint: --format does not apply to import'],
    [['check', '--lang', 'fr'], 'factlint: --lang applies to import only'],
    [['import', 'wikidata', '--from', 'missing.json'], 'factlint: cannot read'],
  ])('%j is refused with exit 2', async (argv, message) => {
    const result = await run(argv, repository());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
