/**
 * The JSON Schemas editors use to complete and check `.factlint.yml`,
 * facts files and rule files as they are typed, made from the same zod
 * schemas the loaders validate with, so the two cannot disagree about a
 * key. `npm run schemas` writes them to `schemas/`; a test keeps those
 * files in step with this function.
 */
import * as z from 'zod';
import { configFileSchema } from './config-schema.js';
import { entitySchema, factsFileSchema, statementSchema } from './facts-schema.js';
import { ruleFileSchema } from './rule-schema.js';

export const SCHEMA_NAMES = ['config', 'facts', 'rule'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const SOURCES: Record<SchemaName, { schema: z.ZodType; title: string; from: string }> = {
  config: { schema: configFileSchema, title: 'factlint configuration (.factlint.yml)', from: 'src/config/config-schema.ts' },
  facts: { schema: factsFileSchema, title: 'factlint facts file (one entity, or entities: [...])', from: 'src/config/facts-schema.ts' },
  rule: { schema: ruleFileSchema, title: 'factlint rule file', from: 'src/config/rule-schema.ts' },
};

/**
 * Parts used more than once get a readable name under `$defs`; the rest
 * stays inline, as a person would write it. A registry of our own keeps the
 * names out of zod's global one, so the descriptions (which live there) are
 * copied over by `override`.
 */
const named = z.registry<{ id: string }>();
named.add(statementSchema, { id: 'statement' });
named.add(entitySchema, { id: 'entity' });

/** The file a schema is shipped as, relative to the package root. */
export function schemaPath(name: SchemaName): string {
  return `schemas/${name}.schema.json`;
}

/** One schema as a JSON Schema (draft 2020-12) object; shared parts become `$defs`. */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const { schema, title, from } = SOURCES[name];
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: named,
    override: ({ zodSchema, jsonSchema }) => {
      const description = z.globalRegistry.get(zodSchema as unknown as z.ZodType)?.description;
      if (description !== undefined) jsonSchema.description = description;
    },
  });
  return { $schema, title, $comment: `Generated from ${from} by \`npm run schemas\`; do not edit.`, ...rest };
}

/** The text of `schemas/<name>.schema.json`, byte for byte. */
export function schemaFileText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}
