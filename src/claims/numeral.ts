/**
 * Reads a number as French and English write it. The digits a figure states
 * set its rounding: "275,3" is good to ±0.05, "2 000" to ±500, so that a
 * rounded figure agrees with a precise fact and a wrong one does not.
 */
import type { Lang } from '../types.js';

export interface Numeral {
  value: number;
  /** Half the unit of the last significant digit written. */
  halfUnit: number;
}

const GROUPED_BY_SPACES = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;

/** Parses the text of a `num` token; undefined when it is not a plain number. */
export function parseNumeral(raw: string, lang: Lang): Numeral | undefined {
  let intPart: string;
  let fracPart = '';
  if (GROUPED_BY_SPACES.test(raw)) {
    const m = /^(.*?)(?:[.,](\d+))?$/.exec(raw.replace(/[ \u00a0\u202f\u2009]/g, ''))!;
    intPart = m[1];
    fracPart = m[2] ?? '';
  } else {
    const seps = raw.match(/[.,]/g) ?? [];
    if (seps.length === 0) intPart = raw;
    else {
      const commas = seps.filter((s) => s === ',').length;
      const dots = seps.length - commas;
      const last = raw.lastIndexOf(seps[seps.length - 1]);
      const tail = raw.slice(last + 1);
      let decimalSep: string | undefined;
      if (commas > 0 && dots > 0) decimalSep = seps[seps.length - 1];
      else if (seps.length > 1) decimalSep = undefined; // 1,234,567 or 1.234.567
      else if (tail.length !== 3) decimalSep = seps[0];
      else decimalSep = (seps[0] === ',') === (lang === 'fr') ? seps[0] : undefined; // 2,200 en / 1.700 fr: thousands
      if (decimalSep) {
        const at = raw.lastIndexOf(decimalSep);
        intPart = raw.slice(0, at).replace(/[.,]/g, '');
        fracPart = raw.slice(at + 1);
        if (/[.,]/.test(fracPart)) return undefined;
      } else {
        // Thousands groups must all be 3 digits.
        const groups = raw.split(/[.,]/);
        if (groups.slice(1).some((g) => g.length !== 3) || groups[0].length > 3) return undefined;
        intPart = groups.join('');
      }
    }
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return undefined;
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  let halfUnit: number;
  if (fracPart) halfUnit = 0.5 * 10 ** -fracPart.length;
  else {
    const trailingZeros = /0*$/.exec(intPart)![0].length;
    // Trailing zeros read as rounding only from three digits on: "2 000" is ±500, "10" is exact.
    const rounding = intPart.length >= 3 ? Math.min(trailingZeros, intPart.length - 1) : 0;
    halfUnit = 0.5 * 10 ** rounding;
  }
  return { value, halfUnit };
}
