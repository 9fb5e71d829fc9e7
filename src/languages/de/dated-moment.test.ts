import { languageCases } from '../../testing/language-cases.ts';

/**
 * `no-context`'s third backstop in this language (`context.mention.datedMoment`): a past moment of theirs,
 * dated, is a reason even in words no family knows; the writer's own messages, LinkedIn clicks, anyone like
 * them and a claimed exchange are not. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    "Hallo Herr Vogt, ich habe Ihnen letzte Woche meine Unterlagen geschickt. Haben Sie schon reingeschaut?",
    "Hallo Frau Kern, wie besprochen letzte Woche: Hier ist unser Angebot.",
    "Guten Tag Herr Lenz, vor zwei Wochen habe ich Ihr Profil gesehen. Wir helfen Firmen wie Ihrer beim Recruiting.",
  ],
  [
    "Hi Jonas, dein Tipp zum Förderantrag vor drei Wochen hat uns wirklich gerettet – danke dir!",
    "Guten Tag Frau Pohl, Ihr Hinweis zum Förderprogramm vor zwei Wochen hat uns sehr geholfen. Danke!",
    "Guten Tag Frau Pohl – Ihr Hinweis zum Förderprogramm (vor zwei Wochen!) hat uns sehr geholfen …",
  ],
);
