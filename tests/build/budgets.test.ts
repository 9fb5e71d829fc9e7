import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Size budgets of the built extension (minified bytes). A bundle that grows past its budget fails
// here; lower a budget when a bundle shrinks. The content script's goal is 50 KB (see the README).
const BUDGETS = {
  // 88 → 90 KB: the sidebar's port, waking the worker and keeping it up, the invitation's card, the account in the navigation.
  // 90 → 92 KB: the keyboard shortcut's pause message (one zod-validated tab message and its listener).
  'chrome-mv3/content-scripts/linkedin.js': 92_000,
  // 450 → 500 KB: the rules as families of meaning (sales-pitch, no-context, job-ask, … 31 KB of words by meaning), the
  // profanity and placeholder lexicons and the ordinary-word test for shouting; the sidebar's tab memory and menu add 2 KB.
  // 500 → 540 KB: the second round of families (wider slot lexicons for sales-pitch, job-ask, no-context,
  // negative-tone's weighted families); compacting those lexicons is a known follow-up.
  // 540 → 550 KB: the accuracy round (context said in unusual words, pitches, job asks and angry replies in new wordings: 8 KB of patterns).
  // 550 → 900 KB: four language packs (Spanish, Portuguese, French, German: each ~70 KB of phrase families, names,
  // ordinary words; data compiled on first use, so the worker's start does not grow with them: the bench's cold
  // keystroke stays +24 ms over a warm one at 863 KB). Splitting packs into chunks loaded on demand needs dynamic
  // import, which an MV3 service worker does not allow.
  // 900 → 950 KB: the fourth accuracy round (each language's context families by structure, pitches, job asks,
  // favours and angry replies in new shapes: ~45 KB of patterns over five languages) and no-context's backstop
  // (signals/specific-mention.ts and each pack's mention words). Compacting the packs' patterns is a known follow-up.
  // 950 → 1 000 KB: the fifth round (reasons without a proper name in five languages, recall families in English:
  // 32 KB built). The words compile on first use, so the worker's start does not grow with them (see the bench's cold keystroke).
  // 1 000 → 1 050 KB: rounds 6 and 7 (ordinary replies and cold first messages in five languages, rewording: 43 KB
  // built, 1 007 KB now). Compacting the packs' patterns remains the follow-up that would win this back.
  // 1 050 → 1 100 KB: rounds 9 to 13 (near misses, then drafts from real pages in five languages; the third no-context
  // backstop and its per-language cues: 45 KB built, 1 052 KB now). The bench's cold keystroke stays +46 ms over a warm one.
  // 1 100 → 1 150 KB: rounds 17 to 22 (drafts from the first collection's pages and clean stress rounds, in English and German:
  // families found by meaning, 41 KB built, 1 100 KB now) and the check that skips text with no letter. Compacting the
  // packs' patterns remains the follow-up that would win this back.
  // 1 150 → 1 200 KB: rounds 23 to 28 (about 1 600 clean drafts in five languages written for tune, each wrongly flagged
  // family generalised: dealings under way, a customer's or buyer's tie, a matter between two firms, in English and in each
  // pack; 68 KB built, 1 168 KB now). The cold keystroke is measured by the bench; compacting the packs' patterns remains
  // the follow-up that would win this back.
  'chrome-mv3/background.js': 1_200_000,
};
// 250 → 265 KB for the same reasons as the background's budget (the engine's words compress to about half).
// 265 → 285 KB: the welcome page (its chunk, three inline pictures) and the shortcuts.
// 285 → 292 KB: the accuracy round's patterns (as the background's budget).
// 292 → 420 KB: the four language packs (patterns compress less well than prose: ~30 KB each).
// 420 → 440 KB: the fourth accuracy round (as the background's budget).
// 440 → 460 KB: rounds 6 and 7 (as the background's budget; 446 KB then).
// 460 → 480 KB: rounds 9 to 13 (as the background's budget; 462 KB now).
// 480 → 500 KB: rounds 17 to 22 (as the background's budget; 476 KB now).
// 500 → 520 KB: rounds 23 to 28 (as the background's budget; 497 KB now).
const CHROME_ZIP_BUDGET = 520_000;
const OUTPUT = join(import.meta.dirname, '../../.output');

it.each(Object.entries(BUDGETS))('%s stays within its budget', (file, budget) => {
  expect(statSync(join(OUTPUT, file)).size).toBeLessThanOrEqual(budget);
});

it('the extension pages’ shared chunk stays small', () => {
  const chunks = readdirSync(join(OUTPUT, 'chrome-mv3/chunks')).map((f) => statSync(join(OUTPUT, 'chrome-mv3/chunks', f)).size);
  expect(Math.max(...chunks)).toBeLessThanOrEqual(80_000);
});

it('the Chrome zip stays within its budget', () => {
  const zip = readdirSync(OUTPUT).find((f) => f.endsWith('-chrome.zip'));
  expect(zip, 'npm test builds the zips first (npm run zip)').toBeDefined();
  expect(statSync(join(OUTPUT, zip!)).size).toBeLessThanOrEqual(CHROME_ZIP_BUDGET);
});
