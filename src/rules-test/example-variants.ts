/**
 * Turns a rule's whole-reading example into variants whose right reading
 * is known without reading them: the same claim negated, under a
 * condition, in the future, planned, denied, owned by another company or
 * by a subsidiary (none of which may be judged), or with a relative
 * clause or a comparison that carries its own year (which must change
 * nothing). One example so tests nine ways a sentence can go wrong.
 */
import { AliasIndex } from '../entities/alias-index.js';
import { foldText } from '../text/fold.js';
import type { Entity, Lang, Rule, RuleExample } from '../types.js';

export const VARIANT_KINDS = ['negated', 'condition', 'future', 'planned', 'denied', 'other-owner', 'subsidiary', 'relative-clause', 'comparison'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface ExampleVariant {
  kind: VariantKind;
  example: RuleExample;
}

/** A name no facts file declares, standing where the owner stood. */
export const STRANGER = 'Zorvane';
/** A year long before any example's: the year of the inserted clauses. */
const OTHER_YEAR = 1931;

interface Frames {
  negated: (body: string) => string;
  condition: (body: string) => string;
  future: (body: string, year: number) => string;
  planned: (body: string) => string;
  denied: (body: string, owner: string) => string;
  subsidiary: (owner: string, initial: boolean) => string;
  relative: string;
  comparison: (figure: string) => string;
}

const FRAMES: Record<Lang, Frames> = {
  fr: {
    negated: (b) => `Il n'est pas exact ${/^[aeiouyhàâéèêîôû]/i.test(b) ? "qu'" : 'que '}${b}.`,
    condition: (b) => `Si ${b}, le plan changerait.`,
    future: (b, y) => `En ${y}, ${b}.`,
    planned: (b) => `Le plan stratégique prévoit ${/^[aeiouyhàâéèêîôû]/i.test(b) ? "qu'" : 'que '}${b}.`,
    denied: (b, o) => `${o} dément ${/^[aeiouyhàâéèêîôû]/i.test(b) ? "qu'" : 'que '}${b}.`,
    subsidiary: (o, initial) => `${initial ? 'La' : 'la'} filiale allemande ${/^[aeiouyhàâéèêîôû]/i.test(o) ? "d'" : 'de '}${o}`,
    relative: `, qui a racheté ${STRANGER} en ${OTHER_YEAR},`,
    comparison: (f) => `, contre ${f} en ${OTHER_YEAR}`,
  },
  en: {
    negated: (b) => `It is not true that ${b}.`,
    condition: (b) => `If ${b}, the plan would change.`,
    future: (b, y) => `In ${y}, ${b}.`,
    planned: (b) => `Management expects that ${b}.`,
    denied: (b, o) => `${o} denied reports that ${b}.`,
    subsidiary: (o, initial) => `${initial ? 'The' : 'the'} German subsidiary of ${o}`,
    relative: `, which acquired ${STRANGER} in ${OTHER_YEAR},`,
    comparison: (f) => `, compared with ${f} in ${OTHER_YEAR}`,
  },
};

/** Words that may open a sentence in lower case once it is framed ("Le groupe..." -> "que le groupe..."). */
const LOWER_OPENERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'ce', 'cette', 'elle', 'il', 'the', 'a', 'an', 'its', 'their', 'this', 'it']);

/** Attributes whose facts change with time: a claim about a far future year of them is a forecast. */
const TIMED_TYPES = new Set(['count', 'money', 'percent', 'person']);

function body(text: string, ownerAtStart: boolean): string {
  const trimmed = text.trim().replace(/[.!]+$/, '');
  const first = foldText(trimmed.split(/[\s,]/)[0] ?? '');
  const opener = first.includes("'") ? `${first.split("'")[0]}'` : first;
  return !ownerAtStart && LOWER_OPENERS.has(opener) ? trimmed[0].toLowerCase() + trimmed.slice(1) : trimmed;
}

/** Where the example names its owner: the first name of the expected entity in the text. */
function ownerSpan(text: string, entity: Entity): { start: number; end: number } | undefined {
  return new AliasIndex([entity]).find(foldText(text))[0];
}

/** A variant that no claim of the rule may be judged from: read and hedged, or not read at all. */
const notJudged = (example: RuleExample, text: string): RuleExample => {
  const { expect: _reading, value: _value, ...rest } = example;
  return { ...rest, text, match: false };
};
const unchanged = (example: RuleExample, text: string): RuleExample => ({ ...example, text });

/** The variants of one example, or none when it does not state a judged reading of a known owner. */
export function exampleVariants(example: RuleExample, rule: Rule): ExampleVariant[] {
  const verdict = example.expect?.verdict;
  const owner = example.context?.entities.find((e) => e.id === example.expect?.entity);
  if (!example.match || !owner || (verdict !== 'agrees' && verdict !== 'contradiction')) return [];
  const frames = FRAMES[example.lang];
  const span = ownerSpan(example.text, owner);
  const text = example.text.trim();
  const b = body(text, span?.start === 0);
  const out: ExampleVariant[] = [
    { kind: 'negated', example: notJudged(example, frames.negated(b)) },
    { kind: 'condition', example: notJudged(example, frames.condition(b)) },
    { kind: 'planned', example: notJudged(example, frames.planned(b)) },
    { kind: 'denied', example: notJudged(example, frames.denied(b, owner.name)) },
  ];
  // A far future year only makes sense for a claim that speaks of the article's now.
  const year = example.context?.date ? Number(example.context.date.slice(0, 4)) + 15 : undefined;
  if (year !== undefined && TIMED_TYPES.has(rule.type) && example.expect?.time === 'article') {
    out.push({ kind: 'future', example: notJudged(example, frames.future(b, year)) });
  }
  if (span) {
    const name = text.slice(span.start, span.end);
    // "d'Acmé" becomes "de Zorvane"; "Acme's" has no room for a clause or a subsidiary.
    const elided = /d['’]$/i.test(text.slice(0, span.start));
    const head = elided ? `${text.slice(0, span.start - 2)}de ` : text.slice(0, span.start);
    const tail = text.slice(span.end);
    const around = (middle: string) => head + middle + tail;
    out.push({ kind: 'other-owner', example: notJudged(example, around(STRANGER)) });
    if (!/^['’]s\b/.test(tail)) {
      const subsidiary = frames.subsidiary(name, span.start === 0);
      out.push({ kind: 'subsidiary', example: notJudged(example, around(subsidiary)) });
      const last = /^[\s.!]*$/.test(tail);
      out.push({ kind: 'relative-clause', example: unchanged(example, text.slice(0, span.end) + (last ? frames.relative.slice(0, -1) : frames.relative) + tail) });
    }
  }
  if (rule.type === 'count' || rule.type === 'money') {
    const figure = rule.type === 'count' ? '40' : example.lang === 'fr' ? '40 millions d’euros' : '€40 million';
    out.push({ kind: 'comparison', example: unchanged(example, `${b}${frames.comparison(figure)}.`) });
  }
  return out;
}
