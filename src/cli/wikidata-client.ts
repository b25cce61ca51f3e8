import { readFileSync } from 'node:fs';
import { readEntityData, type WikidataEntity } from '../import/wikidata-json.js';

/** Where entity JSON comes from: Wikidata itself, or a file of saved answers (`--from`). */
export interface EntitySource {
  /** The items asked for; an id Wikidata does not know is an error, not a gap. */
  items(ids: readonly string[]): Promise<{ entities: WikidataEntity[]; errors: string[] }>;
  /** Items referred to (people, places, currencies), for their labels and codes; unknown ones are left out. */
  referenced(ids: readonly string[], langs: readonly string[]): Promise<{ entities: WikidataEntity[]; errors: string[] }>;
}

/** Wikidata's public site; `FACTLINT_WIKIDATA_URL` points elsewhere (a mirror, or a test server). */
export const WIKIDATA_URL = 'https://www.wikidata.org';
const TIMEOUT_MS = 30_000;
/** Entity JSON of a large company is a few hundred kB; more than this is not an answer to trust. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
const BATCH = 50;

/**
 * Entity JSON over HTTP: `Special:EntityData/Q123.json` for each item asked
 * for (the form Wikidata documents for a whole item), and `wbgetentities` in
 * batches of 50 for the labels of the items they refer to. Every request has
 * a timeout, so a server that never answers ends the import with an error.
 */
export function httpSource(baseUrl: string, userAgent: string): EntitySource {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async items(ids) {
      const entities: WikidataEntity[] = [];
      const errors: string[] = [];
      for (const id of ids) {
        const answer = await getJson(`${base}/wiki/Special:EntityData/${id}.json`, userAgent, id);
        if ('error' in answer) {
          errors.push(answer.error);
          continue;
        }
        const read = readEntityData(answer.json);
        errors.push(...read.errors.map((e) => `${id}: ${e}`));
        // A merged item answers under the id it was merged into: take it, whatever its key.
        if (read.entities.length > 0) entities.push(read.entities.find((e) => e.id === id) ?? read.entities[0]);
        else if (read.errors.length === 0) errors.push(`Wikidata has no item ${id}`);
      }
      return { entities, errors };
    },
    async referenced(ids, langs) {
      const entities: WikidataEntity[] = [];
      const errors: string[] = [];
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        const query = new URLSearchParams({
          action: 'wbgetentities',
          ids: batch.join('|'),
          props: 'labels|claims',
          languages: [...langs, 'mul'].join('|'),
          format: 'json',
        });
        const answer = await getJson(`${base}/w/api.php?${query}`, userAgent, batch.join(', '));
        if ('error' in answer) {
          errors.push(answer.error);
          continue;
        }
        const read = readEntityData(answer.json);
        for (const entity of read.entities) entities.push(entity);
        for (const error of read.errors) errors.push(error);
      }
      return { entities, errors };
    },
  };
}

async function getJson(url: string, userAgent: string, what: string): Promise<{ json: unknown } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': userAgent, accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : describeCause(error);
    return { error: `cannot reach Wikidata for ${what}: ${cause}` };
  }
  if (response.status === 404) return { error: `Wikidata has no item ${what}` };
  if (!response.ok) return { error: `Wikidata answered HTTP ${response.status} for ${what}` };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_ANSWER_BYTES) return { error: `Wikidata's answer for ${what} is too large (${length} bytes)` };
  try {
    const text = await response.text();
    if (text.length > MAX_ANSWER_BYTES) return { error: `Wikidata's answer for ${what} is too large` };
    return { json: JSON.parse(text) };
  } catch (error) {
    return { error: `Wikidata's answer for ${what} is not JSON (${describeCause(error)})` };
  }
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

/**
 * Saved entity JSON (`--from FILE`): one answer of `Special:EntityData` or
 * `wbgetentities`, or several merged into one `entities` object. No network:
 * an item the file lacks is an error for the ones asked for, and a missing
 * label for the ones referred to.
 */
export function fileSource(path: string): (EntitySource & { stating(properties: readonly string[]): string[] }) | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { error: `cannot read ${path}: ${describeCause(error)}` };
  }
  const read = readEntityData(json);
  if (read.entities.length === 0) return { error: `${path}: ${read.errors[0] ?? 'no entities in it'}` };
  const byId = new Map(read.entities.map((e) => [e.id, e]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return {
    async items(ids) {
      const missing = ids.filter((id) => !byId.has(id));
      return { entities: pick(ids), errors: [...read.errors, ...missing.map((id) => `${path} has no item ${id}`)] };
    },
    async referenced(ids) {
      return { entities: pick(ids), errors: [] };
    },
    /** Every item of the file that states at least one of the properties: what `--from` imports when no id is named. */
    stating(properties) {
      return read.entities.filter((e) => properties.some((p) => (e.claims?.[p]?.length ?? 0) > 0)).map((e) => e.id);
    },
  };
}
