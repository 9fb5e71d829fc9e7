import type { LocalizedRule } from '../../types.ts';

/** Claims on the reader (languages.md §5 `entitled`); "Ich freue mich auf Ihre Antwort" stays quiet. */
export const entitled: LocalizedRule = {
  families: [
    {
      name: 'owedAnswer',
      means: 'claims they owe you',
      patterns: [
        '(?:Sie schulden|du schuldest) mir', 'ich verdiene (?:\\S+ )?(?:eine |einen )?(?:\\S+ )?(?:Antwort|Erklärung|Chance|Respekt|Rückmeldung|Absage|Begründung)', 'das Mindeste,? was (?:Sie|du)',
        'ich erwarte (?:\\S+ ){0,3}?(?:eine|Ihre|deine) (?:\\S+ )?(?:Antwort|Erklärung|Rückmeldung|Entschuldigung)',
        // The same as a clause: "ich erwarte eigentlich, dass man auf eine Bewerbung antwortet"
        'ich erwarte(?: [^\\s,.!?]+){0,2}, ?dass (?:man|Sie|du|ihr) (?:[^\\s.!?]+ ){0,6}?(?:antwortet|antworten|zurückschreibt|zurückschreiben|reagiert|reagieren|meldet|melden|zurückmeldet|zurückmelden)(?![\\p{L}])', 'ich habe (?:\\S+ )?(?:ein Recht|Anspruch) auf (?:eine )?(?:Antwort|Erklärung)',
        '(?:Sie sollten|du solltest) mich (?:\\S+ )?(?:einstellen|nehmen|einladen)', 'ich verlange (?:\\S+ )?(?:eine )?(?:Antwort|Erklärung)',
      ],
    },
  ],
};
