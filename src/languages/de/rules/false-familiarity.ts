import type { LocalizedRule } from '../../types.ts';

/** Pretending a past exchange in a cold conversation (languages.md §5 `false-familiarity`). du is not this. */
export const falseFamiliarity: LocalizedRule = {
  when: 'cold',
  families: [
    {
      name: 'pretendedExchange',
      means: 'pretends a past conversation',
      patterns: [
        'wie (?:\\S+ ){0,3}?(?:telefonisch |gerade |soeben |kürzlich |neulich )?(?:besprochen|vereinbart|abgesprochen|versprochen|angekündigt|abgestimmt|ausgemacht)',
        '(?:bezugnehmend|Bezug nehmend|anknüpfend|zurückkommend) auf unser(?:e|en)? (?:\\S+ )?(?:Gespräch|Telefonat|Austausch|Unterhaltung|Call|Termin)',
        '(?:wie|nach) unserem (?:\\S+ )?(?:Telefonat|Gespräch|Call|Austausch) (?:besprochen|vereinbart|gestern|letzte Woche|neulich)',
        'schön, (?:wieder )?von (?:Ihnen|dir) zu hören', 'wie (?:Sie|du) (?:ja )?(?:wissen|weißt), haben wir',
        'wie gewünscht', 'wie zugesagt',
        // "wie am Telefon angesprochen", "wie neulich schon angedeutet"
        'wie (?:am Telefon|telefonisch|gestern|neulich|heute Morgen|heute früh|vorhin|kurz|bereits|schon|im Gespräch|in unserem Gespräch)(?: \\S+)? (?:angesprochen|angerissen|angedeutet|erwähnt|zugesagt|besprochen|vereinbart|versprochen|abgesprochen)',
        'schön, dass wir (?:\\S+ ){0,3}?(?:sprechen|telefonieren|reden|uns austauschen|uns unterhalten) konnten',
        '(?:mit Bezug|mit Bezugnahme|in Bezug|unter Bezug|gemäß|entsprechend) (?:auf )?unser(?:e|en|em)? (?:\\S+ )?(?:Gespräch|Telefonat|Austausch|Unterhaltung|Call|Termin|Absprache|Vereinbarung)',
        '(?:wir|ich) (?:\\S+ )?(?:gestern|vorhin|heute|letzte Woche|neulich) (?:\\S+ )?(?:telefoniert|gesprochen haben|gesprochen hatten)',
        // Thanks for a call that never was, or picking it up again: "danke nochmal für das nette Telefonat", "ich knüpfe an unser Gespräch an"
        '(?:danke|vielen Dank|herzlichen Dank|besten Dank) (?:\\S+ ){0,2}?für (?:das|unser|den|unseren) (?:nette |nettes |gute |gutes |angenehme |angenehmes |kurze |kurzes |spannende |spannendes |tolle |tolles |offene |offenes )?(?:Telefonat|Gespräch|Austausch|Call|Videocall|Treffen)(?![^.!?\\n]{0,60}(?:auf der|auf dem|beim|bei der|am Stand|am Rande|in der Pause|während der|während des))',
        '(?:knüpfe|knüpfen|komme|kommen) (?:\\S+ )?(?:an|auf) unser(?:e|en|em)? (?:\\S+ )?(?:Gespräch|Telefonat|Austausch|Unterhaltung|Call|Termin) (?:\\S+ ){0,4}?(?:an|zurück)',
        '(?:es war|war) (?:\\S+ )?(?:schön|toll|nett|super|angenehm|eine Freude|spannend),? (?:mit Ihnen|mit dir) (?:\\S+ ){0,3}?(?:zu sprechen|zu telefonieren|zu reden|zu plaudern|auszutauschen|zu quatschen)(?![^.!?\\n]{0,60}(?:auf der|auf dem|beim|bei der|am Stand|am Rande|in der Pause|während der|während des))',
      ],
      // A real meeting named earlier in the paragraph ("danke für Ihre Zeit beim Karrieretag … wie vereinbart").
      quiet: ['(?:kennengelernt|getroffen|unterhalten|begegnet|beim|auf der|auf dem|am Stand|(?:Kaffee|Treffen|Mittagessen|Lunch|Frühstück|Abendessen|Besuch) (?:\\S+ ){0,2}?(?:in|im|am|auf|bei))[^\\n]{0,200}?wie (?:\\S+ )?(?:besprochen|vereinbart|versprochen|abgesprochen|zugesagt|angesprochen)'],
    },
  ],
};
