import { describe, expect, test } from 'vitest';
import { periodOfHeader, readHeader } from '../../src/claims/table-headers.js';
import { timeLabel } from '../../src/rules-test/reading-label.js';

function header(text: string) {
  const read = readHeader({ text, offsets: Int32Array.from(text, (_, i) => 100 + i) }, '2025-06-01');
  return { label: read.label.text, unit: read.unit, period: read.period && timeLabel(read.period) };
}

describe('what a header cell says: its label, its unit, its period', () => {
  test.each<[string, ReturnType<typeof header>]>([
    ['Sales (€bn)', { label: 'Sales', unit: { scale: 'billion', currency: 'EUR' }, period: undefined }],
    ["Chiffre d'affaires 2024", { label: "Chiffre d'affaires", unit: undefined, period: '2024' }],
    ["Salariés (fin d'année)", { label: 'Salariés', unit: undefined, period: undefined }],
    ['Revenue, €m', { label: 'Revenue', unit: { scale: 'million', currency: 'EUR' }, period: undefined }],
    ["Ventes en milliards d'euros", { label: 'Ventes', unit: { scale: 'billion', currency: 'EUR' }, period: undefined }],
    ['FY2021', { label: '', unit: undefined, period: 'FY2021' }],
    ['H1 2024', { label: '', unit: undefined, period: 'H1 2024' }],
    ['Net revenue (€m)', { label: 'Net revenue', unit: { scale: 'million', currency: 'EUR' }, period: undefined }],
    ['Entreprise', { label: 'Entreprise', unit: undefined, period: undefined }],
    ['Effectifs au 31 décembre', { label: 'Effectifs', unit: undefined, period: undefined }],
    ['Employees at year-end', { label: 'Employees', unit: undefined, period: undefined }],
    ['CA consolidé (M€)', { label: 'CA', unit: { scale: 'million', currency: 'EUR' }, period: undefined }],
    ['Revenue growth (€m)', { label: 'Revenue growth', unit: { scale: 'million', currency: 'EUR' }, period: undefined }],
  ])('"%s"', (text, expected) => {
    expect(header(text)).toEqual(expected);
  });

  test('the label keeps the source offsets of the words it keeps', () => {
    const text = 'Revenue 2024 (€m)';
    const read = readHeader({ text, offsets: Int32Array.from(text, (_, i) => 100 + i) }, undefined);
    expect([...read.label.offsets]).toEqual([100, 101, 102, 103, 104, 105, 106]);
  });

  test.each<[string, string | undefined]>([
    ['Six months to 30 June 2024', '6M ended 2024-06-30'],
    ['Year to 31 March 2021', 'FY ended 2021-03-31'],
    ['First half 2023', 'H1 2023'],
    ['Année', undefined],
  ])('the period "%s" names: %s', (text, label) => {
    const period = periodOfHeader(text, '2025-06-01');
    expect(period && timeLabel(period)).toBe(label);
  });
});
