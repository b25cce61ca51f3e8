import * as z from 'zod';
import { firstDay, lastDay } from './dates.js';
import { dateSchema, kebabId, periodSchema, severitySchema, text, toleranceSchema } from './schema-parts.js';

const VALUE_MESSAGE = 'expected a number, a string or a list of strings';
const FACT_MESSAGE = 'expected a value, a list of values, a statement (a mapping with value) or a list of statements';
const NAMES_MESSAGE = 'expected a name or a list of names';

const valueSchema = z.union([z.number(), text(), z.array(text()).min(1)], { error: VALUE_MESSAGE });

/**
 * One statement of a fact. `value` is required; everything else says when
 * the value holds, what it covers and how strictly to compare it.
 */
export const statementSchema = z
  .strictObject({
    value: valueSchema.describe('The declared value: a number, a string or a list of strings'),
    source: text().describe('Where the value comes from').optional(),
    asOf: dateSchema.describe('When the value was true (headcounts and other stocks)').optional(),
    from: dateSchema.describe('First date the value holds (roles)').optional(),
    until: dateSchema.describe('Last date the value holds (roles)').optional(),
    period: periodSchema.optional(),
    unit: text().describe('EUR, USD, ...').optional(),
    label: text().describe('A human name for the period, such as Q1 FY2026').optional(),
    tolerance: toleranceSchema.optional(),
    severity: severitySchema.optional(),
  })
  .refine((s) => s.from === undefined || s.until === undefined || firstDay(String(s.from)) <= lastDay(String(s.until)), {
    path: ['until'],
    when: (payload) => payload.issues.length === 0,
    error: (issue) => `expected a date no earlier than from (${String((issue.input as { from?: unknown }).from)})`,
  });

/**
 * A fact: the short form `founded: 1999`, a short list `founders: [A, B]`
 * (one statement whose value is the list), one statement, or a list of
 * dated statements.
 */
export const factSchema = z.union(
  [z.number(), text(), z.array(text()).min(1), statementSchema, z.array(statementSchema).min(1)],
  { error: FACT_MESSAGE },
);

export const entitySchema = z
  .strictObject({
    entity: kebabId('entity id').describe('Stable id, used by front matter `about`'),
    name: text().describe('The name articles use'),
    aliases: z
      .union([text(), z.array(text())], { error: NAMES_MESSAGE })
      .describe('Other names it is written as, matched in any case, with or without accents')
      .optional(),
    fiscalYearStart: z
      .number({ error: 'expected a month number, 1 to 12' })
      .int({ error: 'expected a month number, 1 to 12' })
      .min(1, { error: 'expected a month number, 1 to 12' })
      .max(12, { error: 'expected a month number, 1 to 12' })
      .describe('The month its fiscal year starts (1 to 12; default 1). A fiscal year is named after the calendar year it ends in')
      .optional(),
    facts: z.record(kebabId('attribute'), factSchema).describe('attribute -> fact').optional(),
  })
  .describe('One entity and its facts');

export const entitiesFileSchema = z
  .strictObject({ entities: z.array(entitySchema).min(1) })
  .describe('Several entities in one file');

/** A facts file, in either form; the JSON Schema for editors is made from this. */
export const factsFileSchema = z.union([entitySchema, entitiesFileSchema]);

export type EntityInput = z.infer<typeof entitySchema>;
export type StatementInput = z.infer<typeof statementSchema>;
export type FactsFileInput = z.infer<typeof factsFileSchema>;
