/** The coached languages' English names, without their packs (the page's panel imports only this). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French', de: 'German' };

/** "Spanish" for "es"; the code itself for a language without a name here. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
