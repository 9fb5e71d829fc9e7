import { testRule } from '../../testing/rule-tester.ts';
import rule from './repeated-word.ts';

testRule(rule, {
  invalid: [
    // Each coached language has its own grammatical pairs: in Portuguese "no no" is a slip.
    { draft: 'Olá Carla, nos vimos no no Web Summit Rio e adorei a conversa.', findings: [{ excerpt: 'no no', output: 'Olá Carla, nos vimos no Web Summit Rio e adorei a conversa.' }] },
    { draft: 'Hola Marta, muchas muchas gracias por tu charla en Valencia.', findings: [{ excerpt: 'muchas muchas', output: 'Hola Marta, muchas gracias por tu charla en Valencia.' }] },
    { draft: "I'd love to to hear more.", findings: [{ excerpt: 'to to', output: "I'd love to hear more." }] },
    { draft: 'I saw your your post about the the team.', findings: [{ excerpt: 'your your', output: 'I saw your post about the the team.' }, { excerpt: 'the the', output: 'I saw your your post about the team.' }] },
    { draft: 'I will work very very hard.', findings: [{ excerpt: 'very very', output: 'I will work very hard.' }] },
    { draft: 'Please please give me a chance.', findings: [{ excerpt: 'Please please', output: 'Please give me a chance.' }] },
    // Across a comma an emphatic doubling still counts.
    { draft: 'Obrigada, muito, muito obrigada pela ajuda.', findings: [{ excerpt: 'muito, muito', output: 'Obrigada, muito obrigada pela ajuda.' }] },
    { draft: 'After the Q&A a a few of us stayed.', findings: [{ excerpt: 'a a', output: 'After the Q&A a few of us stayed.' }] },
    { draft: 'I really really need this.', findings: [{ excerpt: 'really really', output: 'I really need this.' }] },
  ],
  valid: [
    'Ich glaube, die die Entscheidung treffen, kennen die Zahlen nicht.',
    'Nous nous sommes rencontrés au salon VivaTech, merci encore.',
    'I realized that that exact retry storm hit us.',
    'Your team had had the same churn problem.',
    'What it is is a scheduling problem.',
    'Nous nous sommes rencontrés à Paris.',
    'We grew from 20 20-person teams.',
    'We visited Baden Baden and Walla Walla.',
    // A pronoun ending one clause and starting the next across a comma.
    'Se fizer sentido pra você, você me indicaria internamente?',
    'Se for melhor para VOCÊ, você escolhe o horário.',
    'If the time works for you, you can pick any slot.',
    'Si le viene bien a usted, usted elige el día.',
    // A word that is part of a compound ("Q&A", "A/B") is no doubling of the next word.
    '212 people stayed for the Q&A, a record for us.',
    'Thanks for the Q&A a second time.',
    'We ran an A/B b test? No, a plain A/B test, a small one.',
  ],
});
