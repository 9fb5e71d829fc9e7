import type { LocalizedRule } from '../../types.ts';

/** Nagging phrases (languages.md §5 `badgering`); a first "ich wollte kurz nachhaken" stays quiet. */
export const badgering: LocalizedRule = {
  families: [
    {
      name: 'nagging',
      means: 'nags about an unanswered message',
      patterns: [
        '(?:haben Sie|hast du) (?:\\S+ )?meine (?:letzte|vorherige|letzten|vorherigen) (?:Nachricht|Nachrichten|Mail|E-Mail) (?:\\S+ )?(?:gesehen|gelesen|bekommen|erhalten)',
        'ich warte (?:immer )?noch (?:immer )?auf (?:Ihre|deine|eine) (?:\\S+ )?(?:Antwort|Rückmeldung|Reaktion|Nachricht)', 'ich warte immer noch(?=[ \\t]*[.!])', 'warum (?:melden Sie sich|antworten Sie|meldest du dich|antwortest du) (?:\\S+ )?nicht',
        // "zum dritten Mal" nags only about writing ("ich melde mich zum dritten Mal", "zum dritten Mal frage ich"),
        // not about anything else counted ("sie liest das Buch zum dritten Mal")
        '(?:schreibe|melde|frage|erinnere|kontaktiere|schicke|sende|wende|hake|bitte)(?: (?!(?:und|aber|weil|obwohl)(?![\\p{L}]))[^\\s,.!?]+){0,4}? zum (?:dritten|vierten|fünften|x-ten|wiederholten) Mal',
        'zum (?:dritten|vierten|fünften|x-ten|wiederholten) Mal(?:,? dass ich)? (?:[^\\s,.!?]+ ){0,3}?(?:schreibe|melde|frage|erinnere|kontaktiere|schicke|sende|wende|hake|nachfrage|nachhake|an Sie|an dich|bei Ihnen|bei dir)(?![\\p{L}])', 'immer noch keine (?:Antwort|Rückmeldung|Reaktion)', 'noch immer keine (?:Antwort|Rückmeldung|Reaktion)',
        'ich schreibe (?:Ihnen|dir) (?:jetzt )?(?:schon )?(?:wieder|erneut|zum)',
        'endlich (?:\\S+ )?(?:antworten|melden|reagieren|zurückrufen)', '(?:antworten|melden|reagieren) Sie (?:sich )?(?:\\S+ )?endlich',
      ],
    },
  ],
};
