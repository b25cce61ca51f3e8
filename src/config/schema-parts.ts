import * as z from 'zod';
import type { Lang, Severity } from '../types.js';
import { DATE_PATTERN, PERIOD_PATTERN, isCalendarDate, isOrderedPeriod } from './dates.js';
import { PERCENT_PATTERN } from './tolerance.js';

/**
 * The zod pieces the config, facts and rule schemas share. They validate and
 * never transform, so that `z.toJSONSchema` can turn the file schemas into
 * JSON Schema for editors; turning strings into typed values happens after
 * validation, in the parsers.
 */

export const DATE_MESSAGE = 'expected a date (YYYY, YYYY-MM or YYYY-MM-DD)';
const CALENDAR_MESSAGE = 'expected a date that exists in the calendar';
const PERIOD_MESSAGE = 'expected a period (YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 interval such as 2025-09-01/2025-11-30)';
const TOLERANCE_MESSAGE = 'expected a tolerance (a percentage such as 5%, or a non-negative number)';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Attribute and entity ids: kebab-case, so that ids can equal file names. */
export const kebabId = (what: string) =>
  z.string().regex(KEBAB, { error: `expected a kebab-case ${what} (lowercase letters, digits and hyphens)` });

/** A year written bare is a YAML number; anything finer is a string. */
export const dateSchema = z
  .union(
    [
      z.int({ error: DATE_MESSAGE }).min(1000, { error: DATE_MESSAGE }).max(9999, { error: DATE_MESSAGE }),
      z
        .string()
        .regex(DATE_PATTERN, { error: DATE_MESSAGE, abort: true })
        .refine(isCalendarDate, { error: CALENDAR_MESSAGE }),
    ],
    { error: DATE_MESSAGE },
  )
  .describe('YYYY, YYYY-MM or YYYY-MM-DD');

export const periodSchema = z
  .union(
    [
      z.int({ error: PERIOD_MESSAGE }).min(1000, { error: PERIOD_MESSAGE }).max(9999, { error: PERIOD_MESSAGE }),
      z
        .string()
        .regex(PERIOD_PATTERN, { error: PERIOD_MESSAGE, abort: true })
        .refine(isOrderedPeriod, { error: 'expected a period that exists in the calendar and does not end before it starts' }),
    ],
    { error: PERIOD_MESSAGE },
  )
  .describe('What a flow figure covers: 2024, 2025-09/2025-11 or 2025-09-01/2025-11-30');

export const toleranceSchema = z
  .union(
    [z.number({ error: TOLERANCE_MESSAGE }).min(0, { error: TOLERANCE_MESSAGE }), z.string().regex(PERCENT_PATTERN, { error: TOLERANCE_MESSAGE })],
    { error: TOLERANCE_MESSAGE },
  )
  .describe('5% (relative) or a non-negative number (absolute)');

export const severitySchema = z
  .enum(['error', 'warning', 'notice'] as const satisfies readonly Severity[])
  .describe('How a contradiction is reported: error, warning or notice');

export const langSchema = z.enum(['fr', 'en'] as const satisfies readonly Lang[]);

/** Text an author must not leave empty. */
export const text = () => z.string().min(1);
