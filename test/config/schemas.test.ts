import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { configFileSchema } from '../../src/config/config-schema.js';
import { factsFileSchema } from '../../src/config/facts-schema.js';
import { ruleFileSchema } from '../../src/config/rule-schema.js';

/**
 * The zod schemas are meant to become the JSON Schemas editors use; these
 * tests keep them convertible and check that the converted schema agrees
 * with the parser on what is valid.
 */
const schemas = { config: configFileSchema, facts: factsFileSchema, rule: ruleFileSchema };

describe('JSON Schema export', () => {
  test.each(Object.entries(schemas))('%s converts without losing anything', (_name, schema) => {
    expect(() => z.toJSONSchema(schema)).not.toThrow();
  });

  const ajv = new Ajv2020.default({ strict: false, allErrors: true });

  test.each<[keyof typeof schemas, string, boolean]>([
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  founded: 1987\n  revenue:\n    - {value: 412.5e6, period: 2023-01/2023-06, tolerance: 2%}\n', true],
    ['facts', 'entities:\n  - {entity: a, name: A}\n', true],
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  founded: {value: 1987, sorce: x}\n', false],
    ['facts', 'entity: acme\nname: Acme\nfacts:\n  employees: {value: 1, asOf: janvier}\n', false],
    ['rule', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\n', true],
    ['rule', 'attribute: plants\ntype: counts\npatterns: {en: ["{count} plants"]}\n', false],
    ['config', 'articles: posts/**/*.md\nseverity: {founded: warning}\n', true],
    ['config', 'language: de\n', false],
  ])('%s: %j valid=%s', (name, text, valid) => {
    const validate = ajv.compile(z.toJSONSchema(schemas[name]));
    expect(validate(parse(text))).toBe(valid);
  });
});
