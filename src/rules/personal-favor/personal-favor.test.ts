import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-favor.ts';

testRule(rule, {
  invalid: [
    // money
    { draft: 'I need a loan of $300 to pay my tuition.', findings: [{ excerpt: 'need a loan' }] },
    { draft: "I'm raising €2,000 for my bootcamp fees. Would you chip in?", findings: [{ excerpt: 'raising €2,000 for my' }, { excerpt: 'chip in' }] },
    // votesAndLikes
    { draft: 'Could you please vote for us and share the post with your network?', findings: [{ excerpt: 'vote for us' }, { excerpt: 'and share the post' }] },
    { draft: 'Please check out and like my page!', findings: [{ excerpt: 'Please check out and like my page' }] },
    { draft: 'hey, mind giving my channel a follow? pls subscribe to my youtube channel', findings: [{ excerpt: 'pls subscribe to my youtube channel' }] },
    // endorsements
    { draft: 'Could you endorse me for Python?', findings: [{ excerpt: 'endorse me' }] },
    // reviewsAndRecommendations, in several wordings
    { draft: 'Could you write me a LinkedIn recommendation?', findings: [{ excerpt: 'write me a LinkedIn recommendation' }] },
    { draft: 'Would you leave me a quick rating on Google?', findings: [{ excerpt: 'leave me a quick rating' }] },
    { draft: 'I would love a brief recommendation of my work; could you write one?', findings: [{ excerpt: 'a brief recommendation of my work' }] },
    { draft: 'CAN YOU GIVE A SHORT TESTIMONIAL FOR MY COACHING PAGE', findings: [{ excerpt: 'CAN YOU GIVE A SHORT TESTIMONIAL' }] },
    { draft: 'Could you review our app on the Play Store?', findings: [{ excerpt: 'Could you review our app' }] },
    // introductionFromStranger
    { draft: 'Hi Patrick, can you introduce me to your CEO?', findings: [{ excerpt: 'introduce me to your CEO' }] },
    { draft: 'If you are not the right person, could you forward me to someone more appropriate?', findings: [{ excerpt: 'forward me to someone more appropriate' }] },
    { draft: 'Could you pass my CV to your manager?', findings: [{ excerpt: 'pass my CV to your manager' }] },
    { draft: "I see you know their CTO. Could you introduce me? I'd like to show him our tool.", findings: [{ excerpt: 'introduce me' }] },
    { draft: 'If payroll is not yours, could you point me to the right person on your team?', findings: [{ excerpt: 'point me to the right person' }] },
    { draft: { text: 'So glad it landed! Would you mind leaving me a short recommendation on LinkedIn?', thread: { fromThem: 4, unansweredFromMe: 0 } }, findings: [{ excerpt: 'leaving me a short recommendation' }] },
    { draft: 'Just endorsed you for SQL! Would you mind endorsing me for dashboards?', findings: [{ excerpt: 'endorsing me' }] },
    { draft: 'Gave you five endorsements, please return the favour :)', findings: [{ excerpt: 'please return the favour' }] },
    { draft: 'pls check my page and follow, price list on request', findings: [{ excerpt: 'check my page and follow' }] },
    { draft: 'Could you donate even 20 zł to my charity run?', findings: [{ excerpt: 'Could you donate' }] },
    { draft: 'Would you be willing to write a few lines about my work for my profile?', findings: [{ excerpt: 'write a few lines about my work' }] },
    { draft: 'Could you vouch for me on LinkedIn?', findings: [{ excerpt: 'vouch for me' }] },
    { draft: 'A quick 5-star review on Trustpilot would mean the world.', findings: [{ excerpt: '5-star review' }] },
    { draft: 'Would you mind sharing my post with your followers?', findings: [{ excerpt: 'sharing my post with your followers' }] },
    { draft: 'Do you know anyone at Stripe you could introduce me to?', findings: [{ excerpt: 'introduce me to' }] },
    { draft: { text: 'You owe me one, so I expect you to introduce me to your VP of Sales.', thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: [{ excerpt: 'introduce me to your VP' }] },
  ],
  valid: [
    'Would you be open to a short call? I would value your advice on moving into product.',
    { text: 'Since Lena runs the design systems team, would you be comfortable introducing me to her? I would like to ask about accessibility reviews.', thread: { fromThem: 4, unansweredFromMe: 0 } },
    { text: 'Could you put me in touch with your data lead? We are scoping the pilot we discussed.', thread: { fromThem: 3, unansweredFromMe: 0 } },
    'Thanks for the thoughtful comment on my post about mentoring.',
    'Thanks for sharing your research so openly!',
    'My team is hiring and I would be glad to refer you.',
    { text: 'Could you introduce me to Sam on your team?', thread: 'unknown' },
    'Do you have any recommendations for courses on causal inference?',
    'I read the reviews of your book and bought it; chapter 3 changed my onboarding plan.',
    'Would you share your view on the rating models in your paper?',
    'I gave a talk on code review last week; the recording is on our page.',
    'Feel free to follow my progress on the migration; I post updates monthly.',
    'I left you a 5-star review on Clutch last week; thanks for the great work.',
    'Could you give me feedback on my resume before I apply?',
  ],
});
