import * as z from 'zod';

/**
 * The parts of Wikidata's entity JSON (`Special:EntityData/Q123.json`,
 * `wbgetentities`) that an import reads. The JSON comes from outside the
 * repository, so it is validated before any field is trusted; everything
 * else in it is ignored rather than rejected, since Wikidata adds fields.
 */

const snakSchema = z.object({
  snaktype: z.string(),
  property: z.string(),
  datavalue: z.object({ type: z.string(), value: z.unknown() }).optional(),
});

const statementSchema = z.object({
  mainsnak: snakSchema,
  rank: z.string().optional(),
  qualifiers: z.record(z.string(), z.array(snakSchema)).optional(),
});

const termSchema = z.object({ value: z.string() });

export const wikidataEntitySchema = z.object({
  id: z.string(),
  labels: z.record(z.string(), termSchema).optional(),
  aliases: z.record(z.string(), z.array(termSchema)).optional(),
  claims: z.record(z.string(), z.array(statementSchema)).optional(),
  /** Present (and empty) when `wbgetentities` knows no such id. */
  missing: z.string().optional(),
});

export const entityDataSchema = z.object({ entities: z.record(z.string(), z.unknown()) });

export type WikidataSnak = z.infer<typeof snakSchema>;
export type WikidataStatement = z.infer<typeof statementSchema>;
export type WikidataEntity = z.infer<typeof wikidataEntitySchema>;

/** The properties an import reads, by the attribute each one fills. */
export const PROPERTIES = {
  founded: 'P571',
  founders: 'P112',
  headquarters: 'P159',
  employees: 'P1128',
  revenue: 'P2139',
  ceo: 'P169',
  pointInTime: 'P585',
  startTime: 'P580',
  endTime: 'P582',
  isoCurrencyCode: 'P498',
} as const;

/** `Q123`, as a user types it and as Wikidata names items. */
export const ITEM_ID = /^Q[1-9]\d{0,11}$/;

/**
 * Every entity in one answer of entity JSON, or why the answer is not one.
 * An entity that does not parse is reported by id, not silently dropped.
 */
export function readEntityData(json: unknown): { entities: WikidataEntity[]; errors: string[] } {
  const outer = entityDataSchema.safeParse(json);
  if (!outer.success) return { entities: [], errors: ['not Wikidata entity JSON (no "entities" object)'] };
  const entities: WikidataEntity[] = [];
  const errors: string[] = [];
  for (const [key, raw] of Object.entries(outer.data.entities)) {
    const parsed = wikidataEntitySchema.safeParse(raw);
    if (!parsed.success) errors.push(`${key}: not a Wikidata entity (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    else if (parsed.data.missing === undefined) entities.push(parsed.data);
  }
  return { entities, errors };
}
