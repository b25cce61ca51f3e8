import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { STARTER_FILES } from '../../src/cli/init-files.js';
import { parseConfig, parseFacts, parseRule } from '../../src/config/index.js';
import { SCHEMA_NAMES, schemaFileText, schemaPath, type SchemaName } from '../../src/config/json-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\n/;

/** An editor's view: the schema a YAML file names on its first line, compiled as a JSON Schema validator would. */
function validatorFor(schemaFile: string) {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Which schema a file of the example repository (or of factlint's own rules) must name. */
function kindOf(file: string): SchemaName {
  if (file.endsWith('.factlint.yml')) return 'config';
  return file.includes('/facts/') ? 'facts' : 'rule';
}

describe('schemas/', () => {
  test.each(SCHEMA_NAMES)('%s.schema.json is what `npm run schemas` makes from the zod schema', (name) => {
    expect(readFileSync(join(root, schemaPath(name)), 'utf8')).toBe(schemaFileText(name));
  });

  test('`node scripts/schemas.mjs --check` finds them up to date', () => {
    const run = spawnSync(process.execPath, ['scripts/schemas.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  test('the package ships them', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> };
    expect(manifest.files).toContain('schemas');
    expect(manifest.scripts.schemas).toBe('node scripts/schemas.mjs');
  });
});

describe('every YAML file of rules/ and examples/ names its schema and is valid against it, as an editor sees it', () => {
  const files = [...yamlFiles('rules'), ...yamlFiles('examples'), 'examples/.factlint.yml'];
  test('there are files to check', () => expect(files.length).toBeGreaterThanOrEqual(10));

  test.each(files)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const named = SCHEMA_LINE.exec(text)?.[1];
    expect(named, 'first line names a schema').toBeDefined();
    const schemaFile = resolve(root, dirname(file), named!);
    expect(relative(root, schemaFile).split('\\').join('/')).toBe(schemaPath(kindOf(file)));
    const validate = validatorFor(schemaFile);
    validate(parse(text));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('the files `factlint init` writes', () => {
  const installed = (file: string, named: string) => {
    // Where npm puts factlint in the user's repository: <repo>/node_modules/factlint/.
    const inRepo = join(dirname(file), named).split('\\').join('/');
    expect(inRepo).toMatch(/^node_modules\/factlint\//);
    return join(root, inRepo.replace(/^node_modules\/factlint\//, ''));
  };

  test.each(STARTER_FILES.filter((f) => f.path.endsWith('.yml') && !f.path.startsWith('.github/')))('$path names its schema and is valid against it', ({ path, text }) => {
    const named = SCHEMA_LINE.exec(text)?.[1];
    expect(named).toBeDefined();
    const schemaFile = installed(path, named!);
    expect(relative(root, schemaFile)).toBe(schemaPath(path === '.factlint.yml' ? 'config' : path.startsWith('facts/') ? 'facts' : 'rule'));
    const validate = validatorFor(schemaFile);
    validate(parse(text) ?? {});
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('invalid files: the schema and the loader both reject them, the schema at the key to fix', () => {
  const loaders: Record<SchemaName, (text: string) => { problems: unknown[] }> = {
    config: (text) => parseConfig(text, '.factlint.yml'),
    facts: (text) => parseFacts(text, 'facts/x.yml'),
    rule: (text) => parseRule(text, 'rules/x.yml'),
  };

  test.each<[SchemaName, string, string, Record<string, unknown>]>([
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  founded: {value: 1987, sorce: x}\n', '/facts/founded', { keyword: 'additionalProperties', params: { additionalProperty: 'sorce' } }],
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  employees:\n    - {value: 2200, asOf: janvier}\n', '/facts/employees/0/asOf', { keyword: 'pattern' }],
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  ceo:\n    - {value: Ada, from: 2018, severity: fatal}\n', '/facts/ceo/0/severity', { keyword: 'enum', params: { allowedValues: ['error', 'warning', 'notice'] } }],
    ['facts', 'entity: Acme Corp\nname: Acme\n', '/entity', { keyword: 'pattern' }],
    ['facts', 'entity: acme\n', '', { keyword: 'required', params: { missingProperty: 'name' } }],
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  Founded: 1987\n', '/facts', { keyword: 'pattern', propertyName: 'Founded' }],
    ['rule', 'attribute: plants\ntype: counts\npatterns: {en: ["{count} plants"]}\n', '/type', { keyword: 'enum' }],
    ['rule', 'attribute: plants\ntype: count\npatterns: {de: ["{count} Werke"]}\n', '/patterns', { keyword: 'additionalProperties', params: { additionalProperty: 'de' } }],
    ['rule', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\nexamples:\n  en:\n    match:\n      - text: "Acme runs 3 plants."\n', '/examples/en/match/0', { keyword: 'required', params: { missingProperty: 'value' } }],
    ['rule', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\ntolerance: five\n', '/tolerance', { keyword: 'pattern' }],
    ['config', 'language: de\n', '/language', { keyword: 'enum', params: { allowedValues: ['fr', 'en'] } }],
    ['config', 'fatcs: [facts/*.yml]\n', '', { keyword: 'additionalProperties', params: { additionalProperty: 'fatcs' } }],
    ['config', 'severity: {founded: fatal}\n', '/severity/founded', { keyword: 'enum' }],
  ])('%s: %j fails at %s', (name, text, instancePath, error) => {
    const validate = validatorFor(join(root, schemaPath(name)));
    expect(validate(parse(text))).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath, ...error }));
    expect(loaders[name](text).problems).not.toEqual([]);
  });
});
