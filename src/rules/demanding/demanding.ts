import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findInParagraphs, matchesRemembered } from '../../text/paragraphs.ts';
import { insideAny, type Span } from '../../text/spans.ts';
import { imperativeSentences, sentenceBody } from '../../signals/imperatives.ts';
import { EXPLICIT_COMMAND, NEGATIVE_ORDER } from './families.ts';

export default defineRule({
  meta: {
    id: 'demanding',
    title: 'Demanding',
    severity: 'warning',
    category: 'tone',
    description: 'Flags dictating terms or commanding: “you must”, “I need you to”, negative orders (“Don’t message me again.”) and, to a stranger, bare orders like “Send me your email.”',
    why: 'Be clear on any requested action but do not demand or dictate terms: a request they can decline is one they are likelier to accept.',
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const taken: Span[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    const add = (span: Span, message: string, suggestion: string) => {
      if (insideAny(skipped, span) || insideAny(taken, span)) return;
      taken.push(span);
      out.push({ message, start: span.start, end: span.end, suggestion });
    };
    for (const m of findInParagraphs(EXPLICIT_COMMAND, ctx.matchText)) {
      add(m, `“${ctx.text.slice(m.start, m.end)}” dictates instead of asking.`, 'Ask instead: “Could you…?” or “Would you be open to…?”');
    }
    // Negative orders ("Don't message me again.") dictate in any conversation, a reply included.
    for (const s of ctx.sentences()) {
      const body = sentenceBody(ctx, s);
      if (!matchesRemembered(NEGATIVE_ORDER, body.text) || /\bplease\b/i.test(s.text)) continue;
      add(body, `“${body.text.trim()}” is an order.`, 'Say what you want instead, politely: “I’d rather not receive more messages about this, thank you.”');
    }
    // A bare order is normal between people already talking ("Email me the contract when it's ready");
    // to a stranger it dictates.
    if (ctx.conversation === 'cold') {
      for (const s of imperativeSentences(ctx)) {
        add(s, `“${s.text.trim()}” is an order, not a request.`, 'Turn it into a question: “Could you send me…?”');
      }
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});
