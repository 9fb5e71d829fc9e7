import { testRule } from '../../testing/rule-tester.ts';
import rule from './sensitive-info.ts';

testRule(rule, {
  invalid: [
    // Round 29: a person's own address or passport is still asked for.
    { draft: 'Could you confirm YOUR postal address for the certificate?', findings: [{ excerpt: 'postal address' }] },
    { draft: 'Please share your passport, a copy is fine.', findings: [{ excerpt: 'passport' }] },
    // Round 25: theirs within a few words is still a request.
    { draft: 'Reply today: your full bank account details are needed.', findings: [{ excerpt: 'bank account' }] },
    // Round 6 rewording: the same meaning said another way.
    { draft: 'Could you share the sign-in details for your payroll account?', findings: [{ excerpt: 'sign-in details for your payroll account' }] },
    { draft: 'Please reply with your bank account number and routing number.', findings: [{ excerpt: 'bank account' }, { excerpt: 'routing number' }] },
    { draft: 'Please send your Social Security number and date of birth.', findings: [{ excerpt: 'Social Security number' }, { excerpt: 'date of birth' }] },
    { draft: 'Reply with the 6-digit code we just texted you and your current password.', findings: [{ excerpt: '6-digit code' }, { excerpt: 'password' }] },
    { draft: 'Kindly send your home address and a scan of your passport.', findings: [{ excerpt: 'home address' }, { excerpt: 'passport' }] },
    { draft: 'Please confirm your card number, expiry date and CVV.', findings: [{ excerpt: 'card number' }, { excerpt: 'expiry date' }, { excerpt: 'CVV' }] },
    { draft: "LinkedIn sent you a 6-digit verification code by mistake. Could you tell me what it is?", findings: [{ excerpt: "verification code" }] },
  ],
  valid: [
    // Round 29: an organisation's address is where post goes; a passport that names a scheme is no ID document.
    "Could you confirm the clinic's postal address? The letters keep bouncing.",
    'Please send the school’s mailing address so the parcel reaches you.',
    'My pupils loved your "Reading Passport" — could you send the stamp template?',
    'Is your skills passport scheme open to apprentices from other colleges?',
    // Round 25: a "your" earlier in the sentence owns something else; the IBAN is mentioned, not asked for.
    'Your annual renewal bounced last week, probably the old IBAN from before you changed banks.',
    'Your refund went to the account number we had on file in 2022.',
    // Round 6 rewording: the same meaning said another way.
    'I reset the login for my bank account last week, so the demo will use test data.',
    'If you are interested, my email is claire.dubois@example.org.',
    'Could you share the best work email to send the deck to?',
    'When would be a good time to talk?',
    'I changed my password manager last year and wrote about it.',
    'Our bank account team is hiring.',
    // Round 28: a department named after what it handles is where to write, not data asked for.
    'Is this one for your Medical Information service, or should I ask the MSL?',
    'Could you forward the question to your medical information team?',
    'Please send the query to the health information desk.',
    'What is the best address for the invitation, your office or the venue?',
    "I got a verification code from the bank, so I reset my own password. Tell me if you need anything else.",
  ],
});
