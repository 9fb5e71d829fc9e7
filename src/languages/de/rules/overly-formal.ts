import type { LocalizedRule } from '../../types.ts';

/** Archaic formulas only (languages.md §7); "Sehr geehrte Frau X" and "Mit freundlichen Grüßen" are normal. */
export const overlyFormal: LocalizedRule = {
  families: [
    {
      name: 'archaicFormula',
      means: 'is an archaic formula',
      patterns: [
        'Hochachtungsvoll', 'Mit vorzüglicher Hochachtung', 'Mit ausgezeichneter Hochachtung', 'Ergebenst', 'Ihr sehr ergebener', 'Ihre sehr ergebene',
        'Ihr ergebener', 'Ihre ergebene', 'Hiermit (?:teile|erlaube) ich (?:Ihnen|mir)(?: mit)?', 'Ich erlaube mir(?:,)? Ihnen', 'erlaube ich mir(?:,)? Ihnen',
        'In Erwartung Ihrer (?:\\S+ )?(?:geschätzten |werten )?(?:Antwort|Rückmeldung|Nachricht)', 'verbleibe ich', 'verbleibe ich mit',
        'Bezug nehmend auf', 'Bezugnehmend auf', 'Euer Hochwohlgeboren', 'Ihr geschätztes Schreiben', 'ich beehre mich', 'gestatte ich mir', 'Ergebenste[rn]?', 'Ihr ergebenster'
      ],
    },
    {
      // "Ihre werte Nachricht" (archaic), not "Ihre Werte" (your values): lower-case "werte" only.
      name: 'archaicEsteemed',
      means: 'is an archaic formula',
      caseSensitive: true,
      patterns: ['(?:Ihr|Ihre|Ihres|Ihrer|Ihrem|Ihren) (?:werte|werter|werten|wertes) (?:Nachricht|Anfrage|Schreiben|Brief|Antwort|Mail|Rückmeldung|Firma|Herr|Frau)'],
    },
  ],
};
