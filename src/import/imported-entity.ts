/**
 * What an import makes of one Wikidata item: a facts-file entity whose every
 * statement names the item and property it came from, so that a later import
 * can tell its own statements from those a maintainer wrote by hand.
 */
export interface ImportedStatement {
  value: number | string | string[];
  asOf?: string;
  from?: string;
  until?: string;
  period?: string;
  unit?: string;
  source: string;
}

export interface ImportedEntity {
  /** The Wikidata item, `Q123`. */
  item: string;
  /** The facts file's `entity:` id, kebab-case, made from the name. */
  id: string;
  name: string;
  aliases: string[];
  facts: Record<string, ImportedStatement[]>;
  /** Values that were there but could not be imported, and why, for the user to review. */
  skipped: string[];
}

/** The `source:` prefix that marks a statement as imported from this item. */
export const IMPORTED_PREFIX = 'Wikidata ';

export function sourceOf(item: string, property: string): string {
  return `${IMPORTED_PREFIX}${item} ${property}`;
}

/** True for a statement an import wrote, whatever the item: re-importing replaces it. */
export function isImportedSource(source: unknown): boolean {
  return typeof source === 'string' && source.startsWith(IMPORTED_PREFIX);
}

/** The part of a statement that says when it holds: two statements with the same key say the same thing. */
export function timeKey(statement: { asOf?: unknown; from?: unknown; period?: unknown }): string {
  return [statement.asOf, statement.from, statement.period].map((part) => (part === undefined ? '' : String(part))).join('|');
}
