import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-question.ts';

testRule(rule, {
  invalid: [
    { draft: 'Quick question though, how old are you? And are you married?', findings: [{ excerpt: 'how old are you' }, { excerpt: 'are you married' }] },
    { draft: 'How much do they pay you? Also, do you live in Dubai Marina?', findings: [{ excerpt: 'How much do they pay you' }, { excerpt: 'do you live in' }] },
    { draft: 'Out of curiosity, which party do you vote for?', findings: [{ excerpt: 'which party do you vote' }] },
    { draft: 'You were off work for months. Was that for health reasons?', findings: [{ excerpt: 'Was that for health reasons' }] },
    { draft: 'Please send your CV along with your current salary.', findings: [{ excerpt: 'your current salary' }] },
    { draft: 'Are you single?', findings: [{ excerpt: 'Are you single' }] },
    { draft: "Mind if I ask what your total comp looks like at that level?", findings: [{ excerpt: "what your total comp looks like" }] },
    { draft: "And how old were you when you got promoted?", findings: [{ excerpt: "how old were you" }] },
    { draft: "Out of curiosity, are you and your husband planning to have kids soon?", findings: [{ excerpt: "are you and your husband planning to have kids" }] },
    { draft: "Any kids in the near future? Asking for planning reasons.", findings: [{ excerpt: "Any kids in the near future" }] },
    { draft: "So what do you make at Meta these days?", findings: [{ excerpt: "what do you make" }] },
    { draft: "Is there a Mrs. Okafor waiting at home?", findings: [{ excerpt: "Is there a Mrs" }] },
    { draft: "When were you born, if I may ask?", findings: [{ excerpt: "When were you born" }] },
    { draft: "what's your base salary right now??", findings: [{ excerpt: "what's your base salary" }] },
  ],
  valid: [
    'How long have you been at Acme?',
    'What do you enjoy most about your role?',
    'You must tell me the salary range for new grads.',
    'Where do you see the field going next year?',
    'Which conference talks would you recommend?',
    'I live in Lisbon and work remotely.',
    "How old is the company now, ten years?",
    "What does the comp philosophy at your firm look like for new grads?",
    "Are you planning to attend the summit in May?",
    "How much do the tickets cost?",
    "What do you make of the new EU AI rules?",
    "Is there a good time for a call this week?",
    "I became a parent last year, so hybrid work matters to me.",
    "How long have you been at Stripe?",
    "What's the salary range for the role?",
    "Were you planning to open the beta to students?",
  ],
});
