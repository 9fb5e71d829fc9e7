import { pack as de } from './de/index.ts';
import { pack as es } from './es/index.ts';
import { pack as fr } from './fr/index.ts';
import { pack as pt } from './pt/index.ts';
import type { LanguagePack } from './types.ts';

export type { CoachedLanguage, LanguagePack } from './types.ts';

/** The packs of the languages coached besides English (English's words live in its rules). */
export const PACKS: Readonly<Record<string, LanguagePack>> = { es, pt, fr, de };

/** The pack for a detected language; null for English and for languages that are not coached. */
export function packOf(language: string): LanguagePack | null {
  return PACKS[language] ?? null;
}

export { languageName } from './names.ts';
