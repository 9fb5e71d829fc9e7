/**
 * A copy of the text for pattern matching with the same length (so offsets stay valid):
 * curly quotes become straight ones and no-break spaces plain spaces.
 */
export function toMatchText(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u2032]/g, "'").replace(/[\u201C\u201D\u201E]/g, '"').replace(/[\u00A0\u202F]/g, ' ');
}

/** Lower case without diacritics, for comparing names ("Zoë" = "zoe", "Nguyễn" = "nguyen"). */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** Gives `replacement` the capitalization of `original` (all caps, first capital, or as is). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
