import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 7 (tune grew by de344–de383, clean first messages with a real reason and
 * cold drafts with real problems): each member flagged or kept quiet in phrasings of its own, with case and
 * punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Thanks without an event, and a time shared with nobody named, stay pseudo-context
    'Hallo Frau Kurz, danke für den spannenden Workshop. Gern vernetze ich mich.',
    'Hallo Herr Sander, unsere Zeit ist knapp, darum kurz: Wir bieten Lagerregale zum Sonderpreis.',
    'Guten Tag Herr Brenner, Ihre Fragen zu unserem Angebot beantworte ich gern in einem Termin.',
  ],
  [
    // Thanks for their work at a named event, with its topic in between
    'Hallo Frau Roth, vielen Dank für die Keynote über Kreislaufwirtschaft auf der Expo Real gestern!',
    'HI TOM, DANKE FÜR DEN WORKSHOP ZU RUST-MAKROS BEIM MEETUP IN DRESDEN',
    // Their questions or comments at the writer's own talk
    'Guten Tag Herr Lutz, danke für Ihre Nachfragen nach meinem Vortrag zur Netzentgeltreform. Gern schicke ich die Folien.',
    'Hey Sam, dein Feedback im Anschluss an unseren Workshop hat uns sehr geholfen – magst du dich vernetzen?',
    // The time shared at a named place
    'Hallo Jens, lang ist’s her seit unserer gemeinsamen Zeit an der HSG! Hast du mal Zeit für ein Telefonat?',
    'Servus Vroni, ich denk oft an unsere Jahre bei der Erste Bank zurück. Hast du Lust auf einen Kaffee?',
  ],
);

cases(
  'personal-favor',
  [
    'Hallo Herr Busch, könnten Sie meinen Lebenslauf an Ihre Personalabteilung weiterleiten?',
    'Hallo Frau Abt, würden Sie meine Bewerbung bitte an das Recruiting-Team weitergeben? Danke!',
    'Guten Tag, nennen Sie mir bitte den Namen der zuständigen Ansprechpartnerin im Einkauf.',
    'Hallo Herr Kranz, können Sie mir die Durchwahl des verantwortlichen Kollegen geben?',
    'Hallo Frau Zorn, ich bräuchte einen Ansprechpartner in Ihrer Marketingabteilung.',
  ],
  [
    // Their own offer, or the writer telling who is in charge
    'Hallo Frau Zorn, den Namen der zuständigen Person finden Sie in der Ausschreibung.',
    'Hallo Herr Busch, meinen Lebenslauf habe ich über Ihr Karriereportal hochgeladen.',
    'Hallo Frau Abt, Ihre Kollegin meinte, Sie seien die richtige Ansprechpartnerin für Audits.',
  ],
);

cases(
  'sales-pitch',
  [
    'Hallo Herr Hahn, hätten Sie Lust, unser Tool vier Wochen kostenlos zu testen?',
    'Hallo Frau Stein, ob Sie unsere App gratis ausprobieren möchten? Ein Klick genügt.',
    'HALLO ANNA, MAGST DU UNSERE PLATTFORM KOSTENFREI AUSZUPROBIEREN?',
  ],
  [
    // Something free that is not a product on trial
    'Hallo Herr Hahn, wenn es hilft, schicke ich Ihnen gerne unsere Checkliste (kostenlos, ohne Haken).',
    'Hallo Frau Stein, die Konferenz ist für Studierende kostenlos, vielleicht etwas für Ihr Team?',
  ],
);
