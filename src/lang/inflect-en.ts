/**
 * English verb forms from a lemma: "plan" gives plans, planned, planning;
 * "deny" gives denies, denied, denying. Irregular pasts are given by the
 * pack ("forecast", "said").
 */

/** Doubles a final consonant after a single stressed vowel: plan -> planned (not target -> targeted, which packs spell out). */
function doubled(lemma: string): boolean {
  return lemma.length <= 4 && /[^aeiou][aeiou][bdgmnprt]$/.test(lemma);
}

export function englishForms(lemma: string, irregularPast: string[] = []): string[] {
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${lemma}ing`, ...(irregularPast.length ? irregularPast : [`${stem}ied`])];
  }
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma.slice(0, -1)}ing`, ...(irregularPast.length ? irregularPast : [`${lemma}d`])];
  const stem = doubled(lemma) ? lemma + lemma.slice(-1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ing`, ...(irregularPast.length ? irregularPast : [`${stem}ed`])];
}
