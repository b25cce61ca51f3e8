/** The registry of typed slots a pattern may use, one reader per slot name. */
import type { ValueType } from '../../types.js';
import type { SlotReader } from './context.js';
import { readDate, readYear } from './calendar.js';
import { readEntity } from './entity.js';
import { readPerson, readPlace } from './names.js';
import { readCount, readMoney, readPercent } from './quantity.js';

export type SlotName = ValueType | 'entity';

export const SLOT_READERS: Record<SlotName, SlotReader> = {
  year: readYear,
  date: readDate,
  count: readCount,
  money: readMoney,
  percent: readPercent,
  person: readPerson,
  place: readPlace,
  entity: readEntity,
};

export function isSlotName(name: string): name is SlotName {
  return Object.hasOwn(SLOT_READERS, name);
}

export type { SlotContext, SlotRead, EntityMention } from './context.js';
export { NO_READS } from './context.js';
