import { describe, expect, it } from 'vitest';
import { testRule } from '../../testing/rule-tester.ts';
import rule from './unfilled-placeholder.ts';

testRule(rule, {
  invalid: [
    // Round 11: a slot that starts with a count, and a template's choice among words in braces.
    { draft: 'What we achieved together this year: [3 specific wins with metrics].', findings: [{ excerpt: '[3 specific wins with metrics]' }] },
    { draft: 'Here are [2 results] from the pilot.', findings: [{ excerpt: '[2 results]' }] },
    { draft: 'Thank you for the {meeting, project, or call}. It was great speaking with you.', findings: [{ excerpt: '{meeting, project, or call}' }] },
    { draft: 'Thanks again for the {call/meeting} on Tuesday!', findings: [{ excerpt: '{call/meeting}' }] },
    { draft: 'Loved the {webinar or podcast} you hosted.', findings: [{ excerpt: '{webinar or podcast}' }] },
    // Round 10: a writer's instruction left in parentheses.
    { draft: 'Thank you for telling me about the position at (fill in the organization).', findings: [{ excerpt: '(fill in the organization)' }] },
    { draft: 'Great to meet you at (Insert event name here)!', findings: [{ excerpt: '(Insert event name here)' }] },
    // Round 5: a run of capitals in parentheses that names a slot.
    { draft: 'Hi Andrea, great meeting you at (EVENT NAME) last week!', findings: [{ excerpt: '(EVENT NAME)' }] },
    { draft: 'I loved your post about (TOPIC HERE).', findings: [{ excerpt: '(TOPIC HERE)' }] },
    { draft: 'Congrats on the new role at (COMPANY NAME)!', findings: [{ excerpt: '(COMPANY NAME)' }] },
    { draft: 'Best, ( YOUR NAME )', findings: [{ excerpt: '( YOUR NAME )' }] },
    { draft: 'We met through (MUTUAL CONNECTION) at the summit.', findings: [{ excerpt: '(MUTUAL CONNECTION)' }] },
    { draft: 'See you on (DATE AND TIME), then.', findings: [{ excerpt: '(DATE AND TIME)' }] },
    // Round 4: lower-case and camel-case variables after a dollar sign or between percent signs.
    { draft: 'Hi $name, are you hiring for Q3?', findings: [{ excerpt: '$name' }] },
    { draft: 'Hello %name%, hope the launch went well.', findings: [{ excerpt: '%name%' }] },
    { draft: 'Dear $firstName, thanks for the quick reply.', findings: [{ excerpt: '$firstName' }] },
    { draft: 'Loved your talk at $company_name last week.', findings: [{ excerpt: '$company_name' }] },
    { draft: 'Hey %firstName%! Big fan of %companyName%.', findings: [{ excerpt: '%firstName%' }, { excerpt: '%companyName%' }] },
    { draft: { text: 'Hi $first_name, quick one about your team.', recipient: { name: 'Daniel Kim' } }, findings: [{ excerpt: '$first_name', output: 'Hi Daniel, quick one about your team.' }] },
    // Localized slots (languages.md §5): capitals where a name belongs, lower-case brackets, "INSERIR NOME".
    { draft: 'Hola NOMBRE, vi tu perfil y me pareció muy interesante.', findings: [{ excerpt: 'NOMBRE' }] },
    { draft: 'Bonjour PRÉNOM, je me permets de vous contacter.', findings: [{ excerpt: 'PRÉNOM' }] },
    { draft: 'Hola Marta, me encantó coincidir en [evento donde se conocieron].', findings: [{ excerpt: '[evento donde se conocieron]' }] },
    { draft: 'Olá, INSERIR NOME, tudo bem com você?', findings: [{ excerpt: 'INSERIR NOME' }] },
    { draft: 'Hi [Name], I came across your profile!', findings: [{ excerpt: '[Name]' }] },
    { draft: { text: 'Hi {first_name}, quick question.', recipient: { name: 'Daniel Kim' } }, findings: [{ excerpt: '{first_name}', output: 'Hi Daniel, quick question.' }] },
    { draft: { text: 'At {{company}} we build fraud models.', recipient: { name: 'Julia Weber', company: 'Zalando' } }, findings: [{ excerpt: '{{company}}' }] },
    { draft: { text: 'I loved how your team at {{company}} handles fraud.', recipient: { name: 'Julia Weber', company: 'Zalando' } }, findings: [{ excerpt: '{{company}}', output: 'I loved how your team at Zalando handles fraud.' }] },
    { draft: 'Hi ,\n\nI am a final year student.', findings: [{ excerpt: 'Hi ,' }] },
    { draft: { text: 'Hi ,\n\nI am a final year student.', recipient: { name: 'Ana Lima' } }, findings: [{ excerpt: 'Hi ,', output: 'Hi Ana,\n\nI am a final year student.' }] },
    { draft: 'Dear <FIRSTNAME>, your role at %COMPANY% caught my eye. INSERT LINK', findings: [{ excerpt: '<FIRSTNAME>' }, { excerpt: '%COMPANY%' }, { excerpt: 'INSERT LINK' }] },
    { draft: 'Your code is XXX.', findings: [{ excerpt: 'XXX' }] },
    { draft: { text: 'Hi {firstName}, please see [Company Name] below.', platform: 'recruiter' }, findings: [{ excerpt: '[Company Name]' }] },
    { draft: 'Hi {firstName}, your work caught my eye.', findings: [{ excerpt: '{firstName}' }] },
    { draft: 'Hi [name], great to meet you!', findings: [{ excerpt: '[name]' }] },
    { draft: 'It was great meeting you at [event or place you met]; hope to stay in touch.', findings: [{ excerpt: '[event or place you met]' }] },
    { draft: 'I loved your point about [INSERT INSIGHTFUL THOUGHT HERE] in the panel.', findings: [{ excerpt: '[INSERT INSIGHTFUL THOUGHT HERE]' }] },
    { draft: 'Hi NAME, I saw your post on hiring.', findings: [{ excerpt: 'NAME' }] },
    // A qualifier glued to NAME is the same slot: "Hi YOURNAME.", "Hello CANDIDATE_NAME", "Dear CONTACT NAME".
    { draft: "Hi YOURNAME. Thanks for the connection request, I'm happy to hear why.", findings: [{ excerpt: 'YOURNAME' }] },
    { draft: 'Hello CANDIDATE_NAME, we are hiring in Leeds.', findings: [{ excerpt: 'CANDIDATE_NAME' }] },
    { draft: 'Dear CONTACT NAME,\n\nThank you for your time.', findings: [{ excerpt: 'CONTACT NAME' }] },
    { draft: "hi THEIRNAME! saw your post on pricing", findings: [{ excerpt: 'THEIRNAME' }] },
    { draft: 'Dear CANDIDATE, your profile matches our role.', findings: [{ excerpt: 'CANDIDATE' }] },
    { draft: 'Dear FIRSTNAME,\n\nThank you for your time.', findings: [{ excerpt: 'FIRSTNAME' }] },
    { draft: 'hello FIRST_NAME; are you free Tuesday?', findings: [{ excerpt: 'FIRST_NAME' }] },
    { draft: 'Your talk on [specific topic from their profile] was inspiring.', findings: [{ excerpt: '[specific topic from their profile]' }] },
    { draft: 'We both know [mutual connection], so I thought I would reach out.', findings: [{ excerpt: '[mutual connection]' }] },
    { draft: 'Hi [Recipient First Name] – congrats on the promotion to [job title] at [company]!', findings: [{ excerpt: '[Recipient First Name]' }, { excerpt: '[job title]' }, { excerpt: '[company]' }] },
    // Other merge brackets (<<…>>, ((…)), #…#, <Event>); merge fields quoted in a message about templates, an editor's insertion.
    { draft: "Hey <<First Name>>, quick question about your hiring plans.", findings: [{ excerpt: "<<First Name>>" }] },
    { draft: "Hi ((name)), great to connect!", findings: [{ excerpt: "((name))" }] },
    { draft: "Dear #firstname#, I hope this finds you well.", findings: [{ excerpt: "#firstname#" }] },
    { draft: "It was great meeting you at <Event> last week.", findings: [{ excerpt: "<Event>" }] },
    { draft: "I loved your talk on [TOPIC] at [CONFERENCE].", findings: [{ excerpt: "[TOPIC]" }, { excerpt: "[CONFERENCE]" }] },
    { draft: "Hi {{ first_name }}, congrats on the new role at {{company}}!", findings: [{ excerpt: "{{ first_name }}" }, { excerpt: "{{company}}" }] },
    { draft: "Hello %FIRSTNAME%, are you free Thursday?", findings: [{ excerpt: "%FIRSTNAME%" }] },
    { draft: "Hi [insert name], your post on [specific detail] was great.", findings: [{ excerpt: "[insert name]" }, { excerpt: "[specific detail]" }] },
    { draft: "Dear FIRSTNAME, thank you for your time.", findings: [{ excerpt: "FIRSTNAME" }] },
    { draft: "I see you work at XXX as a data lead.", findings: [{ excerpt: "XXX" }] },
    { draft: "Hi {firstName}, we help teams like {company_name} save time.", findings: [{ excerpt: "{firstName}" }, { excerpt: "{company_name}" }] },
    // Merge tags of other tools (Mailchimp, Salesforce, ${…}, $FIELD, __FIELD__), '(Name)', a blank '___'.
    { draft: "Hi *|FNAME|*, thanks for joining the webinar.", findings: [{ excerpt: "*|FNAME|*" }] },
    { draft: "Hello {!Contact.FirstName}, following up on our offer.", findings: [{ excerpt: "{!Contact.FirstName}" }] },
    { draft: "Hi ${firstName}, are you hiring this quarter?", findings: [{ excerpt: "${firstName}" }] },
    { draft: "Dear $FIRST_NAME, I admire your work.", findings: [{ excerpt: "$FIRST_NAME" }] },
    { draft: "Hi __NAME__, hope you are well.", findings: [{ excerpt: "__NAME__" }] },
    { draft: "Hi (Name), I loved your article.", findings: [{ excerpt: "(Name)" }] },
    { draft: "Hi ___, I saw your post on hiring.", findings: [{ excerpt: "___" }] },
    { draft: "Great to meet you at <event name>!", findings: [{ excerpt: "<event name>" }] },
  ],
  valid: [
    // Round 11: footnotes and code braces are no slots.
    'As the report says [1], churn fell by a third.',
    'The payload is {id, name, email} and nothing else.',
    'Use const {a, b} = props in the component.',
    'Figures in [2024] dollars, see appendix.',
    // Round 5 quiet: acronyms and names in capitals in parentheses.
    'I work at the National Health Service (NHS) in Leeds.',
    'We signed the statement of work (SOW) on Monday.',
    'Our partner (UN WOMEN) funded the pilot.',
    'The study (ACTG A5332) followed 7,000 people.',
    'She sang with the choir (KAMMERCHOR BERLIN) for years.',
    'The codes (US EAST) and (EU WEST) are our regions.',
    // Round 4 quiet look-alikes: prices, shell variables, a variable that is not a merge field, percentages.
    'The ticket costs $45, and the name badge is free.',
    'Set $HOME before running the script.',
    'Use the $price variable from the pricing docs.',
    'We raised $2m from names you already know.',
    'Margins went from 5% to 9%, name your price.',
    'Call the $fetchUser helper before rendering.',
    'Liebe Kolleg*innen, danke an alle Kolleg:innen für das Feedback.',
    'Hola a tod@s, gracias por venir al meetup.',
    'La empresa X creció un 20 % en un año, según tu post.',
    'He wrote "their [sic] team" in the post.',
    'I have attached my resume (see attached).',
    'Do you key retries on /orders/{orderId} or per device?',
    "The line 'if a customer reads it twice, we [the writers] failed' stuck with me.",
    'See [the docs](https://example.com/docs) for details.',
    'Hi, I am expanding my network.',
    { text: 'Hi {firstName}, your work at {currentCompany} caught my eye.', platform: 'recruiter' },
    'The quote "we [the writers] failed the reader" stayed with me.',
    'Hi Name, thanks for the intro.',
    'Hi Nam, thanks for the call yesterday.',
    'Our API returns [ ] for an empty list and [1, 2] otherwise.',
    'Footnote [3] explains the method.',
    'The quarterly report [draft] is attached.',
    'Hi NASA team, loved the Artemis update.',
    // Other merge brackets (<<…>>, ((…)), #…#, <Event>); merge fields quoted in a message about templates, an editor's insertion.
    "Our template uses {{customer_name}} as a merge field, so keep that column in the CSV.",
    "The route is /users/{userId}/orders in the v2 API.",
    "He wrote that \"we [the team] missed the deadline\" in the retro.",
    "Use <Enter> to submit the form... just kidding, it's a button.",
    "We raised prices by 10% (see attached).",
    "Your post on #remotework was great.",
    "Loved the session on C# generics at DotNetConf.",
    "The handlebars helper {{formatDate}} broke after the upgrade; which version do you use?",
    "Hi Ana, thanks for the intro to Marco!",
    "Our CEO said the results were (and I quote) \"fine\".",
    // Merge tags of other tools (Mailchimp, Salesforce, ${…}, $FIELD, __FIELD__), '(Name)', a blank '___'.
    "Revenue grew from $5 to $12 per user (see the table).",
    "My Python variable __init__ kept failing, any tips?",
    "We paid $1,200 for the workshop (Name badges included).",
    'Please enter through the side door (enter via the car park after 6pm).',
    'I manage type 2 diabetes care (type of clinic: outpatient).',
  ],
});

describe('words inside a placeholder', () => {
  it('belong to unfilled-placeholder alone (no shouting, typo or capitalization on them)', async () => {
    const { lint } = await import('../../engine/lint.ts');
    const report = lint({ text: 'i loved your point about [INSERT INSIGHTFUL THOUGHT HERE] and [recieve AMAZING value].' });
    const inside = report.findings.filter((f) => f.ruleId !== 'unfilled-placeholder' && (f.start ?? 0) > 20);
    expect(inside).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'unfilled-placeholder').map((f) => f.excerpt)).toEqual([
      '[INSERT INSIGHTFUL THOUGHT HERE]',
      '[recieve AMAZING value]',
    ]);
    expect(report.findings.map((f) => f.ruleId)).toContain('capitalization');
  });
});
