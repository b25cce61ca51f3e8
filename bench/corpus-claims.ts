/**
 * Sentences that state a fact about a company, in French and English, in
 * the shapes the press uses. Each is given the value to write: the
 * declared one (an agreeing claim) or a wrong one (a planted contradiction).
 */
import type { EntityFacts } from './corpus-facts.js';

export type Lang = 'fr' | 'en';
export type Attribute = 'founded' | 'employees' | 'revenue' | 'ceo' | 'headquarters' | 'founders';
export const ATTRIBUTES: Attribute[] = ['founded', 'employees', 'revenue', 'ceo', 'headquarters', 'founders'];

/** A value of one attribute, as the sentence will write it. */
export type Value = number | string;

export const groupFr = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
export const groupEn = (n: number): string => n.toLocaleString('en-US');
const millionsFr = (m: number): string => `${groupFr(Math.trunc(m))},${Math.round((m % 1) * 10)}`;
const millionsEn = (m: number): string => m.toFixed(1);

type Template = (name: string, v: Value) => string;

const FR: Record<Attribute, Template[]> = {
  founded: [
    (n, v) => `${n} a été fondée en ${v} par une poignée d'ingénieurs.`,
    (n, v) => `Créée en ${v}, ${n} a longtemps travaillé pour l'industrie automobile.`,
  ],
  employees: [
    (n, v) => `${n} emploie ${groupFr(v as number)} salariés.`,
    (n, v) => `Aujourd'hui, ${n} compte ${groupFr(v as number)} collaborateurs dans le monde.`,
  ],
  revenue: [
    (n, v) => `En 2023, ${n} a réalisé un chiffre d'affaires de ${millionsFr(v as number)} millions d'euros.`,
    (n, v) => `Le chiffre d'affaires de ${n} a atteint ${millionsFr(v as number)} millions d'euros en 2023.`,
  ],
  ceo: [
    (n, v) => `Le directeur général de ${n}, ${v}, a présenté la feuille de route aux analystes.`,
    (n, v) => `${v}, directeur général de ${n}, se dit confiant pour l'exercice en cours.`,
  ],
  headquarters: [
    (n, v) => `${n}, dont le siège est à ${v}, prévoit d'agrandir ses bureaux.`,
    (n, v) => `${n} est basée à ${v} depuis sa création.`,
  ],
  founders: [(n, v) => `${n} a été fondée par ${v}, alors jeune ingénieur.`],
};

const EN: Record<Attribute, Template[]> = {
  founded: [
    (n, v) => `${n} was founded in ${v} by a handful of engineers.`,
    (n, v) => `Founded in ${v}, ${n} long worked for carmakers.`,
  ],
  employees: [
    (n, v) => `${n} employs ${groupEn(v as number)} people.`,
    (n, v) => `${n} now has ${groupEn(v as number)} employees worldwide.`,
  ],
  revenue: [
    (n, v) => `In 2023, ${n} posted revenue of €${millionsEn(v as number)} million.`,
    (n, v) => `${n}'s revenue reached €${millionsEn(v as number)} million in 2023.`,
  ],
  ceo: [
    (n, v) => `${n} chief executive ${v} presented the plan to analysts.`,
    (n, v) => `${v}, the chief executive of ${n}, said the group was confident about the current year.`,
  ],
  headquarters: [
    (n, v) => `${n}, which is headquartered in ${v}, plans to expand its offices.`,
    (n, v) => `${n} is based in ${v}.`,
  ],
  founders: [(n, v) => `${n} was founded by ${v}, then a young engineer.`],
};

export function claimSentence(lang: Lang, attribute: Attribute, pick: number, name: string, value: Value): string {
  const list = (lang === 'fr' ? FR : EN)[attribute];
  return list[pick % list.length](name, value);
}

/** The declared value of an attribute. */
export function declared(e: EntityFacts, attribute: Attribute): Value {
  switch (attribute) {
    case 'founded': return e.founded;
    case 'employees': return e.employees;
    case 'revenue': return e.revenueMillions;
    case 'ceo': return e.ceo;
    case 'headquarters': return e.headquarters;
    case 'founders': return e.founder;
  }
}

/** A value far enough from the declared one that no tolerance or rounding excuses it. */
export function wrong(e: EntityFacts, attribute: Attribute, other: EntityFacts): Value {
  switch (attribute) {
    case 'founded': return e.founded + 6;
    case 'employees': return e.employees + 1230;
    case 'revenue': return e.revenueMillions + 180;
    case 'ceo': return other.ceo === e.ceo ? `${e.ceo}-Durand` : other.ceo;
    case 'headquarters': return other.headquarters === e.headquarters ? (e.headquarters === 'Lyon' ? 'Nantes' : 'Lyon') : other.headquarters;
    case 'founders': return other.founder === e.founder ? `${e.founder}-Durand` : other.founder;
  }
}
