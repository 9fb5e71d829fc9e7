import { testRule } from '../../testing/rule-tester.ts';
import rule from './job-ask.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi Anna, can you give me a job or refer me to someone at Siemens?', findings: [{ excerpt: 'can you give me a job' }] },
    { draft: 'Please please hire me for any position.', findings: [{ excerpt: 'Please please hire me' }] },
    { draft: 'Are there any openings for me on your team?', findings: [{ excerpt: 'Are there any openings for me' }] },
    { draft: 'Could you refer me or pass my resume to the hiring manager?', findings: [{ excerpt: 'Could you refer me' }, { excerpt: 'pass my resume to the hiring' }] },
    { draft: 'btw are you guys hiring interns this summer?', findings: [{ excerpt: 'are you guys hiring' }] },
    { draft: 'I am begging you to put in a good word for me.', findings: [{ excerpt: 'put in a good word' }] },
  ],
  valid: [
    'I applied for the Graduate Software Engineer role at Atlassian last week (job ID 48213). Would you be willing to refer me?',
    "I've already applied through the careers page. Could you put in a good word?",
    'Would you be open to a 20-minute informational chat about your move into UX research?',
    "I'm a recruiter at Cohere and we're hiring a Staff ML Engineer. Would you be open to a call?",
    "I'm not asking for a job; I'd simply value 20 minutes of your perspective.",
    'My team at Datadog is hiring two product managers, and I would be glad to refer you.',
  ],
});
