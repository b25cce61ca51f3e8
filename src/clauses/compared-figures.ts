/**
 * "6,8 milliards, contre 5,3 milliards en 2018", "€914 million, up from
 * €703 million a year earlier": the figure of a comparison is a reading
 * of the same attribute as the figure it is compared with. It gets its
 * own owner ("contre 9,7 milliards pour Nordwind") and its own time, read
 * like any other figure from its clause.
 */
import type { AutomatonMatch, Capture } from '../claims/automaton.js';
import type { SlotName, SlotRead } from '../claims/slots/index.js';
import type { ValueType } from '../types.js';
import type { ClauseMap } from './split-clauses.js';

export interface FigureReading {
  match: AutomatonMatch;
  value: Capture;
  figureStart: number;
}

/** How far into the comparison its figure may stand: "contre 5,3", "up from €703", "compared with the 5.3". */
const REACH = 5;
/** How far after the figure its comparison may open: "€914 million in the first half, up from". */
const GAP = 8;

export function comparedReadings(
  readings: FigureReading[],
  map: ClauseMap,
  typeOf: (r: FigureReading) => ValueType,
  readSlot: (name: SlotName, at: number) => readonly SlotRead[],
): FigureReading[] {
  const out: FigureReading[] = [];
  for (const r of readings) {
    const own = map.at[r.figureStart];
    if (map.clauses[own].kind === 'comparison') continue;
    const after = r.value.read.end;
    // The comparison opens soon after the figure, within its clause: "6,8 milliards en 2024, contre ...".
    let c = -1;
    for (let k = after; k <= after + GAP && k < map.at.length; k++) {
      const clause = map.clauses[map.at[k]];
      if (clause.kind === 'comparison' && clause.start >= after && clause.parent === own) {
        c = map.at[k];
        break;
      }
      if (map.at[k] !== own) break;
    }
    if (c < 0) continue;
    const clause = map.clauses[c];
    const type = typeOf(r) as SlotName;
    for (let k = clause.start; k < Math.min(clause.end, clause.start + REACH); k++) {
      const [read] = readSlot(type, k);
      if (!read) continue;
      const value: Capture = { name: type, start: k, read };
      out.push({ match: { ...r.match, start: clause.start, end: read.end, captures: [value] }, value, figureStart: read.figureStart ?? k });
      break;
    }
  }
  return out;
}
