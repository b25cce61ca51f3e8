/**
 * The short words that make up a third of any French or English text:
 * frequent enough that a paragraph holds dozens, distinctive enough that a
 * few tell the language. Words common to French and English (`on`, `a`,
 * `but`, `plus`) are left out. German, Spanish and Italian lists let a text
 * in another language come back as unknown rather than as the nearer of
 * French and English; a word they share with French (`de`, `la`, `que`)
 * counts for each language that has it.
 */
import type { Lang } from '../types.js';

export type Tongue = Lang | 'de' | 'es' | 'it';

const WORDS: Record<Tongue, string> = {
  fr: `le la les l' des du de d' et est une un dans pour que qu' qui sur au aux par pas ne n' il elle nous
    vous ils elles avec ce cette ces cet c' son sa ses leur leurs été sont être mais ou où à se s' y selon
    depuis déjà comme aussi très tout tous toute entre sans sous chez après avant ont avait était dont lui
    même quand donc encore moins j' m' lors alors cela ainsi fait peut ans`,
  en: `the of and to in is was for that with as by it at from are be has have had this an which its were
    been their they he she his her we will would not or after about who more than said when there into
    also can could our all new up out over these those what being did does just only other some such since`,
  de: `der die das und ist nicht mit von den dem ein eine einen auf für sich im zu auch es wird wurde sind
    bei nach aus oder wie noch nur am zum zur über in an`,
  es: `el los las del y es por con para una su al lo como más pero sus fue ha este esta entre cuando muy
    sin sobre también hasta desde nos durante de la que un en se no`,
  it: `il di che è per non una gli della del delle dei nel alla sono anche come più ma ha questo questa
    degli nella dal dalla tra la un in si da`,
};

/** Each word to the languages whose list holds it. */
export const STOP_WORDS: ReadonlyMap<string, readonly Tongue[]> = (() => {
  const owners = new Map<string, Tongue[]>();
  for (const [tongue, list] of Object.entries(WORDS) as [Tongue, string][]) {
    for (const word of list.split(/\s+/).filter(Boolean)) {
      const tongues = owners.get(word) ?? [];
      if (!tongues.includes(tongue)) tongues.push(tongue);
      owners.set(word, tongues);
    }
  }
  // French or English, never both: such a word tells nothing.
  for (const [word, tongues] of owners) if (tongues.includes('fr') && tongues.includes('en')) owners.delete(word);
  return owners;
})();
