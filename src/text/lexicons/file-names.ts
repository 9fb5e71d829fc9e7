/**
 * Files that projects name in capitals by convention ("the repo's NOTICE file", "see LICENSE.txt"). Only those
 * that are also ordinary words: the others are not ordinary words, so they never read as shouting anyway.
 */
export const CONVENTIONAL_FILE_NAMES = new Set([
  'NOTICE', 'LICENSE', 'LICENCE', 'AUTHORS', 'COPYING', 'INSTALL', 'SECURITY', 'HISTORY', 'CHANGES', 'THANKS', 'VERSION',
  'MAINTAINERS', 'CONTRIBUTING', 'CONTRIBUTORS', 'SUPPORT', 'CREDITS', 'PATENTS', 'UPGRADING',
]);
