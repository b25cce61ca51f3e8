import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { foldKey } from '../text/fold.js';
import { isImportedSource, timeKey, type ImportedEntity, type ImportedStatement } from './imported-entity.js';

/** Attributes that hold one statement at a time: a hand-written one always wins over an import. */
const SINGLE = new Set(['founded', 'founders', 'headquarters']);

export interface MergedFile {
  text: string;
  /** One line per statement added, removed or changed by this import, or kept from the maintainer. */
  changes: string[];
}

/**
 * Writes an imported entity into its facts file. A new file gets the
 * imported statements; an existing one keeps everything a maintainer wrote
 * (comments, order, hand statements: any whose `source` does not start with
 * "Wikidata"), replaces only the statements an earlier import wrote, and
 * never adds an imported statement where a hand one already says when it
 * holds: the maintainer's word wins and the difference is listed.
 */
export function mergeFactsFile(existing: string | undefined, imported: ImportedEntity, file: string): MergedFile | { error: string } {
  if (existing === undefined) return newFile(imported);
  const doc = parseDocument(existing, { uniqueKeys: true });
  if (doc.errors.length > 0) return { error: `${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}): fix it before importing into it` };
  if (!isMap(doc.contents) || doc.has('entities')) return { error: `${file} does not hold one entity (entity:, name:, facts:): import writes one entity per file` };
  const changes: string[] = [];
  mergeAliases(doc, imported);
  if (!isMap(doc.get('facts', true))) doc.set('facts', doc.createNode({}));
  const facts = doc.get('facts', true) as Node & { get(k: string, keep: true): unknown; has(k: string): boolean; set(k: string, v: unknown): void; delete(k: string): boolean; items: { key: unknown }[] };
  const attributes = new Set([...Object.keys(imported.facts), ...facts.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key))]);
  for (const attribute of attributes) {
    const { hand, previous } = splitStatements(facts.get(attribute, true) as Node | undefined);
    if (hand.length === 0 && previous.length === 0 && !imported.facts[attribute]) continue;
    const incoming = imported.facts[attribute] ?? [];
    const kept = keptByHand(attribute, hand, incoming);
    const added = incoming.filter((s) => !kept.has(s));
    for (const statement of kept) changes.push(`= ${attribute}: kept your ${describe(hand.find((h) => sameTime(attribute, h.data, statement))?.data ?? {})} (Wikidata: ${describe(statement)})`);
    changes.push(...diff(attribute, previous, added));
    if (hand.length === 0 && added.length === 0) facts.delete(attribute);
    else if (hand.length === 0 && SINGLE.has(attribute)) facts.set(attribute, statementNode(doc, added[0]));
    else if (added.length > 0 || previous.length > 0) facts.set(attribute, rebuilt(doc, hand, added));
  }
  return { text: doc.toString({ lineWidth: 0 }), changes };
}

interface HandStatement {
  node: Node;
  data: Record<string, unknown>;
}

/** A fact's node -> the statements a maintainer wrote and those an earlier import wrote. */
function splitStatements(node: Node | undefined): { hand: HandStatement[]; previous: ImportedStatement[] } {
  const hand: HandStatement[] = [];
  const previous: ImportedStatement[] = [];
  if (!node) return { hand, previous };
  const items = isSeq(node) && node.items.some((item) => isMap(item)) ? (node.items as Node[]) : [node];
  for (const item of items) {
    const data: Record<string, unknown> = isMap(item) ? (item.toJSON() as Record<string, unknown>) : { value: (item as Node).toJSON() };
    if (isImportedSource(data.source)) previous.push(data as unknown as ImportedStatement);
    else hand.push({ node: item, data });
  }
  return { hand, previous };
}

/** Imported statements that a hand statement already covers (same time, or any for a single-holder fact). */
function keptByHand(attribute: string, hand: HandStatement[], incoming: ImportedStatement[]): Set<ImportedStatement> {
  return new Set(incoming.filter((s) => hand.some((h) => sameTime(attribute, h.data, s))));
}

