/** InMail subjects that say nothing (languages.md §5, subject-generic). */
export const subjects = {
  generic: ['Olá', 'Oi', 'Pergunta', 'Uma pergunta', 'Pergunta rápida', 'Dúvida', 'Oportunidade', 'Oportunidade de trabalho', 'Grande oportunidade', 'Proposta', 'Proposta de parceria', 'Parceria', 'Importante', 'Urgente', 'Contato', 'Contacto', 'Conectar', 'Acompanhamento', 'Informação', 'Solicitação', 'Reunião'],
};
