import { testRule } from '../../testing/rule-tester.ts';
import rule from './profanity.ts';

testRule(rule, {
  invalid: [
    { draft: 'This is a shit offer, honestly.', findings: [{ excerpt: 'shit' }] },
    { draft: 'What a sh*t week; anyway, are you hiring?', findings: [{ excerpt: 'sh*t' }] },
    { draft: 'Stop sending me this f***ing spam.', findings: [{ excerpt: 'f***ing' }] },
    { draft: 'F*** it, I will just apply again!', findings: [{ excerpt: 'F***' }] },
    { draft: 'wtf is this message', findings: [{ excerpt: 'wtf' }] },
    { draft: 'WTF?', findings: [{ excerpt: 'WTF' }] },
    { draft: 'Your product is crap.', findings: [{ excerpt: 'crap' }] },
    { draft: 'Damn it, I missed your webinar again.', findings: [{ excerpt: 'Damn' }] },
    { draft: "I'm pissed off that nobody replied.", findings: [{ excerpt: 'pissed' }] },
    { draft: 'Who the hell sends a note like that?', findings: [{ excerpt: 'Who the hell' }] },
    { draft: 'That is total BS and you know it.', findings: [{ excerpt: 'total BS' }] },
    { draft: "Don't be such an a$$ about it.", findings: [{ excerpt: 'a$$' }] },
    { draft: 'Quit being an @ss.', findings: [{ excerpt: '@ss' }] },
    { draft: 'What a bullshit process', findings: [{ excerpt: 'bullshit' }] },
    { draft: 'the recruiter was a complete bastard', findings: [{ excerpt: 'bastard' }] },
    { draft: 'Screw you and your "opportunity".', findings: [{ excerpt: 'Screw you' }] },
  ],
  valid: [
    'I grew up near Scunthorpe and studied at Dickinson College.',
    'Thanks for the intro to Mr. Hancock; I will assess the proposal this week.',
    'Hi Shital, congratulations on the launch!',
    'That was a hell of a keynote at PyCon.',
    'She holds a BS in Biology and an MBA.',
    'I finished reading "Sh*t My Manager Says" on the flight.',
    'Our class on risk assessment starts Monday.',
    'The $100 voucher and the @sam handle are both fine.',
    'We passed the compliance audit last week.',
    'I am happy to help; just let me know.',
    'Please see **Note 3** in the deck.',
    'Hi Dick, thanks for the referral to Acme.',
  ],
});
