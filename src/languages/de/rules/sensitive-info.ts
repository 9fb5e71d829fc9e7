import type { LocalizedRule } from '../../types.ts';

/** Asking for data nobody should send on LinkedIn (languages.md §5 `sensitive-info`). */
export const sensitiveInfo: LocalizedRule = {
  families: [
    {
      name: 'identityOrBankData',
      means: 'asks for sensitive personal data',
      patterns: [
        'Steueridentifikationsnummer', 'Steuernummer', 'Sozialversicherungsnummer', 'Rentenversicherungsnummer', 'AHV-Nummer',
        'Personalausweis(?:es|nummer)?', 'Ausweis(?:es|kopie)?', 'Ausweisnummer', 'Reisepass(?:nummer)?', 'Passnummer', 'Bankverbindung', 'Bankdaten',
        'Kontonummer', 'Kontodaten', 'Kreditkarte(?:nnummer|ndaten)?', 'Kartennummer', 'Prüfnummer', 'Passwort', 'Kennwort', 'Zugangsdaten',
        'Bestätigungscode', 'Verifizierungscode', 'Geburtsdatum', 'Privatadresse', 'Wohnadresse', 'Krankenversicherungsnummer',
      ],
      // Offering your own details is fine.
      quiet: ['(?:meine|unsere) (?:\\S+ )?(?:Bankverbindung|Bankdaten|Kontonummer|Privatadresse)', 'mein Geburtsdatum', '(?:Passwort|Kennwort)-\\p{L}+', 'Passwortmanager'],
    },
    {
      // Acronyms in capitals only: "Tan" or "pin" written otherwise are other words.
      name: 'codesAndNumbers',
      means: 'asks for sensitive personal data',
      caseSensitive: true,
      patterns: ['IBAN', 'BIC', 'PIN', 'TAN', 'Steuer-ID', 'Steuer-Id', 'SV-Nummer', 'PUK'],
      quiet: ['(?:[Mm]eine|[Uu]nsere) (?:IBAN|BIC)'],
    },
  ],
};
