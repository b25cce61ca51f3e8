import * as z from 'zod';
import { kebabId, langSchema } from './schema-parts.js';
import { PERCENT_PATTERN } from './tolerance.js';

const GLOBS_MESSAGE = 'expected a glob or a list of globs';

const globs = z.union(
  [z.string().min(1, { error: GLOBS_MESSAGE }), z.array(z.string().min(1, { error: 'expected a non-empty glob' })).min(1, { error: GLOBS_MESSAGE })],
  { error: GLOBS_MESSAGE },
);

/**
 * `.factlint.yml`. Every key is optional; paths are globs relative to the
 * file. Unknown keys are errors so that a typo (`fatcs:`) cannot silently
 * fall back to a default.
 */
export const configFileSchema = z
  .strictObject({
    articles: globs.describe('Markdown articles to check. Default: **/*.md, minus node_modules and dot-folders').optional(),
    facts: globs.describe('Facts files. Default: facts/**/*.{yml,yaml}').optional(),
    rules: globs.describe("The repository's own rule files, added to the built-in ones. Default: rules/**/*.{yml,yaml}").optional(),
    language: langSchema.describe('Language of an article whose front matter names none. Default: detected').optional(),
    corpusConsistency: z
      .boolean()
      .describe('Check articles against each other where the facts have no statement (warnings with rule id corpus-consistency). Default: true')
      .optional(),
    approximate: z
      .string({ error: 'expected a percentage such as 5%' })
      .regex(PERCENT_PATTERN, { error: 'expected a percentage such as 5%' })
      .describe('How far "about", "environ", "nearly" may be from the fact, and the most a whole figure\'s rounding allows, as a share of the figure. Default: 5%')
      .optional(),
    severity: z
      .record(kebabId('attribute'), z.enum(['error', 'warning', 'notice', 'off']))
      .describe("Severity per attribute, overriding the rule's own; off stops checking it")
      .optional(),
    extraAttributes: z
      .array(kebabId('attribute'))
      .describe('Keys facts files may hold that no rule reads (website, ticker): kept as data, never reported as typos')
      .optional(),
    ignore: globs.describe('Files never checked, whatever articles or the command line name (globs relative to this file)').optional(),
    gitignore: z.boolean().describe('Leave out the files .gitignore names. Default: true').optional(),
  })
  .describe('factlint configuration');

export type ConfigFile = z.infer<typeof configFileSchema>;
