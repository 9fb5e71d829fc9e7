/** The corpus README's "soft" rules: listed only where they clearly apply, never counted as false positives. */
export const SOFT_RULES: ReadonlySet<string> = new Set([
  'long-sentence', 'wall-of-text', 'capitalization', 'punctuation-spacing', 'negative-tone', 'assumption', 'overly-formal',
  // languages.md §10: the info-level judgment rule of the forms of address.
  'informal-address',
]);
