import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-favor.ts';

testRule(rule, {
  invalid: [
    // Round 18: a CV passed on "also"; a donation or a share asked for as a noun, by its stakes.
    { draft: 'I need a job. Please also forward my CV to your hiring managers.', findings: [{ excerpt: 'Please also forward my CV to your hiring' }] },
    { draft: 'COULD YOU JUST PASS MY RESUME TO HR?', findings: [{ excerpt: 'YOU JUST PASS MY RESUME TO HR' }] },
    { draft: 'Any donation, even £5, would mean the world: justgiving.com/run.', findings: [{ excerpt: 'Any donation, even £5, would mean' }] },
    { draft: 'EVEN A SMALL DONATION WOULD HELP US.', findings: [{ excerpt: 'EVEN A SMALL DONATION WOULD HELP' }] },
    { draft: 'And a share on your feed would help too!', findings: [{ excerpt: 'a share on your feed would help' }] },
    // Round 17: an introduction asked for as a noun or with "us"; a testimonial asked for as a letter.
    { draft: 'We are raising our pre-seed. Would you be willing to make an introduction?', findings: [{ excerpt: 'you be willing to make an introduction' }] },
    { draft: 'Any chance of a warm intro to Jen at Altitude?', findings: [{ excerpt: 'Any chance of a warm intro' }] },
    { draft: 'COULD YOU MAKE US AN INTRO?', findings: [{ excerpt: 'COULD YOU MAKE US AN INTRO' }] },
    { draft: 'I saw you know their CFO. Would you mind introducing us?', findings: [{ excerpt: 'introducing us' }] },
    { draft: { text: 'I attached letters from other clients. Would you write something similar for me?', thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: [{ excerpt: 'Would you write something similar for me' }] },
    { draft: 'Could you put a short note on your letterhead for me?', findings: [{ excerpt: 'put a short note on your letterhead' }] },
    // An indefinite pronoun placed somewhere of theirs is still someone to be introduced to.
    { draft: 'Could you introduce me to anyone on your sales team?', findings: [{ excerpt: 'introduce me to anyone' }] },
    { draft: 'CAN YOU CONNECT ME WITH SOMEONE IN PROCUREMENT?', findings: [{ excerpt: 'CONNECT ME WITH SOMEONE' }] },
    // Round 14: a pass-me-on pointer to anyone named by what they do stays flagged, whatever the pronoun.
    { draft: 'Could you give me a pointer to anyone who handles partnerships?', findings: [{ excerpt: 'a pointer to anyone who handles' }] },
    { draft: "I'D APPRECIATE A STEER TOWARDS SOMEBODY THAT RUNS PROCUREMENT.", findings: [{ excerpt: 'A STEER TOWARDS SOMEBODY THAT RUNS' }] },
    { draft: 'Could you introduce me to anybody who leads sales at your company?', findings: [{ excerpt: 'introduce me to anybody who leads' }] },
    // A pronoun pointing back at the person just named stays a pass-me-on.
    { draft: 'I see you know Adaeze Obi, the COO of Flutterwave. Could you put me in touch with her?', findings: [{ excerpt: 'put me in touch with her' }] },
    // Round 12: a stranger asked for their contacts as clients ("do you know anyone looking to sell?", "any referrals").
    { draft: 'Do you know someone who is thinking of selling their house? Happy to help.', findings: [{ excerpt: 'know someone who is thinking of selling' }] },
    { draft: "I'D REALLY APPRECIATE ANY REFERRALS!", findings: [{ excerpt: 'APPRECIATE ANY REFERRALS' }] },
    { draft: 'If you hear of anyone, please send any referrals my way.', findings: [{ excerpt: 'send any referrals my way' }] },
    // Round 11: a donation called a gift or a pledge, in any case.
    { draft: 'Hi Robert, would you consider a gift of $250 toward our new shelter beds?', findings: [{ excerpt: 'consider a gift of $250' }] },
    { draft: 'COULD YOU MAKE A MONTHLY PLEDGE OF 20 EUROS?', findings: [{ excerpt: 'MAKE A MONTHLY PLEDGE OF 20' }] },
    { draft: 'Would you consider making a year-end gift to our shelter?', findings: [{ excerpt: 'making a year-end gift to our' }] },
    // Round 10: "intro" as a verb, people of theirs named in the plural by their seat, and their person's name or address asked for.
    { draft: 'Could you intro me to the partners at your fund?', findings: [{ excerpt: 'intro me to the partners' }] },
    { draft: 'Can you INTRO ME TO YOUR INVESTORS?', findings: [{ excerpt: 'INTRO ME TO YOUR INVESTORS' }] },
    { draft: 'Please send me the name of whoever runs procurement at Halden.', findings: [{ excerpt: 'send me the name of whoever runs' }] },
    { draft: 'could you give me the email address for the head of partnerships at your company?', findings: [{ excerpt: 'give me the email address for the head of partnerships' }] },
    // Round 9: thanks said in advance is still the ask.
    { draft: 'Thanks in advance for introducing me to your CEO.', findings: [{ excerpt: 'introducing me to your CEO' }] },
    // Round 7: appeals in other words.
    { draft: 'Every dollar counts. Please consider donating $25 today!', findings: [{ excerpt: 'consider donating' }] },
    { draft: 'DONATE HERE: give.org/hope', findings: [{ excerpt: 'DONATE HERE' }] },
    { draft: 'We are looking for sponsors. Would your company be interested in supporting our cause?', findings: [{ excerpt: 'interested in supporting our cause' }] },
    // Revision 2: a stranger asked to pass your CV to the people who hire is passed-you-on ("pass my CV to your manager").
    { draft: 'Could you refer me or pass my CV to the hiring team?', findings: [{ excerpt: 'you refer me or pass my CV to the hiring team' }] },
    { draft: 'Could you pass my CV along to the person who does the hiring for your data team?', findings: [{ excerpt: 'you pass my CV along to the person who does the hiring' }] },
    { draft: 'Could you pass my resume to the hiring manager?', findings: [{ excerpt: 'you pass my resume to the hiring manager' }] },
    { draft: 'Would you mind forwarding my profile to the TCS recruitment team', findings: [{ excerpt: 'you mind forwarding my profile to the TCS recruitment' }] },
    { draft: 'Kindly send my CV on to HR.', findings: [{ excerpt: 'Kindly send my CV on to HR' }] },
    { draft: 'PLEASE PUT MY APPLICATION IN FRONT OF WHOEVER DOES HIRING!', findings: [{ excerpt: 'PLEASE PUT MY APPLICATION IN FRONT OF WHOEVER DOES HIRING' }] },
    { draft: 'Hi Ana; could u pass my portfolio to your talent acquisition team?', findings: [{ excerpt: 'u pass my portfolio to your talent acquisition team' }] },
    // Round 6 rewording: the same meaning said another way.
    { draft: 'Would you mind writing a short testimonial for the site?', findings: [{ excerpt: 'Would you mind writing a short testimonial' }] },
    { draft: 'Could you draft a quick recommendation about my time on the data team?', findings: [{ excerpt: 'draft a quick recommendation about my' }] },
    { draft: 'Could you connect me with the person who handles vendor onboarding at your company?', findings: [{ excerpt: 'connect me with the person who handles' }] },
    { draft: 'Could you forward my portfolio to the creative director at your agency?', findings: [{ excerpt: 'forward my portfolio to the creative director' }] },
    { draft: { text: 'Could you send me a quick testimonial we can use on the case study page?', thread: { fromThem: 3, unansweredFromMe: 0 } }, findings: [{ excerpt: 'send me a quick testimonial' }] },
    // Round 6: a reference asked of a stranger is still a favour.
    { draft: 'Hi Dr. Lee, would you write me a reference letter for my MBA application?', findings: [{ excerpt: 'write me a reference letter' }] },
    { draft: { text: 'Could you provide a short reference for me? We have not spoken before.', thread: { fromThem: 0, unansweredFromMe: 0 } }, findings: [{ excerpt: 'Could you provide a short reference' }] },
    // Round 5: the vote asked by its stakes, a pointer or a steer to the right person, lines about working with me, the profile's section.
    { draft: 'We made the final of the Startup Awards! Polls close Friday and every vote counts.', findings: [{ excerpt: 'every vote counts' }] },
    { draft: 'EVERY SINGLE LIKE HELPS, THANK YOU!', findings: [{ excerpt: 'EVERY SINGLE LIKE HELPS' }] },
    { draft: "Not sure you're the right contact for payroll, but I'd be grateful for a nudge towards the right person.", findings: [{ excerpt: 'a nudge towards the right person' }] },
    { draft: 'Could you steer me to your head of procurement?', findings: [{ excerpt: 'steer me to your head' }] },
    { draft: 'Would you mind writing a couple of lines about collaborating with me on the Lidl launch?', findings: [{ excerpt: 'writing a couple of lines about collaborating with me' }] },
    { draft: 'I am collecting quotes for the testimonials page of my website; yours would mean a lot.', findings: [{ excerpt: 'for the testimonials page of my website' }] },
    // Round 4: surveys and polls (also "it" after the survey is named), a share or an upvote asked for as a noun, upvote us,
    // details passed along to someone by role, an introduction to the founder.
    { draft: 'Could you complete our 3-minute questionnaire on hybrid work? Link below.', findings: [{ excerpt: 'Could you complete our 3-minute questionnaire' }] },
    { draft: "I'm collecting answers for a poll on pricing pages; would you take it before Friday?", findings: [{ excerpt: 'take it' }] },
    { draft: 'A quick share from you would go a long way for our launch.', findings: [{ excerpt: 'A quick share from you would go' }] },
    { draft: 'PLEASE UPVOTE US ON PRODUCT HUNT TODAY', findings: [{ excerpt: 'UPVOTE US' }] },
    { draft: 'Could you send my contact details along to the head of partnerships at your bank?', findings: [{ excerpt: 'send my contact details along to the head of partnerships' }] },
    { draft: 'Would you introduce me to the founder at your company?', findings: [{ excerpt: 'introduce me to the founder' }] },
    { draft: 'Your vote would mean a lot to our small animal shelter in the awards.', findings: [{ excerpt: 'Your vote would mean' }] },
    { draft: 'Could you give it a quick share? It is my first article.', findings: [{ excerpt: 'give it a quick share' }] },
    { draft: 'Would you consider writing a couple of lines about us on Trustpilot?', findings: [{ excerpt: 'writing a couple of lines about us' }] },
    { draft: 'Could you endorse my project management skills?', findings: [{ excerpt: 'endorse my project management skills' }] },
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
    // Round 18: people named by their seat at a firm named by its name, in any case.
    { draft: 'Could you introduce me to the partners at Blackbird and Square Peg?', findings: [{ excerpt: 'introduce me to the partners' }] },
    { draft: 'hi! would you mind introducing me to the founders at Canva and Atlassian', findings: [{ excerpt: 'introducing me to the founders' }] },
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
    // New wordings: testimonials, ratings, votes, follows, loans, donations, references; 'who would be best to speak to', passing a portfolio to the right editor.
    { draft: "Would you mind writing a short testimonial about our work together?", findings: [{ excerpt: "writing a short testimonial about our" }] },
    { draft: "Could you drop a quick review of my bakery on Google Maps?", findings: [{ excerpt: "Could you drop a quick review" }] },
    { draft: "I'd be grateful if you could rate my app in the App Store.", findings: [{ excerpt: "if you could rate my" }] },
    { draft: "Any chance you could recommend me on LinkedIn for project management?", findings: [{ excerpt: "recommend me on LinkedIn" }] },
    { draft: "Would you vote for our team in the Startup of the Year poll?", findings: [{ excerpt: "vote for our" }] },
    { draft: "Could you give my new podcast a follow and share it with your network?", findings: [{ excerpt: "give my new podcast a follow" }, { excerpt: "share it with your network" }] },
    { draft: "I'm short on rent this month; could you lend me $200 until Friday?", findings: [{ excerpt: "could you lend me $200" }] },
    { draft: "Please consider donating to my fundraiser for the marathon.", findings: [{ excerpt: "consider donating to my" }] },
    { draft: "If you're not the right person, who would be best to speak to on your team?", findings: [{ excerpt: "who would be best to speak to" }] },
    { draft: "Could you pass my portfolio along to the right editor?", findings: [{ excerpt: "pass my portfolio along to the right editor" }] },
    { draft: "Can you connect me with your head of procurement?", findings: [{ excerpt: "connect me with your head" }] },
    { draft: "Would you be willing to act as a reference for me?", findings: [{ excerpt: "act as a reference for me" }] },
  ],
  valid: [
    // Round 18: their own offer taken up, and a gift already given.
    'Thanks so much for offering to write me a recommendation, Helen!',
    'THANK YOU FOR OFFERING TO BE MY REFERENCE.',
    'Your offer to write a short recommendation is so kind; the Leeds rollout is the project to mention.',
    "You said you'd be happy to give me a reference, so I've passed your name on.",
    'Thank you for your donation; your gift will help 20 families this winter.',
    // Round 17: a meeting or the writer's own colleague is no introduction asked for; a thread is no stranger; writing for a newsletter.
    'Would you be open to an intro call next week about the data role?',
    'Would you be open to an introduction to our head of research? She led the study you cited.',
    { text: 'Would you be comfortable introducing us? Here is a short note you can forward.', thread: { fromThem: 3, unansweredFromMe: 0 } },
    'Would you write something for our alumni newsletter about your move into climate work?',
    // Round 12: referrals thanked for, or given; a question about their market, not their contacts.
    'Thank you for the referrals you sent last spring, Dana.',
    'I referred two clients to you last year and both loved working with you.',
    'Do you know if the Leeds housing market is slowing down?',
    // Round 10: a name asked of a thing, thanks for an intro made, an address asked of someone you already talk with.
    'Could you send me the name of the book you mentioned in your talk?',
    'Thanks for the intro to Leila, Marcus!',
    { text: 'Could you send me the email of your head of finance? We are ready to sign.', thread: { fromThem: 3, unansweredFromMe: 0 } },
    // Round 9: thanked for an introduction already made, in any case and punctuation.
    'Hi Víctor, thank you for introducing me to Carmen last week!',
    'thanks again for introducing me to your CFO - the call went well',
    'THANK YOU SO MUCH FOR INTRODUCING ME TO PRIYA.',
    // Thanks for a gift already given; support offered, not asked.
    'Thank you for donating $25 to the food drive last spring!',
    'Happy to consider supporting your cause if you send me the details.',
    // The writer's own step, or a thread where they offered it.
    'I will send my CV to the hiring manager today.',
    // A good word with the hiring manager is a referral (`job-ask`'s), not passing you on.
    'Would you consider recommending me to the hiring manager there?',
    'I sent my resume to your HR team last week and wanted to say thanks for the talk.',
    { text: 'Could you forward my CV to the hiring manager, as we discussed?', thread: { fromThem: 3, unansweredFromMe: 0 } },
    'Happy to send my CV to your HR team if that helps, but no need to pass it on.',
    // Round 6 rewording: the same meaning said another way.
    'Could you put me in touch with the person who handles hiring for interns?',
    'Would you mind drafting a quick agenda for Thursday?',
    { text: 'Could you send me your review of the draft contract by Friday?', thread: { fromThem: 2, unansweredFromMe: 0 } },
    { text: 'Thanks again for the reference, Tomás - I got the job!', thread: { fromThem: 2, unansweredFromMe: 0 } },
    // Round 6 quiet: a reference for an application, asked of someone you already talk with.
    { text: 'Would you be able to give me a reference for the MSc application? The deadline is 15 March.', thread: { fromThem: 2, unansweredFromMe: 0 } },
    { text: 'Could you write me a letter of recommendation for the Fulbright application?', thread: { fromThem: 3, unansweredFromMe: 0 } },
    { text: 'Would you be willing to act as a reference for me for the British Council role?', thread: { fromThem: 6, unansweredFromMe: 0 } },
    // Round 5 quiet: thanks for an endorsement, a pointer to docs, lines about their own work, votes counted at a meeting.
    'Thank you so much for endorsing me for SQL! Happy to return the favour anytime.',
    'Thanks for the endorsements on my profile last week, that was kind.',
    'Could you give me a pointer to the docs for the bulk API?',
    "I'm writing a few lines about your paper for our reading group's newsletter.",
    'At the board meeting every vote counted, so the motion passed by one.',
    'Your talk is on the reviews page of the conference site, if you want to see the feedback.',
    'I wrote a couple of lines about your talk in my newsletter; thanks for the inspiration.',
    'Loved your post, I gave it a share with my team this morning.',
    // Round 4 quiet look-alikes: a survey they ran, offering to fill one in, comments on a draft, shares in an offer,
    // asking who someone is, passing on their details, thanks for support.
    'I took your survey on remote onboarding last week, and the results post was great.',
    'Happy to fill it in if you send the survey over.',
    'Your comments would help me sharpen the draft before the conference.',
    'Your shares would vest over four years, as the offer letter says.',
    'Who is the marketing lead at your company? I loved her talk at Brighton SEO.',
    { text: "I'll pass your details on to the head of our alumni chapter, as you asked.", thread: { fromThem: 1, unansweredFromMe: 0 } },
    'Thanks for the support on Product Hunt yesterday, it meant a lot.',
    'Could you complete the form for the venue booking?',
    // Pointed to a thing, a review already left, an introduction asked of someone met in person.
    'Could you point me to the sponsorship prospectus?',
    // Round 18: thanks for an introduction already made, and a seat at a place that is no firm.
    'Thanks for introducing me to the partners at Blackbird, we meet on Friday.',
    'I sat next to the founders at lunch and they were lovely.',
    'Could you connect me with the right resources on GDPR?',
    'I loved your podcast and left a five-star rating on Apple Podcasts yesterday!',
    'Thanks for the chat at the Leeds meetup yesterday! Could you introduce me to your CTO about the migration?',
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
    // New wordings: testimonials, ratings, votes, follows, loans, donations, references; 'who would be best to speak to', passing a portfolio to the right editor.
    "Could you recommend a good book on negotiation?",
    "I wrote a review of your book on my blog; thanks for writing it.",
    "Happy to write you a recommendation if it helps your application.",
    "Would you share your thoughts on my plan for the pilot?",
    "I voted for your talk in the conference poll, good luck!",
    "Could you point me to your public API docs?",
    // Round 24: an indefinite thing is no person to be passed on to.
    "Could you tell me, or point me to anything you've published about it?",
    'Could you POINT ME TO SOMETHING on the breed standard?',
    'would you point me to whatever the council sent you',
    "We'd love your feedback on the beta when you have time.",
    "Do you know who organises the Leeds meetup? I'd like to volunteer.",
    "Thanks for the shout-out in your newsletter!",
    "Could you review my pull request when you're back?",
    // Round 11: a gift thanked or reported is no ask.
    'Thank you for your gift of $50 last spring.',
    'She made a gift of $5,000 to the museum last year.',
    // Round 14: an indefinite pronoun is not a name; a recruiter asking for a pointer to people who would want the role.
    "If you're happy where you are, I'd still be grateful for a pointer to anyone you think would enjoy it.",
    'Any nudge towards Anybody who might like the role would be appreciated.',
    'A steer towards someone in your circle who would enjoy this job would be lovely, no pressure.',
  ],
});
