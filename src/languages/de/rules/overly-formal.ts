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
        'Bezug nehmend auf', 'Bezugnehmend auf', 'Euer Hochwohlgeboren', 'Ihr werter', 'Ihre werte', 'Ihres werten', 'Ihrer werten',
        'Ihr geschätztes Schreiben', 'Ihr werter Brief', 'ich beehre mich', 'gestatte ich mir', 'Ergebenste[rn]?', 'Ihr ergebenster'
      ],
    },
  ],
};
