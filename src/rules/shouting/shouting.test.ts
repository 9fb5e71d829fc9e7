import { testRule } from '../../testing/rule-tester.ts';
import rule from './shouting.ts';

testRule(rule, {
  invalid: [
    // Round 29: the same word as emphasis, not as a file.
    { draft: 'Please NOTICE the deadline.', findings: [{ excerpt: 'NOTICE', output: 'Please notice the deadline.' }] },
    { draft: 'This is URGENT + important.', findings: [{ excerpt: 'URGENT', output: 'This is urgent + important.' }] },
    // Round 22: a noun in capitals that modifies nothing is still emphasis.
    { draft: 'I have so many IDEAS for your team.', findings: [{ excerpt: 'IDEAS', output: 'I have so many ideas for your team.' }] },
    { draft: 'PLEASE consider me, I have AMAZING stories.', findings: [{ excerpt: 'PLEASE', output: 'Please consider me, I have AMAZING stories.' }, { excerpt: 'AMAZING', output: 'PLEASE consider me, I have amazing stories.' }] },
    { draft: 'Would really appreciate a reply!!', findings: [{ excerpt: '!!', output: 'Would really appreciate a reply!' }] },
    { draft: 'Hello?? Did you see it?!', findings: [{ excerpt: '??', output: 'Hello? Did you see it?!' }, { excerpt: '?!', output: 'Hello?? Did you see it?' }] },
    { draft: 'Reply TODAY.', findings: [{ excerpt: 'TODAY', output: 'Reply today.' }] },
    { draft: 'This is a CRAZY opportunity; do not miss it.', findings: [{ excerpt: 'CRAZY', output: 'This is a crazy opportunity; do not miss it.' }] },
    { draft: 'I am really EXCITED about this!', findings: [{ excerpt: 'EXCITED', output: 'I am really excited about this!' }] },
    { draft: 'URGENT: please review my profile', findings: [{ excerpt: 'URGENT', output: 'Urgent: please review my profile' }] },
    { draft: 'It is IMPORTANT that you answer.', findings: [{ excerpt: 'IMPORTANT', output: 'It is important that you answer.' }] },
    { draft: 'This is a LIMITED offer for NEW clients', findings: [{ excerpt: 'LIMITED', output: 'This is a limited offer for NEW clients' }] },
    { draft: 'THANK YOU SO MUCH', findings: [{ excerpt: 'THANK', output: 'Thank YOU SO MUCH' }] },
    { draft: 'Huge OPPORTUNITY here', findings: [{ excerpt: 'OPPORTUNITY', output: 'Huge opportunity here' }] },
    { draft: 'please respond IMMEDIATELY!!', findings: [{ excerpt: 'IMMEDIATELY', output: 'please respond immediately!!' }, { excerpt: '!!', output: 'please respond IMMEDIATELY!' }] },
  ],
  valid: [
    // Round 29: a project's conventional file named as a file.
    "The repo's NOTICE file doesn't say where the fonts came from.",
    'Could you add the AUTHORS and LICENSE files? See LICENSE.txt too.',
    // Round 28: a title in capitals after what it is, as queries write them.
    "I'm querying my novel THE PIT PONY'S DAUGHTER (92,000 words), set in Ashington.",
    'Our debut album SALT AND THUNDER is out on 3 May.',
    'The screenplay, entitled QUIET HOURS, placed in the Nicholl quarter-finals.',
    // A "+" or "#" glued on names a product or a standard.
    "I've been using the UDISE+ school enrolment tables your team publishes.",
    'We moved our training videos from VIMEO to DISNEY+ style bundles.',
    // Round 23: a token no English word could start like (PG-, NM-, NP-) is spelled out, whatever its ending.
    'I am a resident at PGIMER and your ECG course got me through.',
    'Our desk lends to MSMES and NBFCS across Pune.',
    'The CPWDS tender rules changed in June.',
    // Round 22: a noun in capitals before a noun names a programme, agency or study (an acronym that spells a word).
    "I'll apply for the CAPES sandwich grant by 15 March, as you suggested.",
    'our CAPES scheme advisor said yes',
    // Round 13: acronyms that read like words (COVID, LASER, SCUBA).
    'You supervised me through the COVID surge on Ward 7.',
    'Our LASER cutter and SCUBA certification are both listed.',
    'Our CEO wants it done this year.',
    'We are HIPAA and GDPR compliant, and use SQL daily.',
    'I need it ASAP.',
    'I am a HUGE fan of your podcast!',
    'Thank you!',
    'We moved from SAS to NASDAQ reporting with UNESCO data.',
    'I loved the NYEBN group meetup last week.',
    'I run partnerships at CREATE SOMETHING, a design studio.',
    'We migrated from HUBSPOT to SALESFORCE last quarter.',
    'I interned at DELOITTE and then joined the INFOSYS TEAM.',
    { text: 'Congrats on the launch at ORACLE!', recipient: { name: 'Maya Das', company: 'Oracle' } },
    { text: 'Your work at ZALANDO payments is great.', recipient: { name: 'Julia Weber', company: 'Zalando SE' } },
    'She leads the QHSE and FEDRAMP work.',
    'Our product, TRELLO-like but for labs, launched.',
    'Proud member of the KAPPA SIGMA alumni network.',
    'We met at the WEB SUMMIT in Lisbon.',
  ],
});
