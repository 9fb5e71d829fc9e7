import type { RuleContext } from '../engine/context.ts';
import type { AddressCues } from '../languages/types.ts';
import { findAll, matches, phrasePattern, type Match, type PhrasePattern } from '../text/patterns.ts';
import { insideAny, typographicQuotedSpans } from '../text/spans.ts';
import { lazyPer } from '../engine/lazy.ts';

/**
 * Forms of address (languages.md §6): where the draft addresses the reader formally (Sie, vous, usted)
 * and where familiarly (du, tu, tú), outside quotes. Computed once per draft from the language's cues.
 */
export interface AddressMarkers {
  formal: readonly Match[];
  familiar: readonly Match[];
  /** The draft talks about the form of address itself ("¿nos tuteamos?", "ich biete Ihnen das Du an"). */
  metaTalk: boolean;
}

interface CompiledCues {
  formal: PhrasePattern | null;
  familiar: PhrasePattern | null;
  metaTalk: PhrasePattern | null;
}
const compiledOf = lazyPer((cues: AddressCues): CompiledCues => {
  const flags = cues.caseSensitive ? 'gu' : 'giu';
  const pattern = (fragments: readonly string[], f = flags) => (fragments.length > 0 ? phrasePattern(fragments, f) : null);
  return { formal: pattern(cues.formal), familiar: pattern(cues.familiar), metaTalk: pattern(cues.metaTalk, 'giu') };
});

export function addressMarkers(ctx: RuleContext): AddressMarkers | null {
  const cues = ctx.pack?.address;
  if (!cues) return null;
  return ctx.memo('addressMarkers', () => {
    const { formal, familiar, metaTalk } = compiledOf(cues);
    // A quoted slogan or title addresses nobody: „Wir fahren für dich.“ in a Sie draft is no switch.
    const skipped = [...ctx.nonProse(), ...ctx.quoted(), ...typographicQuotedSpans(ctx.text)];
    const outside = (pattern: PhrasePattern | null) => (pattern ? findAll(pattern, ctx.matchText).filter((m) => !insideAny(skipped, m)) : []);
    return { formal: outside(formal), familiar: outside(familiar), metaTalk: metaTalk !== null && matches(metaTalk, ctx.matchText) };
  });
}

/** The recipient's headline, company and name, for telling a formal sector from a du/tu culture. */
export function recipientDescription(ctx: RuleContext): string {
  const r = ctx.recipient;
  return [r?.headline, r?.company, r?.name].filter(Boolean).join(' \n ');
}
