import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findAll, phrasePattern } from '../../text/patterns.ts';

const PRESSURE = phrasePattern([
  '(?:did|have) you (?:see|read|get|receive|seen|read|gotten|received) my (?:last|previous|earlier|other|first) (?:message|note|email|mail|invite|request|inmail)s?',
  'following up (?:again|once more|yet again|for the (?:second|third|fourth|\\d+(?:st|nd|rd|th)) time)', "(?:I'm |I am |just )?bumping (?:this|my message|my note|it)(?: up)?(?: again)?",
  'bump(?:ing)? (?:this|my message) (?:up|again)', "why (?:haven't|have not|didn't|did not|won't|don't) you (?:replied|responded|answered|reply|respond|answer|get back)",
  "(?:I'm |I am )?still waiting", '(?:this is|it is|it\'s) my (?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|last) (?:message|attempt|try|time writing|note|follow-up)',
  "(?:I've|I have) (?:reached out|written|messaged you|written to you|messaged|emailed|pinged you|followed up) (?:twice|three times|several times|multiple times|many times|again and again|\\d+ times|a (?:couple|few|number) of times|more than once|repeatedly|over and over)",
  // "not sure my messages are getting through?", "did my last three messages get lost?", "Earth to Karim".
  'my (?:(?:last|previous|earlier|other|first|recent|\\d+|two|three|four|five) )*(?:messages?|notes?|emails?|inmails?) (?:are |were |is |was |have |has |did |might have |may have )?(?:getting|got|get|gone|going|been|go) (?:through|lost|buried)',
  'earth to \\p{L}+',
  "(?:still )?(?:haven't|have not) heard (?:back )?from you (?:yet )?(?:after|despite)", // "Hello?" said on its own, not "fancy a coffee to say hello?".
  '(?<=(?:^|[.!?,;:…\\n])\\s{0,3})hel+o+\\?(?=\\s|$)', 'hel+o+\\?\\?', 'anyone there\\?',
  'ignoring (?:me|my messages)', 'you (?:keep|kept) ignoring',
]);

export default defineRule({
  meta: {
    id: 'badgering',
    title: 'Badgering',
    severity: 'warning',
    category: 'tone',
    description: 'Flags follow-up pressure (“did you see my last message?”, “bumping this”) and a second follow-up with no reply.',
    why: 'Follow up if needed but do not badger: respect boundaries, accept that some people may not respond, and move on after a few tries.',
  },
  // The count of unanswered messages holds in every language; the phrases come from the draft's language pack.
  multilingual: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of ctx.pack ? [] : findAll(PRESSURE, ctx.matchText)) {
      out.push({
        message: `“${ctx.text.slice(m.start, m.end)}” puts pressure on them to answer.`,
        start: m.start,
        end: m.end,
        suggestion: 'If you follow up, add something new and make it easy to say no.',
      });
    }
    const unanswered = ctx.conversation === 'unknown' ? 0 : ctx.unansweredFromMe;
    if (unanswered >= 2) {
      out.unshift({
        message: `You have sent ${unanswered} messages since their last reply; this would be number ${unanswered + 1}.`,
        suggestion: unanswered >= 3 ? 'They have not answered several messages: it is time to move on.' : 'Wait for an answer, or let this one go.',
      });
    }
    return out;
  },
});
