import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 15 (tune grew by de604–de633, drafts based on German-language pages about
 * referrals, alumni networks, recruiter InMails and LinkedIn spam): each member flagged or kept quiet in phrasings
 * of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'job-ask',
  [
    // Chat German without subject and with a clipped article is still asking a stranger for a job
    'Hi, bin momentan auf der Suche nach nem Job in der Logistik, habt ihr was?',
    'hallo! bin gerade auf der Suche nach ner Stelle als Erzieherin – meldet euch gern',
    // Having applied only "initiativ" to someone who does not recruit stays a job ask
    'Hallo Herr Lang, ich habe mich initiativ bei Ihrer Firma beworben. Könnten Sie mich intern empfehlen?',
    // … and so does saying you have not applied yet
    'Hallo Sara, ich habe mich noch nicht beworben – kannst du mich vorher intern empfehlen?',
  ],
  [
    // A referral asked after applying (said in the perfect tense, or with the posting's number) follows up on an application
    'Hallo Jens, ich habe mich am Montag bei euch auf die Stelle als Data Analyst beworben. Würdest du mich intern vorschlagen, wenn du magst?',
    'Guten Tag Frau Roth, da ich mich letzte Woche um die Position im Controlling beworben habe: Könnten Sie mich Ihrer Kollegin empfehlen?',
    'Hallo Ben, meine Bewerbung (Kennziffer 4471) ist raus. Kannst du mich über das Empfehlungsprogramm weiterempfehlen?',
  ],
);

cases(
  'no-context',
  [
    // Still pseudo-context: a visit to one's own profile
    'Guten Tag Herr Weber, ich habe gesehen, dass Sie mein Profil besucht haben. Hätten Sie Zeit für ein Gespräch?',
  ],
  [
    // "Referat" is the Swiss and Austrian word for a talk
    'Grüezi Frau Meier\nIhr Referat am Forum Digitale Schweiz hat mich sehr beschäftigt. Gerne würde ich mich vernetzen.',
    'Servus Herr Huber, seit Ihrem Referat beim Tiroler Wirtschaftsforum denke ich über Fachkräfte im Tourismus nach.',
    // A named third person told me to ask, in the colloquial indicative ("ich soll", "ich kann")
    'Hey Tom, Mara Vogt meinte, ich soll dich wegen eurer Kafka-Migration fragen. Hast du kurz Zeit?',
    'Hallo Frau Adler, Herr Brück meinte, ich kann mich wegen der Ausschreibung direkt bei Ihnen melden.',
  ],
);
