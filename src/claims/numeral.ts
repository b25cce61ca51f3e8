/**
 * Reads a number as French and English write it. The digits a figure states
 * set its rounding: "275,3" is good to ±0.05, "2 000" to ±500 (before the
 * comparison's cap), so that a rounded figure agrees with a precise fact
 * and a wrong one does not.
 */
import type { Lang } from '../types.js';

export interface Numeral {
  value: number;
  /**
   * Half the unit of the last digit that says something: the last decimal
   * written ("275,3": 0.05), else the last non-zero digit ("2 200": 50,
   * "30 000": 5 000). The comparison caps the whole-figure case.
   */
  halfUnit: number;
  /** Written with decimals: its rounding is exactly what the digits say. */
  decimals: boolean;
}

/** Half the unit of a whole number's last non-zero digit ("2 000": 500, "1999": 0.5, "0": 0.5). */
export function wholeHalfUnit(digits: string): number {
  const trailingZeros = /0*$/.exec(digits)![0].length;
  return 0.5 * 10 ** Math.min(trailingZeros, digits.length - 1);
}

/** Thousands grouped by spaces ("2 200") or by apostrophes ("1'450"). */
const GROUPED_BY_SPACES = /^\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?:[.,]\d+)?$/;

/** Parses the text of a `num` token; undefined when it is not a plain number. */
export function parseNumeral(raw: string, lang: Lang): Numeral | undefined {
  let intPart: string;
  let fracPart = '';
  if (GROUPED_BY_SPACES.test(raw)) {
    const m = /^(.*?)(?:[.,](\d+))?$/.exec(raw.replace(/[ \u00a0\u202f\u2009'\u2019]/g, ''))!;
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
  return { value, halfUnit: fracPart ? 0.5 * 10 ** -fracPart.length : wholeHalfUnit(intPart), decimals: fracPart.length > 0 };
}
