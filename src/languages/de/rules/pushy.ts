import type { LocalizedRule } from '../../types.ts';

/** Pressure and deadlines (languages.md §5 `pushy`); "Ich freue mich auf Ihre Rückmeldung" and "zeitnah" stay quiet. */
export const pushy: LocalizedRule = {
  lexicon: {
    writerDoes: ['melde', 'melden', 'schicke', 'schicken', 'sende', 'senden', 'antworte', 'antworten', 'gebe', 'geben', 'rufe', 'rufen', 'liefere', 'liefern', 'kläre', 'klären', 'prüfe', 'prüfen', 'bin', 'sind', 'habe', 'haben', 'kann', 'können', 'werde', 'werden', 'erhalten', 'bekommen'],
    // What the writer does (not what they receive or may do), for the verb-first order.
    writerActs: ['melde', 'meld', 'melden', 'schicke', 'schick', 'send', 'geb', 'ruf', 'reich', 'schreib', 'sag', 'leg', 'kümmer', 'kümmere', 'schicken', 'sende', 'senden', 'antworte', 'antworten', 'gebe', 'geben', 'rufe', 'rufen', 'liefere', 'liefern', 'kläre', 'klären', 'prüfe', 'prüfen', 'werde', 'werden', 'reiche', 'reichen', 'schreibe', 'schreiben', 'sage', 'sagen', 'erledige', 'erledigen', 'lege', 'legen'],
    day: ['morgen', 'übermorgen', 'heute', 'heute abend', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'morgen früh', 'ende der woche', 'wochenende', 'monatsende', 'heute mittag', '\\d{1,2}\\. ?\\p{L}+', '\\d{1,2} uhr', '\\d{1,2}\\.\\d{1,2}\\.?'],
    reply: ['antwort', 'rückmeldung', 'rueckmeldung', 'bescheid', 'entscheidung', 'feedback', 'zusage', 'unterschrift', 'melden', 'melde', 'meldet', 'antworten', 'zurückrufen', 'zurückmelden', 'schicken', 'senden', 'schick', 'unterschreiben', 'bestätigen', 'zurück', 'mitteilen', 'mitteilt', 'sagen', 'wissen lassen', 'zusagen', 'entscheiden', 'liefern'],
  },
  families: [
    {
      name: 'urgent',
      means: 'presses for urgency',
      patterns: ['dringend', 'dringendst', 'eilt', 'es eilt', 'eilig', 'so schnell wie möglich', 'so bald wie möglich', 'schnellstmöglich', 'schnellstens', 'umgehend', 'unverzüglich', 'asap', 'a\\.s\\.a\\.p\\.?', 'auf der Stelle', 'ohne Verzögerung'],
      quiet: ['dringend (?:benötigte|gesuchte|gesucht)',
        // Urgency of a thing, not of their answer: "die dringend nötige Sanierung", "dringend empfohlen"
        'dringend (?:nötig|nötige|nötigen|nötiger|notwendig|notwendige|notwendigen|erforderlich|erforderliche|erforderlichen|gebraucht|gebrauchte|gebrauchten|benötigt|geboten|empfohlen|angeraten|abgeraten|davon abraten|abzuraten|sanierungsbedürftig|reformbedürftig|überfällig|überfällige)', 'Notaufnahme', 'Dringlichkeit', 'sofort verfügbar', 'ab sofort', 'nicht dringend', 'kein(?:e)? (?:\\S+ )?Eile', 'eilt nicht',
        // "Eine Antwort eilt überhaupt nicht", "es eilt wirklich nicht"
        'eilt (?:überhaupt|gar|wirklich|absolut|keineswegs) (?:nicht|kein)', 'eilt keineswegs',
        // The writer's own speed is a promise, not pressure: "ich melde mich umgehend", "wir suchen dringend"
        '(?:ich|wir) (?:\\S+ ){0,3}?(?:umgehend|schnellstmöglich|schnellstens|so schnell wie möglich|so bald wie möglich|unverzüglich)',
        '(?:suchen|sucht|suche) (?:\\S+ )?dringend',
        // Speed in a finished past action is a report, not pressure: "als Ihr Bauamt die Genehmigungen umgehend erteilt hat"
        '(?:dringend|umgehend|unverzüglich|schnellstmöglich|schnellstens|so schnell wie möglich|so bald wie möglich)(?: [^\\s,.!?]+){1,6}? (?:hat|haben|hatte|hatten|wurde|wurden|worden)(?![\\p{L}])',
        // … with the auxiliary first and the participle after: "Ihre Kollegin hat meinem Vater das Medikament umgehend besorgt" (not a question)
        '(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind|war|waren) (?:[^\\s.!?]+ ){0,10}?(?:dringend|umgehend|unverzüglich|schnellstmöglich|schnellstens|so schnell wie möglich|so bald wie möglich) (?:[^\\s,.!?]+ ){0,3}?(?<!zu )(?:\\p{L}*ge\\p{L}+(?:t|en)|(?:be|ver|er|ent|zer|emp|über)\\p{L}+t|\\p{L}+iert)(?![\\p{L}])(?![^.!?\\n]{0,80}\\?)',
        // … or added after the participle: "Ihr Team hat meinen Sohn vom Berg geholt, so schnell wie möglich und trotz Sturm"
        '(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind|war|waren) [^.!?\\n]{0,120}?(?:\\p{L}*ge\\p{L}+(?:t|en)|(?:be|ver|er|ent|zer|emp|über)\\p{L}+t|\\p{L}+iert), (?:und )?(?:dringend|umgehend|unverzüglich|schnellstmöglich|schnellstens|so schnell wie möglich|so bald wie möglich)(?![\\p{L}])(?![^.!?\\n]{0,80}\\?)',
        // A thing that urgently has to be done, in the passive: "deren Bad dringend neu gemacht werden muss", "dringend saniert werden sollte"
        'dringend (?:[^\\s,.!?]+ ){0,3}?(?:\\p{L}*ge\\p{L}+(?:t|en)|(?:be|ver|er|ent|zer|über)\\p{L}+t|\\p{L}+iert) werden (?:muss|müsste|müssen|müssten|sollte|sollten|soll|sollen)(?![\\p{L}])',
        // Someone else's urgent need, not a deadline for the reader: "dass die Branche dringend Frauen am Steuer braucht", "unser Dorf braucht dringend einen Hausarzt"
        'dringend (?!(?:[^\\s,.!?]+ ){0,4}?(?:Ihre|Ihren|Ihr|Ihrer|Ihrem|deine|deinen|dein|deiner|Antwort|Rückmeldung|Entscheidung|Zusage|Bescheid|Feedback|Rückruf|Unterschrift|Freigabe)(?![\\p{L}]))(?:[^\\s,.!?]+ ){0,5}?(?:braucht|benötigt|fehlt|fehlen)(?![\\p{L}])',
        '(?:braucht|benötigt) (?:\\S+ )?dringend (?!(?:[^\\s,.!?]+ ){0,3}?(?:Ihre|Ihren|Ihr|Ihrer|Ihrem|deine|deinen|dein|deiner|Antwort|Rückmeldung|Entscheidung|Zusage|Bescheid|Feedback|Rückruf|Unterschrift|Freigabe)(?![\\p{L}]))[\\p{L}-]+',
        // The writer's own need, not a deadline for the reader: "ich brauche dringend einen Job" (that is `desperate`/`job-ask`),
        // but "ich brauche dringend eine Antwort" still presses them.
        '(?:ich|wir) (?:brauche|brauchen|benötige|benötigen) (?:\\S+ )?dringend (?:einen|eine|ein|neue|neuen|neues) (?!(?:\\S+ )?(?:Antwort|Rückmeldung|Entscheidung|Zusage|Bescheid|Feedback|Rückruf|Unterschrift))[\\p{L}-]+'],
    },
    {
      name: 'deadline',
      means: 'sets them a deadline',
      patterns: [
        '{reply} (?:\\S+ ){0,4}?(?:bis|noch) (?:spätestens )?{day}',
        'bis (?:spätestens )?{day} (?:\\S+ ){0,3}?{reply}',
        '(?:heute|noch heute) (?:noch )?(?:\\S+ ){0,2}?{reply}',
        '{reply} (?:\\S+ ){0,5}?heute noch',
        'sonst verfällt', 'ansonsten verfällt',
        '{reply} (?:\\S+ ){0,4}?innerhalb (?:von |der nächsten )?(?:\\d+|24|48|zwei|drei) (?:Stunden|Tagen|Tage|Minuten)',
        'innerhalb (?:von |der nächsten )?(?:\\d+|24|48|zwei|drei) (?:Stunden|Tagen|Tage|Minuten) (?:\\S+ ){0,3}?{reply}',
        '(?:brauche|benötige) (?:\\S+ ){0,4}?(?:bis heute|bis morgen|heute noch|noch heute|sofort)',
        // The separable verb split around the deadline: "Bitte teilen Sie uns bis Freitag mit", "gib mir bis morgen Bescheid"
        '(?<!(?:ich|wir) )(?:teilen Sie|teilt|teil|teile|geben Sie|gebt|gib) (?:\\S+ ){0,3}?bis (?:spätestens )?{day} (?:\\S+ ){0,6}?(?:mit|Bescheid)(?![\\p{L}])',
      ],
      quiet: [
        'bis (?:\\S+ )?{day} (?:\\S+ ){0,3}?(?:in Ruhe|Zeit|kein Stress|gern|gerne|jederzeit)',
        // The writer's own deadline: "ich melde mich bis Freitag", "heute noch schicke ich Ihnen…"
        '(?:ich|wir) (?:{writerDoes}) (?:\\S+ ){0,6}?(?:bis (?:spätestens )?{day}|heute noch|noch heute|innerhalb)',
        '(?:bis (?:spätestens )?{day}|heute noch|noch heute) (?:{writerDoes}) (?:ich|wir)',
        // … with the verb first after an adverb, as German puts it: "Dann gebe ich Ihnen bis Freitag Bescheid", "Gern schicke ich Ihnen
        // bis Montag die Zahlen". Within the clause (a comma may start their deadline). Only verbs of doing (not "Erhalten wir bis Freitag Ihre Zusage?"), and not in a question.
        '(?:{writerActs}) (?:ich|wir) [^,;:.!?\\n]{0,60}?(?:bis (?:spätestens )?{day}|heute noch|noch heute|innerhalb)(?: [^,.!?\\n]{0,40}?{reply}(?![\\p{L}]))?(?![^.!?\\n]{0,120}\\?)',
        // A deadline set by logistics and said with it: "bitte geben Sie mir bis Mittwoch Bescheid, ob der Termin passt – dann kann
        // ich den Raum reservieren", "… bis Freitag, damit wir Sie für den Kurs anmelden können", "das Catering braucht die Zahlen".
        '(?:(?:teilen Sie|geben Sie|gebt|gib|teil|teile|teilt|sagen Sie|sag) (?:\\S+ ){0,3}?)?bis (?:spätestens )?{day}[^.!?\\n]{0,100}?(?:(?:dann|damit|sodass|so dass) (?:kann |können |könnte |könnten )?(?:ich|wir) (?:\\S+ ){0,5}?(?:reservieren|buchen|bestellen|einplanen|anmelden|organisieren|vorbereiten|drucken|eintragen|freischalten|einladen|reserviere|buche|bestelle|melde)|(?:das|der|die) (?:Hotel|Caterer|Catering|Veranstalter|Empfang|Pforte|Druckerei|Verwaltung|Sicherheitsdienst) (?:braucht|benötigt))',
        // A third party's deadline or decision, not theirs: "die Jury trifft ihre Entscheidung bis Freitag",
        // "die Förderung muss bis 30. Juni beantragt werden"
        '(?:trifft|treffen|fällt|fällen|fallen|fiel|verkündet|verkünden) (?!(?:Sie|du|ihr) )(?:\\S+ ){0,2}?(?:Entscheidung|Zusage|Bescheid|Rückmeldung|Antwort)',
        '(?:Entscheidung|Zusage|Bescheid|Rückmeldung|Antwort) (?:\\S+ )?(?:der|des|vom|von der|von) (?:Jury|Kommission|Ministerium|Ministeriums|Behörde|Amt|Amts|Verlag|Verlags|Kunde|Kunden|Stiftung|Förderer|Fördergeber|Bank|Vorstand|Vorstands|Gremium|Gremiums)',
        'bis (?:spätestens )?{day} (?:\\S+ ){0,3}?(?:beantragt|eingereicht|abgegeben|angemeldet|eingegangen|vorliegen|fertig|erledigt|geschlossen|offen|möglich|verlängert|gültig|befristet)',
      ],
    },
  ],
};
