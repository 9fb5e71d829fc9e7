import { testRule } from '../../testing/rule-tester.ts';
import rule from './wrong-name.ts';

const to = (name: string, text: string, extra: object = {}) => ({ text, recipient: { name }, ...extra });

testRule(rule, {
  invalid: [
    { draft: to('Jessica Lee', 'Hi Sarah, I enjoyed your post.'), findings: [{ excerpt: 'Sarah', output: 'Hi Jessica, I enjoyed your post.' }] },
    { draft: to('John Park', 'Hi Jon, your talk was excellent.'), findings: [{ excerpt: 'Jon', output: 'Hi John, your talk was excellent.' }] },
    { draft: to('Michael Torres', 'Hi Micheal, I read your post.'), findings: [{ excerpt: 'Micheal', output: 'Hi Michael, I read your post.' }] },
    { draft: to('Kathryn Moore', 'Hi Katherine, congratulations!'), findings: [{ excerpt: 'Katherine', output: 'Hi Kathryn, congratulations!' }] },
    { draft: to('Rebecca Ford', 'Hi Rebecca, I applied last week. Looking forward to hearing from you, Rachel!'), findings: [{ excerpt: 'Rachel', output: 'Hi Rebecca, I applied last week. Looking forward to hearing from you, Rebecca!' }] },
    { draft: to('Priya Shah', 'Tom, I enjoyed your article.'), findings: [{ excerpt: 'Tom', output: 'Priya, I enjoyed your article.' }] },
    { draft: to('Katherine (Kate) Lee', 'Hi Sarah, I enjoyed your lecture.'), findings: [{ excerpt: 'Sarah', output: 'Hi Katherine, I enjoyed your lecture.' }] },
  ],
  valid: [
    to('Sunita Rao', "Hello Ma'am, I have completed my MBA."),
    to('Sunita Rao', 'Respected Madam, thank you for the talk.'),
    'Hi Sarah, I enjoyed your post.',
    to('Jessica Lee', 'Hi Jessica, Sam suggested I reach out.'),
    to('Michael Chen', 'Hi Mike, I enjoyed your talk.'),
    to('Zhang Wei', 'Hi Wei, thanks for the intro.'),
    to('Nguyễn Văn An', 'Chào An, hi An, thank you.'),
    to('Zoë Müller', 'Hi Zoe, fellow Weimar grad here.'),
    to('Kwame Osei', 'Dear Dr. Osei,\n\nThank you for considering it.'),
    to('Mary-Jane Watson', 'Hi Mary-Jane, great post.'),
    to('Amina Yusuf', 'Thank you,\nAmina', { sender: { name: 'Amina Yusuf' } }),
    to('Daniel Kim', 'Hello Daniel,\n\nThank you,\nAmina'),
    to('Ines Duarte', 'Sounds good. Thanks, Ines!'),
    to('Laura Becker', 'Hi Laura, we met at the fair.\n\nBest,\nJake'),
    to('José García', 'Hola José, ¿cómo estás?'),
    to('Priya Shah', 'Hi Hiring Manager, I applied for the analyst role.'),
    to('Priya Shah', 'Hello Acme team, I enjoyed your post.'),
    // The name they show in brackets or quotes, a hyphenated name written joined or as initials.
    to('Katherine (Kate) Lee', 'Hi Kate, I enjoyed your lecture.'),
    to('Robert "Bobby" Hale', 'Hi Bobby, thanks for the tips.'),
    to('Anne-Marie Dubois', 'Bonjour Annemarie, loved the talk.'),
    to('Kim Min-jun', 'Hi Minjun, loved your post.'),
    to('Jean-Pierre Morel', 'Hi JP, loved your post.'),
  ],
});
