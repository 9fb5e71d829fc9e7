import type { ComposeBox } from './platform-adapter.ts';
import * as S from './selectors.ts';

/**
 * The account for a note's limit, in the order of the settings contract: the page's own limit
 * (maxlength, "0/300" counter), then the user's choice when not `auto`, then what the page says of
 * the account (a Premium upsell or a Premium badge in the navigation). Undefined: the engine's
 * default (free).
 */
export function noteAccount(box: ComposeBox, doc: Document, chosen: 'auto' | 'free' | 'premium'): 'free' | 'premium' | undefined {
  return pageNoteLimit(box) ?? (chosen !== 'auto' ? chosen : accountShownByPage(doc));
}

/** Premium members see a Premium badge (or an app that comes with Premium); free accounts an upsell to Premium. */
export function accountShownByPage(doc: Document): 'free' | 'premium' | undefined {
  if (doc.querySelector(S.premiumBadge)) return 'premium';
  if (doc.querySelector(S.premiumUpsell)) return 'free';
  return undefined;
}

function pageNoteLimit(box: ComposeBox): 'free' | 'premium' | undefined {
  const max = (box.editor as HTMLTextAreaElement).maxLength;
  if (max === 200) return 'free';
  if (max === 300) return 'premium';
  const counter = S.noteCounter.exec(box.scope.textContent ?? '');
  if (counter) return counter[1] === '300' ? 'premium' : 'free';
  return undefined;
}
