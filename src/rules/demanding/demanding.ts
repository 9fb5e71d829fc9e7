import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findAll, phrasePattern } from '../../text/patterns.ts';
import { insideAny } from '../../text/spans.ts';
import { imperativeSentences } from '../../signals/imperatives.ts';

// Commands addressed to the reader. Not "you must be looking for…" or "you must get a lot of messages" (presumptions).
const COMMANDS = phrasePattern([
  '(?<!(?:if|when|whenever|unless|what|all|anything|everything|as) )you (?:must|need to|have to|are required to)(?! be\\b| have (?:been|had|seen|heard|done|a\\b)| get\\b| know\\b| feel\\b| hear\\b| receive\\b| see\\b| find\\b| deal\\b| think\\b)',
  'I (?:need|want|expect|require|demand) you to', 'I insist (?:that|you)', 'make sure you',
]);

export default defineRule({
  meta: {
    id: 'demanding',
    severity: 'warning',
    category: 'tone',
    description: 'Flags dictating terms or commanding a stranger: “you must”, “I need you to”, and (in a cold message) bare orders like “Send me your email.”',
    why: 'Be clear on any requested action but do not demand or dictate terms: a request they can decline is one they are likelier to accept.',
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    for (const m of findAll(COMMANDS, ctx.matchText)) {
      if (insideAny(skipped, m)) continue;
      out.push({ message: `“${ctx.text.slice(m.start, m.end)}” dictates instead of asking.`, start: m.start, end: m.end, suggestion: 'Ask instead: “Could you…?” or “Would you be open to…?”' });
    }
    // A bare order is normal between people already talking ("Email me the contract when it's ready");
    // to a stranger it dictates. Explicit commands ("I expect you to") are flagged in any conversation.
    const bareOrdersCount = ctx.conversation === 'cold';
    for (const s of bareOrdersCount ? imperativeSentences(ctx) : []) {
      if (insideAny(out as { start: number; end: number }[], s)) continue;
      out.push({ message: `“${ctx.text.slice(s.start, s.end)}” is an order, not a request.`, start: s.start, end: s.end, suggestion: 'Turn it into a question: “Could you send me…?”' });
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});