function sameTime(attribute: string, a: object, b: object): boolean {
  return SINGLE.has(attribute) || timeKey(a) === timeKey(b);
}

/** The maintainer's statements first, as they were written, then the imported ones. */
function rebuilt(doc: Document, hand: HandStatement[], added: ImportedStatement[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const { node, data } of hand) seq.items.push(isMap(node) ? node : doc.createNode(data));
  for (const statement of added) seq.items.push(statementNode(doc, statement));
  return seq;
}

/** A statement as a block mapping, with a list of names on one line: `value: [Ada Martin, Paul Durand]`. */
function statementNode(doc: Document, statement: ImportedStatement): Node {
  const node = doc.createNode(statement);
  const value = node.get('value', true);
  if (isSeq(value)) value.flow = true;
  return node;
}

function mergeAliases(doc: Document, imported: ImportedEntity): void {
  const name = String(doc.get('name') ?? '');
  const node = doc.get('aliases', true);
  const current = isSeq(node) ? (node.toJSON() as unknown[]).map(String) : isScalar(node) ? [String(node.value)] : [];
  const known = new Set([name, ...current].map(foldKey));
  const extra = [imported.name, ...imported.aliases].filter((alias) => {
    const key = foldKey(alias);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  if (extra.length === 0) return;
  if (isSeq(node)) for (const alias of extra) node.items.push(doc.createNode(alias));
  else doc.set('aliases', doc.createNode([...current, ...extra], { flow: true }));
}

function diff(attribute: string, previous: ImportedStatement[], next: ImportedStatement[]): string[] {
  const before = new Map(previous.map((s) => [timeKey(s), s]));
  const lines: string[] = [];
  for (const statement of next) {
    const old = before.get(timeKey(statement));
    before.delete(timeKey(statement));
    if (!old) lines.push(`+ ${attribute}: ${describe(statement)}`);
    else if (JSON.stringify(old.value) !== JSON.stringify(statement.value) || old.unit !== statement.unit) {
      lines.push(`~ ${attribute}: ${describe(old)} -> ${describe(statement)}`);
    }
  }
  for (const old of before.values()) lines.push(`- ${attribute}: ${describe(old)}`);
  return lines;
}

/** "2200 as of 2023", "880000000 EUR for 2023", "Jane Roe from 2019-04 until 2024-10". */
export function describe(statement: { value?: unknown; unit?: unknown; asOf?: unknown; period?: unknown; from?: unknown; until?: unknown }): string {
  const value = Array.isArray(statement.value) ? statement.value.join(', ') : String(statement.value);
  const parts = [statement.unit ? `${value} ${String(statement.unit)}` : value];
  if (statement.asOf !== undefined) parts.push(`as of ${String(statement.asOf)}`);
  if (statement.period !== undefined) parts.push(`for ${String(statement.period)}`);
  if (statement.from !== undefined) parts.push(`from ${String(statement.from)}`);
  if (statement.until !== undefined) parts.push(`until ${String(statement.until)}`);
  return parts.join(' ');
}

function newFile(imported: ImportedEntity): MergedFile {
  const changes: string[] = [];
  const doc = new Document({ entity: imported.id, name: imported.name, aliases: imported.aliases, facts: {} });
  const aliases = doc.get('aliases', true);
  if (isSeq(aliases)) aliases.flow = true;
  const facts = doc.get('facts', true) as YAMLMap;
  for (const [attribute, statements] of Object.entries(imported.facts)) {
    if (SINGLE.has(attribute)) facts.set(attribute, statementNode(doc, statements[0]));
    else facts.set(attribute, rebuilt(doc, [], statements));
    for (const statement of statements) changes.push(`+ ${attribute}: ${describe(statement)}`);
  }
  doc.commentBefore =
    ` Imported from Wikidata ${imported.item} by \`factlint import wikidata\`.\n` +
    ' Re-importing replaces the statements whose source starts with "Wikidata"\n' +
    ' and keeps every other statement, alias and comment you add.';
  return { text: doc.toString({ lineWidth: 0 }), changes };
}
