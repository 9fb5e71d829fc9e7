import { testRule } from '../../testing/rule-tester.ts';
import rule from './sales-pitch.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi Sam, our platform helps companies like yours double their pipeline.', findings: [{ excerpt: 'our platform helps' }, { excerpt: 'companies like yours' }, { excerpt: 'double their pipeline' }] },
    { draft: 'Can I book a demo for Thursday?', findings: [{ excerpt: 'book a demo' }] },
    { draft: 'We are offering a free trial this month.', findings: [{ excerpt: 'free trial' }] },
    { draft: 'Get 20% off pilot orders this quarter.', findings: [{ excerpt: '20% off' }] },
    { draft: "I'd love to show you how we helped three other HR teams.", findings: [{ excerpt: "I'd love to show you how we" }] },
    { draft: 'Shall I send over our pricing?', findings: [{ excerpt: 'send over our pricing' }] },
    { draft: 'Our platform automates onboarding. We help HR teams cut costs by 30%.', findings: [{ excerpt: 'Our platform automates' }, { excerpt: 'We help HR teams' }, { excerpt: 'cut costs' }] },
  ],
  valid: [
    { text: 'Hi Tom, thanks for asking about pricing. Our pricing for 50 seats is attached, and I can set up a demo next week.', thread: { fromThem: 2, unansweredFromMe: 0 } },
    'Hi Julia, I have used Tidy, the budgeting app you built, for six months. Would you like my notes on onboarding?',
    'Hi Priya, I work on the partnerships team at HubSpot and I am putting together a panel for our agency community event.',
    'Hi Lee, how does your team decide what to build next? I am a PM at Canva and curious.',
    { text: 'Book a demo for Thursday?', thread: 'unknown' },
    "I don't want to sell you anything: I'd simply like to ask how you run user research.",
    'Hi Marco, I am a PM at Stripe, where we help businesses accept payments online. I loved your post on checkout UX.',
    'Our team helps hospitals reduce readmissions, and your paper on sepsis alerts shaped our approach. Could I ask how you validated it?',
  ],
});
