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
  ],
  valid: [
    'How long have you been at Acme?',
    'What do you enjoy most about your role?',
    'You must tell me the salary range for new grads.',
    'Where do you see the field going next year?',
    'Which conference talks would you recommend?',
    'I live in Lisbon and work remotely.',
  ],
});
