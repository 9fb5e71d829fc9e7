import { testRule } from '../../testing/rule-tester.ts';
import rule from './emoji.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi Liam 👋 I loved your post.', findings: [{ excerpt: '👋', output: 'Hi Liam I loved your post.' }] },
    { draft: 'Would be great to connect 🍺', findings: [{ excerpt: '🍺', output: 'Would be great to connect' }] },
    { draft: 'I love your plugin :) We use it daily. Open to a chat? :D', findings: [{ excerpt: ':)', output: 'I love your plugin We use it daily. Open to a chat? :D' }, { excerpt: ':D', output: 'I love your plugin :) We use it daily. Open to a chat?' }] },
    { draft: '🚀 Hi Jacob! 🚀 Our tool', findings: [{ excerpt: '🚀', output: 'Hi Jacob! 🚀 Our tool' }, { excerpt: '🚀', output: '🚀 Hi Jacob! Our tool' }] },
    { draft: 'Thanks 🙏🏽!', findings: [{ excerpt: '🙏🏽', output: 'Thanks!' }] },
    { draft: 'Great work 👩‍💻 and ❤️ it', findings: [{ excerpt: '👩‍💻', output: 'Great work and ❤️ it' }, { excerpt: '❤️', output: 'Great work 👩‍💻 and it' }] },
  ],
  valid: [
    '• How do you version modules?\n• Who owns templates → platform or product?',
    '© 2024 Acme™ — all rights reserved',
    'We grew from 3.2% to 3.5% in Q2 2024.',
    'See https://example.com/a:b and email me.',
    'Steps: 1) plan 2) build',
    'Note: D-day is Monday.',
  ],
});
