/** InMail subjects that say nothing (languages.md §5, subject-generic). */
export const subjects = {
  generic: ['Hallo', 'Hi', 'Frage', 'Kurze Frage', 'Eine Frage', 'Anfrage', 'Kurze Anfrage', 'Angebot', 'Chance', 'Gelegenheit', 'Jobangebot', 'Kooperation', 'Zusammenarbeit', 'Wichtig', 'Dringend', 'Kontakt', 'Kontaktaufnahme', 'Vernetzung', 'Nachfrage', 'Info', 'Termin',
    // Recruiters' stock subjects that name no role: "Spannende Position", "Neue Herausforderung"
    'Spannende Position', 'Spannende Stelle', 'Spannende Aufgabe', 'Spannende Gelegenheit', 'Spannende Chance', 'Interessante Position', 'Interessante Stelle', 'Neue Herausforderung', 'Karrierechance', 'Jobchance', 'Stellenangebot'],
};
