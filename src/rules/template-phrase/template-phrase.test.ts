import { testRule } from '../../testing/rule-tester.ts';
import rule from './template-phrase.ts';

testRule(rule, {
  invalid: [
    // Round 19: eagerness is the same networking for its own sake.
    { draft: "Greetings! I'm always eager to grow my network with forward-thinking leaders.", findings: [{ excerpt: "I'm always eager to grow my network" }] },
    { draft: 'Hi, I am excited to expand my professional network in fintech.', findings: [{ excerpt: 'I am excited to expand my professional network' }] },
    // Round 18: any praise word before "people" is still networking for its own sake.
    { draft: 'Hi Sarah, I noticed you viewed my profile. Always happy to connect with good people!', findings: [{ excerpt: 'Always happy to connect with good people' }] },
    { draft: 'ALWAYS OPEN TO NETWORK WITH DRIVEN PROFESSIONALS.', findings: [{ excerpt: 'ALWAYS OPEN TO NETWORK WITH DRIVEN PROFESSIONALS' }] },
    // Round 18: a clause after it that is networking again is no reason.
    { draft: 'Would love to have you in my network as I grow my connections.', findings: [{ excerpt: 'have you in my network' }] },
    { draft: 'Would love to have you in my network!', findings: [{ excerpt: 'have you in my network' }] },
    { draft: 'HAPPY TO HAVE YOU IN MY NETWORK, so we can stay connected.', findings: [{ excerpt: 'HAVE YOU IN MY NETWORK' }] },
    // Round 12: the stock opener with another verb of finding.
    { draft: 'My name is Derek. I saw your profile and noticed we have some common connections.', findings: [{ excerpt: 'I saw your profile' }] },
    { draft: 'Hi Ana. Just found your LinkedIn profile!', findings: [{ excerpt: 'Just found your LinkedIn profile' }] },
    // Round 10: the subject dropped after "and" or at a sentence's start.
    { draft: "I'm a junior at USC and came across your profile while researching consulting firms.", findings: [{ excerpt: 'came across your profile' }] },
    { draft: 'Hi Jo. Just came across your profile!', findings: [{ excerpt: 'Just came across your profile' }] },
    // Round 6 rewording: the same meaning said another way.
    { draft: "Hello! I'm building up my network in fintech and would love to connect.", findings: [{ excerpt: "I'm building up my network" }] },
    { draft: 'Always keen on linking up with folks who think like me about design.', findings: [{ excerpt: 'linking up with folks who think like me' }] },
    { draft: 'Your LinkedIn profile showed up in my search results.', findings: [{ excerpt: 'Your LinkedIn profile showed up' }] },
    // Round 6: the stock phrase with a stock place is still stock.
    { draft: 'I came across your profile on LinkedIn while browsing.', findings: [{ excerpt: 'I came across your profile' }] },
    { draft: "I'd like to connect with you on LinkedIn. I'm always looking to meet new people.", findings: [{ excerpt: "I'd like to connect with you on LinkedIn" }, { excerpt: 'meet new people' }] },
    // defaultInvitation, every era
    { draft: "I'd like to add you to my professional network on LinkedIn.", findings: [{ excerpt: "I'd like to add you to my professional network on LinkedIn" }] },
    { draft: "Hi Yusuf - I'd like to join your LinkedIn network.", findings: [{ excerpt: "I'd like to join your LinkedIn network" }] },
    { draft: 'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn.', findings: [{ excerpt: 'Since you are a person I trust' }, { excerpt: 'I wanted to invite you to join my network on LinkedIn' }] },
    { draft: "Because we are both members of the Product Ops Collective group on LinkedIn, I'd like to add you to my network.", findings: [{ excerpt: 'Because we are both members of the Product Ops Collective group on LinkedIn' }, { excerpt: "I'd like to add you to my network" }] },
    { draft: 'I WOULD LIKE TO CONNECT WITH YOU ON LINKEDIN', findings: [{ excerpt: 'I WOULD LIKE TO CONNECT WITH YOU ON LINKEDIN' }] },
    { draft: "I'd like to add you to my LinkedIn network.", findings: [{ excerpt: "I'd like to add you to my LinkedIn network" }] },
    // stockOpener
    { draft: 'Dear Valued Professional,\nWe are pleased to write.', findings: [{ excerpt: 'Dear Valued Professional' }] },
    { draft: 'We came across your resume and think you may be a match.', findings: [{ excerpt: 'We came across your resume' }] },
    { draft: 'Hi there, I came across your profile and thought you would be a great fit.', findings: [{ excerpt: 'I came across your profile' }] },
    { draft: 'Dear Sir/Madam,\n\nI am writing to apply.', findings: [{ excerpt: 'Dear Sir/Madam' }] },
    { draft: 'To whom it may concern; please find my CV.', findings: [{ excerpt: 'To whom it may concern' }] },
    { draft: 'Hello dear connection! Hope your week is going well.', findings: [{ excerpt: 'Hello dear connection' }] },
    // networkingForItsOwnSake, any wording
    { draft: 'I hope to connect and grow our networks together.', findings: [{ excerpt: 'and grow our networks' }] },
    { draft: 'Looking to expand my circle of professional contacts.', findings: [{ excerpt: 'Looking to expand my circle of professional contacts' }] },
    { draft: 'Meeting like-minded professionals gives me enormous joy.', findings: [{ excerpt: 'Meeting like-minded professionals' }] },
    { draft: "Hi, I'm expanding my network and would like to connect.", findings: [{ excerpt: "I'm expanding my network" }] },
    { draft: 'I am always looking to build my professional network.', findings: [{ excerpt: 'I am always looking to build my professional network' }] },
    { draft: 'Keen to grow my network with finance people across the Gulf!', findings: [{ excerpt: 'Keen to grow my network' }] },
    { draft: 'Always happy to connect with like-minded professionals.', findings: [{ excerpt: 'Always happy to connect with like-minded professionals' }] },
    { draft: "I'd love to connect with fellow marketers in your space.", findings: [{ excerpt: "I'd love to connect with fellow marketers" }] },
  ],
  valid: [
    // Round 18: the writer's reason said as a clause right after.
    'Fellow Trinity grad here. Would be great to have you in my network as I find my feet in wind energy.',
    "GLAD TO HAVE YOU IN MY NETWORK NOW THAT I'M BACK IN LISBON WORKING ON PORT LOGISTICS.",
    // A purpose of theirs after "have you in my network" is a reason, not a formula.
    'Your SaaStock talk on pricing pages was great. Would love to have you in my network so I can keep following your tests!',
    'Great to meet at the Ghent meetup. Happy to have you in my network to hear how your pilot goes.',
    // Round 12: where the profile was seen, or what it says, is said right after.
    'I saw your profile in the Warwick alumni directory and wanted to ask about your move into policy.',
    'I saw on your profile that you led the Kettering DC migration.',
    // Round 6 rewording: the same meaning said another way.
    'Your name came up in our team meeting last week.',
    "I'm building out my team in Austin and wanted to ask about your hiring process.",
    'I enjoy talking with people who think differently about pricing, like you did in your essay.',
    // Round 6 quiet: the way you came across them said right after.
    { text: 'I came across your profile when you replied to my post on data contracts - thanks for the comment!', thread: { fromThem: 1, unansweredFromMe: 0 } },
    "We came across your CV through your comment on Ana's hiring post.",
    'I stumbled upon your profile, after you spoke at the Leeds JS meetup.',
    // The stock words with the specific reason or community named right after.
    "I'd like to connect with you on LinkedIn since we met at the Leeds Rust meetup last night.",
    "I'd love to join your network of climate founders. How do I apply?",
    "I'm hoping to meet new people at the Lisbon meetup next week. Are you going?",
    'I came across your talk at KubeCon on multi-tenant clusters.',
    'Dear Ms. Patel, I saw your talk on staffing.',
    'Would be glad to connect and keep learning from your posts on Rust.',
    'Our network team is expanding into Berlin.',
    'I came across your write-up on pod disruption budgets.',
    'Dear Dr. Osei, thank you for your paper.',
    'I noticed we are both in the Mind the Product London group; your meetup recap was great.',
    'Your model for building a mentoring network for nurses is what I want to copy in Accra.',
    'We are expanding our network of clinics into Kenya and your paper on triage guided the plan.',
    'Thanks for connecting on LinkedIn after the panel, Bea.',
    'I would like to connect with engineers who have migrated off Oracle; your post on it was the best I found.',
    'Dear colleagues, the workshop slides are attached.',
    'Please accept my invitation.',
    'This group helped me grow my network in Berlin, and your post on meetups is why I joined.',
    'Dear Ms. Candide, thank you for the reply.',
    // Round 10: "and came across" something specific of theirs.
    'I read your thread on pricing and came across your talk at SaaStr on annual plans.',
  ],
});
