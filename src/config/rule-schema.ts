import * as z from 'zod';
import type { ValueType } from '../types.js';
import { entitySchema } from './facts-schema.js';
import { dateSchema, kebabId, severitySchema, text, toleranceSchema } from './schema-parts.js';

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
const aboutSchema = z.array(kebabId('entity id')).describe('Whom "the company", "le groupe" refer to, as front matter `about` says');

/**
 * What a whole-reading example is read against: the facts it is judged by
 * (entities in the facts file format), the article's `about` and its date.
 * With facts, only their names are entities, as in a real article.
 */
const exampleContextSchema = z
  .strictObject({
    facts: z.array(entitySchema).min(1).describe('Entities and their facts, as in a facts file').optional(),
    about: aboutSchema.optional(),
    date: dateSchema.describe("The article's date: the now of the example").optional(),
  })
  .describe('The facts, about and date the examples are read and judged with');

/** The verdicts an example may expect, as `explain` names them. */
export const EXAMPLE_VERDICTS = ['contradiction', 'agrees', 'not judged'] as const;

/**
 * A `match` example: the value the rule must read and, optionally, the
 * rest of the reading (owner entity, time, verdict and why it is not
 * judged), so that an example tests the whole reading and not only the
 * figure.
 */
const matchExampleSchema = z.strictObject({
  text: text().describe('A sentence the rule must read'),
  value: z.union([z.number(), text()], { error: 'expected a number or a string' }).describe('The value the rule must read from it'),
  entity: z.union([kebabId('entity id'), z.null()]).describe('The entity the claim is about (null: it cannot be told)').optional(),
  time: z.union([z.int(), text()], { error: 'expected a time such as 2024, Q1 2025, FY2024, article or none' }).describe('When the claim speaks: 2024, 2024-03, Q1 2025, H1 2024, FY2024, article (the article date) or none').optional(),
  verdict: z.enum(EXAMPLE_VERDICTS).describe('What the check says of the claim, judged by the context facts').optional(),
  reason: text().describe('Words of the reason a claim is not judged, such as "negated" or "a target"').optional(),
  about: aboutSchema.optional(),
  date: dateSchema.describe("This example's article date, instead of the context's").optional(),
});

/**
 * A rule's examples, per language: the texts it must read (with the value it
 * must read from each) and the texts it must leave alone. They are the
 * rule's tests and its documentation, as in LanguageTool.
 *
 * ```yaml
 * examples:
 *   context: { facts: [...], about: [acme], date: 2025-06-01 }   # optional
 *   fr:
 *     match:
 *       - text: "La société, fondée en 1999, ..."
 *         value: 1999          # the value the rule must read
 *         entity: acme         # optional: the whole reading
 *         verdict: agrees
 *     noMatch:
 *       - "La société n'a pas été fondée en 2001."
 *   en: { match: [...], noMatch: [...] }
 * ```
 *
 * `match` items are mappings so that the expected value sits next to its
 * text; `noMatch` items are plain strings since there is nothing to read.
 */
const exampleSetSchema = z.strictObject({
  match: z.array(matchExampleSchema).describe('Sentences the rule must read, each with the value it must read').optional(),
  noMatch: z.array(text()).describe('Sentences the rule must not read a claim from').optional(),
});

export const ruleExamplesSchema = z.strictObject({
  context: exampleContextSchema.optional(),
  fr: exampleSetSchema.optional(),
  en: exampleSetSchema.optional(),
});

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
