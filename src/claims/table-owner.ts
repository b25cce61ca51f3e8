/**
 * Whose a table cell is, as its row's or column's header says: a company
 * the facts know owns it; in a column of companies, a name they do not know
 * is another company's; a place, a segment or a product is a part, never
 * the whole; "Total" and "Group" are the whole, and "Value" heads values.
 */
import type { AliasIndex } from '../entities/alias-index.js';
import { foldText } from '../text/fold.js';
import type { CellText, HeaderCell } from './table-headers.js';

/** A header that lists companies: its cells are owners, and one the facts do not know owns what it heads. */
const ENTITY_KINDS = new Set(['entreprise', 'entreprises', 'societe', 'societes', 'groupe', 'groupes', 'company', 'companies', 'firm', 'firms', 'nom', 'name', 'acteur', 'acteurs', 'concurrent', 'concurrents', 'competitor', 'competitors', 'startup', 'start-up', 'start-ups', 'startups', 'marque', 'brand', 'employeur', 'employer', 'licorne', 'licornes', 'unicorn', 'unicorns', 'emetteur', 'issuer']);
/** A row or column that stands for the whole company, not a part of it. */
const WHOLE = new Set(['total', 'groupe', 'group', 'ensemble', 'consolide', 'consolidated', 'total groupe', 'group total', 'societe', 'company']);
/** Column headers over values of the labels in the first column: "| Indicateur | Valeur |". */
const VALUE_WORDS = new Set(['valeur', 'valeurs', 'value', 'values', 'montant', 'amount', 'chiffre', 'chiffres', 'donnee', 'donnees', 'data', 'figure', 'figures', 'detail', 'details', 'reponse', 'information', 'informations']);

/** A column or a row as a whole: its headers, and whether they name companies. */
export interface Axis {
  heads: HeaderCell[];
  entities: boolean;
}

/** A header of the cell that is not its label: it may date the cell or say whose it is. */
export interface Head {
  head: HeaderCell;
  axis: Axis;
  name: 'row' | 'column';
}

/** Whose a header says the cell is: a known company, nobody the facts know (another company, a part), or undefined when it says nothing of it. */
export function ownerOf({ head, axis, name }: Head, aliases: AliasIndex): { entity: string | null; reason: string } | undefined {
  const text = head.cell.text.trim();
  if (!text || head.period) return undefined;
  const known = wholeAlias(head.cell, aliases);
  if (known) return { entity: known, reason: `the table names it in its ${name} "${text}"` };
  const folded = foldText(text).toLowerCase();
  if (WHOLE.has(folded) || (name === 'column' && !axis.entities && VALUE_WORDS.has(folded))) return undefined;
  return { entity: null, reason: axis.entities ? `the table gives it to "${text}", a name the facts do not know` : `the table gives it to "${text}", a part or another owner, not the whole` };
}

/** The entity a cell names as a whole ("Acme", "Acme SA"), or undefined. */
export function wholeAlias(cell: CellText, aliases: AliasIndex): string | undefined {
  const folded = foldText(cell.text.trim());
  return aliases.find(folded).find((hit) => hit.start === 0 && hit.end === folded.length)?.entity;
}

/** True when a corner header says its column lists companies: "Company", "Entreprise". */
export function isEntityKind(text: string): boolean {
  return ENTITY_KINDS.has(foldText(text.trim()).toLowerCase());
}
