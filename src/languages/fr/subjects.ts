/** InMail subjects that say nothing (languages.md §5, subject-generic). */
export const subjects = {
  generic: ['Bonjour', 'Salut', 'Question', 'Une question', 'Question rapide', 'Petite question', 'Opportunité', 'Opportunité professionnelle', 'Belle opportunité', 'Proposition', 'Proposition de collaboration', 'Collaboration', 'Partenariat', 'Important', 'Urgent', 'Prise de contact', 'Contact', 'Suivi', 'Relance', 'Demande', 'Information', 'Rendez-vous'],
};
