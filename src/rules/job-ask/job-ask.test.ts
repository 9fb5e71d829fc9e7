import { testRule } from '../../testing/rule-tester.ts';
import rule from './job-ask.ts';

testRule(rule, {
  invalid: [
    // askForJob
    { draft: 'Hi Anna, can you give me a job or refer me to someone at Siemens?', findings: [{ excerpt: 'can you give me a job' }, { excerpt: 'or refer me' }] },
    { draft: 'Please please hire me for any position.', findings: [{ excerpt: 'Please please hire me' }] },
    { draft: 'Are there any openings for me on your team?', findings: [{ excerpt: 'Are there any openings for me' }] },
    { draft: 'btw are you guys hiring interns this summer?', findings: [{ excerpt: 'are you guys hiring' }] },
    { draft: 'My visa ends soon. Is there any way you could get me in?', findings: [{ excerpt: 'way you could get me in' }] },
    // considerMe
    { draft: "I'd love to be considered for your data team.", findings: [{ excerpt: "I'd love to be considered" }] },
    { draft: 'PLEASE CONSIDER ME FOR THE SUMMER ANALYST PROGRAMME.', findings: [{ excerpt: 'PLEASE CONSIDER ME' }] },
    { draft: "Your payments team clearly needs someone like me, so let's set up an interview next week.", findings: [{ excerpt: 'Your payments team clearly needs someone like me' }, { excerpt: "let's set up an interview" }] },
    // referralAsk
    { draft: 'Could you refer me or pass my resume to the hiring manager?', findings: [{ excerpt: 'Could you refer me' }, { excerpt: 'pass my resume to the hiring' }] },
    { draft: 'I am begging you to put in a good word for me.', findings: [{ excerpt: 'put in a good word' }] },
    { draft: 'Kindly forward my profile to the TCS recruitment team; I have not applied through the portal.', findings: [{ excerpt: 'forward my profile to the TCS recruitment' }] },
    { draft: 'hi maam, i am looking for job oppurtunity in your company. pls tell me any vacancy', findings: [{ excerpt: 'looking for job oppurtunity in your company' }, { excerpt: 'tell me any vacancy' }] },
    { draft: 'Hi Dev, I am looking for a job as a QA tester; please help me.', findings: [{ excerpt: 'looking for a job as a QA tester; please help me' }] },
    { draft: "I'm a recent graduate. Let me know if you're hiring!", findings: [{ excerpt: "Let me know if you're hiring" }] },
    { draft: 'Could you refer me for job ID 55120? I will apply once I have the link.', findings: [{ excerpt: 'Could you refer me' }] },
    { draft: 'Is your team hiring? I would love to join.', findings: [{ excerpt: 'Is your team hiring' }] },
    { draft: 'Could you help me land an interview at Google?', findings: [{ excerpt: 'help me land an interview' }] },
    { draft: "I'm looking for an internship. Can you help?", findings: [{ excerpt: 'looking for an internship. Can you help' }] },
    { draft: 'Do you have any vacancies for a junior developer?', findings: [{ excerpt: 'Do you have any vacancies' }] },
    { draft: 'Would you recommend me for the opening on your team?', findings: [{ excerpt: 'recommend me for the opening' }] },
    // cvWithoutApplying
    { draft: "Hi Leo; I'm looking for work in Lyon and I've attached my CV.", findings: [{ excerpt: "I've attached my CV" }] },
  ],
  valid: [
    'I applied for the Graduate Software Engineer role at Atlassian last week (job ID 48213). Would you be willing to refer me?',
    "I've already applied through the careers page. Could you put in a good word?",
    "I've submitted an application for the analyst role; would you be open to telling me about the team?",
    'I sent in my application last Tuesday. Could you pass my CV to the hiring manager as well?',
    'Would you be open to a 20-minute informational chat about your move into UX research?',
    "I'm a recruiter at Cohere and we're hiring a Staff ML Engineer. Would you be open to a call?",
    "I'm not asking for a job; I'd simply value 20 minutes of your perspective.",
    'My team at Datadog is hiring two product managers, and I would be glad to refer you.',
    'Any advice on how to prepare for product interviews at fintechs?',
    'We would love to consider you for our Staff Engineer role; are you open to a chat?',
    'Could you share how your team runs interviews for new grads?',
    'Thanks for the tip on the portfolio review, Maya.',
    { text: "Thanks for letting me know. I'd love to be considered for future analyst openings.", thread: { fromThem: 2, unansweredFromMe: 0 } },
    "I've attached my CV so you have context; would you be open to a 15-minute chat about your path into UX?",
    'As discussed, attaching my CV for the analyst role.',
    'Is your team hiring a designer? I am a recruiter with two strong candidates.',
    'What skills would you look for in a junior analyst?',
    "I've sent my CV twice. You should hire me; I'm the best candidate you'll see.",
  ],
});
