/** The language packs, by language. */
import type { Lang } from '../types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { LanguagePack } from './pack.js';

export type { LanguagePack, Phrase } from './pack.js';

export const PACKS: Record<Lang, LanguagePack> = { fr, en };
