import { testRule } from '../../testing/rule-tester.ts';
import rule from './nickname.ts';

testRule(rule, {
  invalid: [
    // A clipped end is a short form too: "Seun" for Oluwaseun, "Tina" for Christina.
    { draft: { text: 'Hi Seun, I enjoyed your talk on the NHIS reforms.', recipient: { name: 'Oluwaseun Adeyemi' } }, findings: [{ excerpt: 'Seun', output: 'Hi Oluwaseun, I enjoyed your talk on the NHIS reforms.' }] },
    { draft: { text: 'Hi Bayo - thanks for the intro!', recipient: { name: 'Adebayo Ogunleye' } }, findings: [{ excerpt: 'Bayo', output: 'Hi Adebayo - thanks for the intro!' }] },
    { draft: { text: 'Dear Tina — congratulations on the award.', recipient: { name: 'Christina Wolf' } }, findings: [{ excerpt: 'Tina', output: 'Dear Christina — congratulations on the award.' }] },
    // Round 14: a short form after an opening thanks or congratulations addresses the reader too.
    { draft: { text: 'Thanks Kathy, that works for me. See you at the workshop.', recipient: { name: 'Katherine Moore' } }, findings: [{ excerpt: 'Kathy', output: 'Thanks Katherine, that works for me. See you at the workshop.' }] },
    { draft: { text: 'CONGRATS BOB! Well deserved.', recipient: { name: 'Robert Lang' } }, findings: [{ excerpt: 'BOB', output: 'CONGRATS Robert! Well deserved.' }] },
    { draft: { text: 'Thank you so much Mike , the notes were great.', recipient: { name: 'Michael Chen' } }, findings: [{ excerpt: 'Mike', output: 'Thank you so much Michael , the notes were great.' }] },
    // French and German hyphenated given names are one name: one element or the initials are a short form.
    { draft: { text: 'Hallo HP, Glückwunsch zur Werkleitung in Ehingen!', recipient: { name: 'Hans-Peter Zimmermann' } }, findings: [{ excerpt: 'HP', output: 'Hallo Hans-Peter, Glückwunsch zur Werkleitung in Ehingen!' }] },
    { draft: { text: 'Bonjour Jean, merci pour votre intervention à VivaTech.', recipient: { name: 'Jean-Baptiste Morel' } }, findings: [{ excerpt: 'Jean', output: 'Bonjour Jean-Baptiste, merci pour votre intervention à VivaTech.' }] },
    { draft: 'Hey buddy ! Long time no see.', findings: [{ excerpt: 'buddy' }] },
    { draft: 'Cheers mate, that dashboard is brilliant.', findings: [{ excerpt: 'mate' }] },
    { draft: 'hey bro, saw your post.', findings: [{ excerpt: 'bro' }] },
    // Round 6: no comma after the address, and a verb of what the writer saw or liked follows.
    { draft: 'hey bro saw ur post on the rust rewrite', findings: [{ excerpt: 'bro' }] },
    { draft: 'Hi buddy loved the demo, lets connect', findings: [{ excerpt: 'buddy' }] },
    { draft: 'Yo mate noticed you moved to Leeds!', findings: [{ excerpt: 'mate' }] },
    { draft: { text: 'Hi Mike, I enjoyed your talk.', recipient: { name: 'Michael Chen' } }, findings: [{ excerpt: 'Mike', output: 'Hi Michael, I enjoyed your talk.' }] },
    { draft: { text: 'Hi Bob, thanks for the notes.', recipient: { name: 'Robert Alvarez' }, thread: { fromThem: 3, unansweredFromMe: 0 } }, findings: [{ excerpt: 'Bob', output: 'Hi Robert, thanks for the notes.' }] },
    { draft: { text: 'Hi Liz, I loved your talk at Config.', recipient: { name: 'Elizabeth Turner' } }, findings: [{ excerpt: 'Liz', output: 'Hi Elizabeth, I loved your talk at Config.' }] },
    { draft: "thx for the intro buddy!! talk soon", findings: [{ excerpt: "buddy" }] },
    { draft: "Thanks, my friend. I owe you one.", findings: [{ excerpt: "my friend" }] },
    { draft: "Hello dear friend, I hope you are well.", findings: [{ excerpt: "dear friend" }] },
    { draft: "Great catching up, bro.", findings: [{ excerpt: "bro" }] },
    { draft: "Appreciate it, pal!", findings: [{ excerpt: "pal" }] },
    { draft: "You're a legend, champ", findings: [{ excerpt: "champ" }] },
    { draft: "My friend, I have a proposal for you.", findings: [{ excerpt: "My friend" }] },
    { draft: "Good to hear from you, brother!", findings: [{ excerpt: "brother" }] },
    // Round 12: "mate" closing a question with no comma before it, and "girl" as a form of address.
    { draft: 'hiya, got any apprenticeships going mate?', findings: [{ excerpt: 'mate' }] },
    { draft: 'Any openings on the site crew mate.', findings: [{ excerpt: 'mate' }] },
    { draft: 'Hey girl! Want to hear about my new business?', findings: [{ excerpt: 'girl' }] },
    { draft: 'Thanks, girlie, talk soon.', findings: [{ excerpt: 'girlie' }] },
  ],
  valid: [
    // Round 14: their own name, or a group, after an opening thanks.
    { text: 'Thanks Katherine, that works for me.', recipient: { name: 'Katherine Moore' } },
    { text: 'Thanks all, see you at the workshop.', recipient: { name: 'Katherine Moore' } },
    { text: 'Congrats again Robert! Well deserved.', recipient: { name: 'Robert Lang' } },
    // "mate" as the second word of a compound, and "girl" as a person talked about, are not address.
    'I moved in with my flat mate.',
    'He was her running mate, in 2008.',
    'Thanks for mentoring the girl from our robotics club.',
    'My daughter is a Girl Scout leader.',
    { text: 'Hallo Hans-Peter, Glückwunsch zur Werkleitung in Ehingen!', recipient: { name: 'Hans-Peter Zimmermann' } },
    { text: 'Hi Mary, congrats on the new role at Stripe!', recipient: { name: 'Mary-Kate Olsen' } },
    'Your team at Deloitte runs a buddy program for new hires.',
    'Hey, my mate saw your post and sent it to me.',
    { text: 'Hi Mike, I enjoyed your talk at QCon.', recipient: { name: 'Mike Chen' } },
    'Hi Mike, I enjoyed your talk.',
    'I will ask my boss about the budget.',
    { text: 'Hi Christopher, congrats on Datadog!', recipient: { name: 'Christopher Howard' } },
    'My mate from university recommended your course.',
    "I asked my friend Omar about the role.",
    "Our buddy program pairs new hires with a mentor.",
    "My boss suggested I reach out.",
    "He has been a good pal since university.",
    "I went to the gym with my buddy.",
    "Sam, a friend from Delft, suggested I write.",
    "Her brother works at ASML too.",
    "We share a dear friend in Lisbon, Marta Reis.",
  ],
});
