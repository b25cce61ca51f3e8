import * as z from 'zod';
import type { ValueType } from '../types.js';
import { kebabId, severitySchema, text, toleranceSchema } from './schema-parts.js';

const patternList = z.array(text()).min(1, { error: 'expected at least one pattern' });

const patternsSchema = z
  .strictObject({ fr: patternList.optional(), en: patternList.optional() })
  .refine((p) => (p.fr?.length ?? 0) + (p.en?.length ?? 0) > 0, {
    error: 'expected at least one pattern, under fr or en',
    when: (payload) => payload.issues.length === 0,
  })
  .describe('Patterns per language, with typed slots such as {entity} and {count}');

/**
 * A rule's examples, per language: the texts it must read (with the value it
 * must read from each) and the texts it must leave alone. They are the
 * rule's tests and its documentation, as in LanguageTool.
 *
 * ```yaml
 * examples:
 *   fr:
 *     match:
 *       - text: "La société, fondée en 1999, ..."
 *         value: 1999          # the value the rule must read
 *     noMatch:
 *       - "La société n'a pas été fondée en 2001."
 *   en: { match: [...], noMatch: [...] }
 * ```
 *
 * `match` items are mappings so that the expected value sits next to its
 * text; `noMatch` items are plain strings since there is nothing to read.
 */
const exampleSetSchema = z.strictObject({
  match: z
    .array(
      z.strictObject({
        text: text().describe('A sentence the rule must read'),
        value: z.union([z.number(), text()], { error: 'expected a number or a string' }).describe('The value the rule must read from it'),
      }),
    )
    .describe('Sentences the rule must read, each with the value it must read')
    .optional(),
  noMatch: z.array(text()).describe('Sentences the rule must not read a claim from').optional(),
});

export const ruleExamplesSchema = z.strictObject({ fr: exampleSetSchema.optional(), en: exampleSetSchema.optional() });

/**
 * A rule file: what an attribute's claims look like in each language. The
 * built-in rules use this same format, so a repository's rule is a
 * first-class rule.
 */
export const ruleFileSchema = z
  .strictObject({
    attribute: kebabId('attribute').describe('The fact attribute this rule checks; equals the file name'),
    type: z
      .enum(['year', 'date', 'count', 'money', 'percent', 'person', 'place'] as const satisfies readonly ValueType[])
      .describe('The kind of value the rule reads, and so its value slot: {year}, {count}, {money} ...'),
    patterns: patternsSchema,
    tolerance: toleranceSchema.optional(),
    severity: severitySchema.optional(),
    examples: ruleExamplesSchema.describe("The rule's tests, per language: texts it must read (with the value) and must not; run by factlint test-rules").optional(),
  })
  .describe('A factlint rule');

export type RuleFileInput = z.infer<typeof ruleFileSchema>;
