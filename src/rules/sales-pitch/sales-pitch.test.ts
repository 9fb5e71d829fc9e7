import { testRule } from '../../testing/rule-tester.ts';
import rule from './sales-pitch.ts';

const established = { fromThem: 2, unansweredFromMe: 0 };

testRule(rule, {
  invalid: [
    // valueProposition + claimedResults (two weak signs)
    { draft: "Hi Noor, we've helped freight brokers trim fuel costs by 12%. Open to a chat?", findings: [{ excerpt: "we've helped freight brokers" }, { excerpt: 'trim fuel costs by 12%' }] },
    { draft: 'Hi Sam, our platform helps companies like yours double their pipeline.', findings: [{ excerpt: 'our platform helps companies' }, { excerpt: 'double their pipeline' }] },
    { draft: 'We partner with mid-market lenders to cut loan processing time by 40%.', findings: [{ excerpt: 'We partner with mid-market lenders' }, { excerpt: 'cut loan processing time by 40%' }] },
    { draft: 'Our software lets clinics automate intake.', findings: [{ excerpt: 'Our software lets clinics' }] },
    { draft: 'Our clients typically see a 3x return within 6 months.', findings: [{ excerpt: 'Our clients typically see' }] },
    { draft: 'We specialise in helping SaaS startups scale outbound.', findings: [{ excerpt: 'We specialise in helping' }] },
    // offersServices, any wording and case
    { draft: 'I can take your bakery to the next level with my branding services!', findings: [{ excerpt: 'take your bakery to the next level' }, { excerpt: 'my branding services' }] },
    { draft: 'HELLO! I OFFER BOOKKEEPING FOR DENTAL PRACTICES IN OHIO.', findings: [{ excerpt: 'I OFFER BOOKKEEPING' }] },
    { draft: "Hi Ada; I'm a freelance video editor offering fast turnarounds for podcasts.", findings: [{ excerpt: "I'm a freelance video editor offering" }] },
    // promisedOutcome
    { draft: 'Our assistant will triple your booked meetings in a quarter.', findings: [{ excerpt: 'triple your booked meetings' }] },
    { draft: 'We save recruiting teams about 6 hours a week.', findings: [{ excerpt: 'We save recruiting teams about 6 hours a week' }] },
    { draft: 'Hey, fancy a call about your AWS spend? We can cut it in half in 60 days.', findings: [{ excerpt: 'We can cut it in half' }] },
    // callToBuy
    { draft: 'Do you have 20 minutes so I can show you how our scheduler works?', findings: [{ excerpt: 'show you how our' }] },
    { draft: 'Could I grab 15 minutes to show you how we onboard clinics?', findings: [{ excerpt: '15 minutes to show you how we' }] },
    { draft: 'Start a free trial - no card needed.', findings: [{ excerpt: 'free trial' }] },
    { draft: 'Would you be interested in a quick demo of our platform?', findings: [{ excerpt: 'demo of our' }] },
    { draft: 'want me to send over a proposal?', findings: [{ excerpt: 'send over a proposal' }] },
    { draft: 'This week only: 25 % off annual plans.', findings: [{ excerpt: '25 % off' }] },
    { draft: 'Would your ops team be open to piloting our routing software?', findings: [{ excerpt: 'piloting our routing software' }] },
    // incomeOffer
    { draft: 'Looking for a second income from home? Be your own boss in 90 days.', findings: [{ excerpt: 'second income' }, { excerpt: 'Be your own boss' }] },
    { draft: 'Looking for a side hustle? DM me.', findings: [{ excerpt: 'Looking for a side hustle' }] },
    { draft: 'Would you be open to making an extra $800/month from your phone?', findings: [{ excerpt: 'making an extra $800' }] },
    // a description of your company right after they accepted
    { draft: 'Thanks for connecting, Priya. We help dental clinics fill empty chairs.', findings: [{ excerpt: 'We help dental clinics' }] },
    // disclaiming a pitch does not hide the one that follows
    { draft: "I'm not trying to sell you anything, but our studio builds Shopify stores and our rates are 20% off in May.", findings: [{ excerpt: '20% off' }] },
  ],
  valid: [
    { text: 'Hi Tom, thanks for asking about pricing. Our pricing for 50 seats is attached, and I can set up a demo next week.', thread: established },
    { text: 'Book a demo for Thursday?', thread: 'unknown' },
    'Hi Julia, I have used Tidy, the budgeting app you built, for six months. Would you like my notes on onboarding?',
    'Hi Priya, I work on the partnerships team at HubSpot and I am putting together a panel for our agency community event.',
    'Hi Lee, how does your team decide what to build next? I am a PM at Canva and curious.',
    "I don't want to sell you anything: I'd simply like to ask how you run user research.",
    'Hi Marco, I am a PM at Stripe, where we help businesses accept payments online. I loved your post on checkout UX.',
    'Our team helps hospitals reduce readmissions, and your paper on sepsis alerts shaped our approach. Could I ask how you validated it?',
    'Happy to help. Is there anything I can help you with?',
    'At my last job I reduced churn by 20%; I would love to hear how your team measures retention.',
    'I lead the professional services team at Workday and admired your post on implementation timelines.',
    'Managers like you are why I stayed in tech, honestly. Thank you for the mentoring circle.',
    'I am preparing a proposal for our leadership team and would value your view on four-day weeks.',
    'We grew paid conversion by 18% last year on my team at Strava, which is why your onboarding piece resonated.',
    'At Acme we help retailers forecast demand; I personally reduced churn by 20%.',
    "I just finished your book 'Be Your Own Boss, Eventually' and the pricing chapter changed how I quote.",
    "I'm raising a seed round for my fintech. Could I send you my deck?",
    { text: 'Could someone show me a demo next week and share pricing for six hotels?', name: 'a buyer asking for a demo' },
  ],
});
