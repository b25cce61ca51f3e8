import type { WikidataEntity } from './wikidata-json.js';
import { PROPERTIES as P } from './wikidata-json.js';
import { itemOf, quantityOf, stringOf } from './wikidata-values.js';
import type { ReferencedItems } from './wikidata-to-entity.js';

/** The items an entity's imported statements point to: founders, places, chief executives, currencies. */
export function referencedIds(entities: readonly WikidataEntity[]): string[] {
  const ids = new Set<string>();
  for (const entity of entities) {
    for (const property of [P.founders, P.headquarters, P.ceo]) {
      for (const statement of entity.claims?.[property] ?? []) {
        const item = itemOf(statement.mainsnak);
        if (item) ids.add(item);
      }
    }
    for (const statement of entity.claims?.[P.revenue] ?? []) {
      const unit = quantityOf(statement.mainsnak)?.unit;
      if (unit) ids.add(unit);
    }
  }
  return [...ids].sort();
}

/** Labels (in the first chosen language that has one) and ISO 4217 codes of fetched items. */
export function lookupOf(entities: readonly WikidataEntity[], langs: readonly string[]): ReferencedItems {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    label(item) {
      const labels = byId.get(item)?.labels ?? {};
      for (const lang of [...langs, 'mul']) {
        const label = labels[lang]?.value.trim();
        if (label) return label;
      }
      return undefined;
    },
    currencyCode(item) {
      for (const statement of byId.get(item)?.claims?.[P.isoCurrencyCode] ?? []) {
        if (statement.rank === 'deprecated') continue;
        const code = stringOf(statement.mainsnak);
        if (code && /^[A-Z]{3}$/.test(code)) return code;
      }
      return undefined;
    },
  };
}
