import type { AddressCues } from '../types.ts';

/*
 * Forms of address (languages.md §6). Matched case-sensitively (`caseSensitive: true`): "Sie" is the
 * formal you, "sie" is she/they. A capital at a sentence start says nothing, so the formal pronouns only
 * count after a letter, digit, comma, semicolon, bracket or dash and a space, i.e. inside a sentence
 * ("Könnten Sie", "danke, Sie"); after ". ", "? ", "! ", ": " or at a line start they do not.
 * A salutation line ending with a comma continues the sentence, so "Sie" on the next line counts.
 */
const INSIDE_SENTENCE = '(?<=[\\p{L}\\p{N},;)\\]–—-][ \\t]{1,3}|,[ \\t]*\\n[ \\t]*)';
const FORMAL_PRONOUN = '(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)';

export const address: AddressCues = {
  caseSensitive: true,
  formal: [
    `${INSIDE_SENTENCE}${FORMAL_PRONOUN}`,
    // Salutations that are formal whatever follows
    '[Ss]ehr geehrte[r]? (?:Frau|Herr|Dr\\.|Prof\\.)', '[Ss]ehr geehrte Damen und Herren',
    '(?:[Hh]allo|[Gg]uten (?:Tag|Morgen|Abend)|[Ll]iebe[r]?|[Gg]rüezi|[Gg]rüß Gott|[Gg]rüss Gott|[Mm]oin|[Ss]ervus) (?:Frau|Herr|Herrn) (?:Dr\\. |Prof\\. |Prof\\. Dr\\. )?\\p{Lu}[\\p{L}\\p{M}-]*',
  ],
  familiar: [
    // du/dich/dir/dein…, also capitalized as in letters ("Du", "Dein"); "dein" in every case.
    '[Dd]u', '[Dd]ich', '[Dd]ir', '[Dd]ein', '[Dd]eine', '[Dd]einen', '[Dd]einem', '[Dd]einer', '[Dd]eines', '[Dd]eins',
    // Clipped verb forms with the pronoun glued on ("hast'e", "kannste", "willste")
    '(?:[Hh]ast|[Kk]annst|[Ww]illst|[Bb]ist|[Mm]agst|[Ss]ollst|[Ww]eißt)e',
  ],
  metaTalk: [
    // "ich biete Ihnen das Du an", "das Du ist okay", "wir können uns gern duzen", "per Du", "ist Du in Ordnung?"
    '(?:das|ein|dem) Du',
    '[Pp]er [Dd]u',
    '[Dd]uzen', '[Dd]uze', '[Dd]uzt', '[Dd]uzt', '[Gg]eduzt', '[Ss]iezen', '[Gg]esiezt',
    '[Dd]u (?:ist|wäre|waere) (?:\\S+ )?(?:okay|ok|in Ordnung|recht)',
  ],
  formalSector: [
    'Rechtsanwalt', 'Rechtsanwältin', 'Anwalt', 'Anwältin', 'Kanzlei', 'Notar', 'Notarin', 'Notariat', 'Steuerberater', 'Steuerberaterin',
    'Steuerberatung', 'Wirtschaftsprüfer', 'Wirtschaftsprüferin', 'Wirtschaftsprüfung', 'Bank', 'Sparkasse', 'Volksbank', 'Landesbank',
    'Raiffeisenbank', 'Versicherung', 'Versicherungen', 'Vorstand', 'Vorständin', 'Aufsichtsrat', 'Aufsichtsrätin', 'Ministerium', 'Behörde',
    'Amt', 'Richter', 'Richterin', 'Landgericht', 'Amtsgericht', 'Oberlandesgericht', 'Gericht', 'Staatsanwalt', 'Staatsanwältin',
    'Professor', 'Professorin', 'Prof.', 'Lehrstuhl', 'Chefarzt', 'Chefärztin', 'Oberarzt', 'Oberärztin', 'Dr.', 'Senatsverwaltung',
    'Bürgermeister', 'Bürgermeisterin', 'Botschaft', 'Konsulat',
  ],
  casualSector: [
    'Startup', 'Start-up', 'Gründer', 'Gründerin', 'Co-Founder', 'Founder', 'Scale-up', 'Agentur', 'Engineer', 'Entwickler', 'Entwicklerin',
    'Developer', 'Product', 'Design', 'Designer', 'Designerin', 'Growth', 'UX', 'Tech', 'Community', 'Creator', 'Coach',
  ],
};
