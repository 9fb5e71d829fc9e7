import { testRule } from '../../testing/rule-tester.ts';
import rule from './wrong-name.ts';

const to = (name: string, text: string, extra: object = {}) => ({ text, recipient: { name }, ...extra });

testRule(rule, {
  invalid: [
    // A short end of another name is still another name: "Ian" is not Brian.
    { draft: { text: 'Hi Ian, I enjoyed your talk.', recipient: { name: 'Brian Cole' } }, findings: [{ excerpt: 'Ian', output: 'Hi Brian, I enjoyed your talk.' }] },
    // A comma between greeting and name (languages.md §4.3) still greets by name.
    { draft: { text: 'Olá, Mariana, vi sua palestra no TDC sobre acessibilidade.', recipient: { name: 'Marina Coelho' } }, findings: [{ excerpt: 'Mariana', output: 'Olá, Marina, vi sua palestra no TDC sobre acessibilidade.' }] },
    // Title–gender mismatches in the coached languages: the fix swaps the title and its agreeing adjective.
    { draft: { text: 'Sehr geehrter Herr Vogel, wir haben uns auf der FachPack kennengelernt.', recipient: { name: 'Katrin Vogel' } }, findings: [{ excerpt: 'Sehr geehrter Herr', output: 'Sehr geehrte Frau Vogel, wir haben uns auf der FachPack kennengelernt.' }] },
    { draft: { text: 'Estimado Sr. López: le escribo porque vi su charla en Madrid.', recipient: { name: 'María López' } }, findings: [{ excerpt: 'Estimado Sr.', output: 'Estimada Sra. López: le escribo porque vi su charla en Madrid.' }] },
    { draft: { text: 'Bonjour Monsieur Martin, merci pour votre retour sur le dossier.', recipient: { name: 'Hélène Martin' } }, findings: [{ excerpt: 'Bonjour Monsieur', output: 'Bonjour Madame Martin, merci pour votre retour sur le dossier.' }] },
    { draft: { text: 'Prezada Sra. Souza, obrigado pelo retorno sobre a proposta.', recipient: { name: 'Paulo Souza' } }, findings: [{ excerpt: 'Prezada Sra.', output: 'Prezado Sr. Souza, obrigado pelo retorno sobre a proposta.' }] },
    { draft: to('Jessica Lee', 'Hi Sarah, I enjoyed your post.'), findings: [{ excerpt: 'Sarah', output: 'Hi Jessica, I enjoyed your post.' }] },
    { draft: to('John Park', 'Hi Jon, your talk was excellent.'), findings: [{ excerpt: 'Jon', output: 'Hi John, your talk was excellent.' }] },
    { draft: to('Michael Torres', 'Hi Micheal, I read your post.'), findings: [{ excerpt: 'Micheal', output: 'Hi Michael, I read your post.' }] },
    { draft: to('Kathryn Moore', 'Hi Katherine, congratulations!'), findings: [{ excerpt: 'Katherine', output: 'Hi Kathryn, congratulations!' }] },
    { draft: to('Rebecca Ford', 'Hi Rebecca, I applied last week. Looking forward to hearing from you, Rachel!'), findings: [{ excerpt: 'Rachel', output: 'Hi Rebecca, I applied last week. Looking forward to hearing from you, Rebecca!' }] },
    { draft: to('Priya Shah', 'Tom, I enjoyed your article.'), findings: [{ excerpt: 'Tom', output: 'Priya, I enjoyed your article.' }] },
    { draft: to('Katherine (Kate) Lee', 'Hi Sarah, I enjoyed your lecture.'), findings: [{ excerpt: 'Sarah', output: 'Hi Katherine, I enjoyed your lecture.' }] },
    // Round 28: after a chain of ranks the family name must still be theirs.
    { draft: to('Amira Hale', 'Dear Chief Inspector Smith, thanks for the briefing.'), findings: [{ excerpt: 'Smith', output: 'Dear Chief Inspector Amira, thanks for the briefing.' }] },
    // Round 17: an occupation before a family name is a title; the family name must still be theirs.
    { draft: to('Adaeze Okafor', 'Dear Principal Smith, thank you for the open day.'), findings: [{ excerpt: 'Smith', output: 'Dear Principal Adaeze, thank you for the open day.' }] },
  ],
  valid: [
    // Round 28: ranks and offices before the family name, alone or chained, are titles.
    { text: 'Dear Chief Officer Mahlangu, thank you for the mutual-aid crews.', recipient: { name: 'Sipho Mahlangu' } },
    { text: 'Hello Inspector Moreau, your figures were in the bulletin.', recipient: { name: 'Claire Moreau' } },
    { text: 'Dear Brigadier General Osei,\n\nI am the incoming attaché.', recipient: { name: 'Emmanuel Osei' } },
    { text: 'Good morning Detective Chief Inspector Hale, thanks for the briefing.', recipient: { name: 'Amira Hale' } },
    { text: 'Dear Deputy Commissioner Ayala: your testimony is quoted below.', recipient: { name: 'Rafael Ayala' } },
    // Round 28: other languages' honorifics in an English draft are titles, not names.
    { text: 'Good morning Signora Bellini, we spoke at your stand at Milano Unica.', recipient: { name: 'Giulia Bellini' } },
    { text: 'Dear Mevrouw de Vries, thank you for the studio tour.', recipient: { name: 'Anouk de Vries' } },
    { text: 'Hello Señora Ruiz, the fabric samples arrived today.', recipient: { name: 'Carmen Ruiz' } },
    // Round 25: honorifics after the given name are respect, not another name.
    { text: 'Dear Yusuf Bey, our accounts team noticed two payments.', recipient: { name: 'Yusuf Demir' } },
    { text: 'Dear Mehmet Efendi, the samples are ready.', recipient: { name: 'Mehmet Kaya' } },
    { text: 'Dear Ayşe Hanım, the samples are ready.', recipient: { name: 'Ayşe Kaya' } },
    { text: 'Dear Imran Sahib, thank you for the site visit.', recipient: { name: 'Imran Qureshi' } },
    { text: 'Boa tarde, Ricardo. Vi sua palestra no Febraban Tech sobre open finance.', recipient: { name: 'Ricardo Tavares' } },
    { text: 'Hola, Lucía: vi tu charla en la PyConES sobre tipado gradual.', recipient: { name: 'Lucía Ortega Sanz' } },
    // The right title, an ambiguous given name, transliteration (Mueller = Müller), titles chained.
    { text: 'Sehr geehrte Frau Vogel, wir haben uns auf der FachPack kennengelernt.', recipient: { name: 'Katrin Vogel' } },
    { text: 'Sehr geehrter Herr Weber, vielen Dank für Ihre Nachricht.', recipient: { name: 'Andrea Weber' } },
    { text: 'Hallo Herr Mueller, wie geht es Ihnen? Ich habe Ihren Vortrag gesehen.', recipient: { name: 'Jürgen Müller' } },
    { text: 'Sehr geehrte Frau Dr. Wolff, vielen Dank für das Gespräch.', recipient: { name: 'Sabine Wolff' } },
    { text: 'Estimada Sra. Castillo: le escribo por su charla en la UNAM.', recipient: { name: 'Laura Castillo Pérez' } },
    to('Sunita Rao', "Hello Ma'am, I have completed my MBA."),
    to('Sunita Rao', 'Respected Madam, thank you for the talk.'),
    // A template's role noun where the name belongs is not someone else's name.
    to('Jordan Fields', 'Hi Candidate,\n\nWe are hiring a marketing manager.'),
    to('Jordan Fields', 'Dear Applicant, thank you for applying.'),
    to('Jordan Fields', 'Hello customer! Your order has shipped.'),
    'Hi Sarah, I enjoyed your post.',
    to('Jessica Lee', 'Hi Jessica, Sam suggested I reach out.'),
    to('Michael Chen', 'Hi Mike, I enjoyed your talk.'),
    to('Zhang Wei', 'Hi Wei, thanks for the intro.'),
    to('Nguyễn Văn An', 'Chào An, hi An, thank you.'),
    to('Zoë Müller', 'Hi Zoe, fellow Weimar grad here.'),
    to('Kwame Osei', 'Dear Dr. Osei,\n\nThank you for considering it.'),
    // Round 12: a rank is a title like "Dr." — the family name after it greets them ("Colonel" is no wrong name).
    to('Thomas Hayes', "Hi Colonel Hayes, I'm a Navy spouse moving to Fort Liberty in June."),
    to('Maria Ruiz', 'Dear Sgt. Ruiz, thank you for the transition workshop.'),
    to('Daniel Ortiz', 'HELLO LIEUTENANT ORTIZ! Thanks for the tour of the base.'),
    to('Daniel Ortiz', 'Hi Coach Daniel, thanks for Saturday.'),
    // Round 22: nursing, clergy and engineering titles greet by the family name too.
    to('Jane Atkinson', 'Hello Sister Atkinson,\n\nI was in your neonatal course in Mbarara.'),
    to('Emeka Okoye', 'Dear Father Okoye, thank you for the harvest Mass.'),
    to('Tunde Bello', 'Good morning Engr. Bello, thanks for the site visit.'),
    to('Helen Price', 'hi matron price, the audit went well'),
    // A familiar address is no name at all: nickname's, not this rule's.
    to('Kayla Brooks', 'Hey girl! As a fellow milspouse I know how hard the moves are.'),
    // Offices as titles: the family name follows.
    to('Siobhan Brennan', 'Hello Councillor Brennan, thank you for attending our meeting.'),
    to('Ana Ruiz', 'Dear Senator Ruiz: thank you for your vote on the housing bill.'),
    to('Tom Ebbe', 'hi cllr ebbe, thanks for the surgery on Friday'),
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
    // Round 17: Nigerian and Indian "ma" is a form of address like "ma'am", in any case.
    to('Funmilayo Ojo', 'Good morning ma, this is Kemi Adeyemi from Ibadan.'),
    to('Ngozi Eze', 'Good afternoon Ma, thank you for the session.'),
    // A role where the name belongs ("Dear Curator", "Dear Business Owner", "Hello Store Manager!"): a mass mailing, nobody else's name.
    to('Renée Marchetti', 'Dear Curator, I am passionate about museums.'),
    to('Sophie Grant', 'Dear Business Owner,\n\nIs your business protected?'),
    to('Sophie Grant', 'Hello Store Manager! I dropped my CV in on Monday.'),
    to('Adaeze Okafor', 'Dear Principal Okafor, thank you for the open day.'),
    to('Tomás Rivera', 'Hi Chef, thanks for the stage on Saturday.'),
    // A valediction and the writer's name on one line is a signature, not addressing ("Thanking you, Rohit").
    to('Sanjay Kulkarni', 'I saw your talk at our seminar on GST audits. Thanking you, Rohit'),
    to('Sanjay Kulkarni', 'Could we speak for ten minutes?\nThanks and regards, Rohit'),
    to('Sanjay Kulkarni', 'Could we speak for ten minutes? Yours faithfully, Rohit.'),
    // Round 24: intensified thanks as a valediction, Australian and British ("Thanks heaps, Mel").
    to('Jess Nguyen', 'Would you be up for a talk to the parents one Sunday? Thanks heaps, Mel'),
    to('Jess Nguyen', 'Could we speak for ten minutes?\nCHEERS IN ADVANCE, Tom'),
    to('Jess Nguyen', 'Happy to work around your hours. Thanks a bunch , Priya'),
    // Thanks with its usual adverb, then the writer's name, as the draft's last words: a signature on the same line.
    to('Karthik Rao', 'Would you be up for a call to share how you approached it? Thanks a lot, Meera'),
    to('Aino Virtanen', 'Would you share your experience in a short call? Thank you in advance, Mikko'),
    to('Aino Virtanen', 'Would you share your experience in a short call? MANY THANKS FOR YOUR TIME, Mikko.'),
    to('Lena Park', 'Could we speak on Friday? Thank you so much, Dae-ho'),
  ],
});
