/** InMail subjects that say nothing (languages.md §5, subject-generic). */
export const subjects = {
  generic: ['Hola', 'Saludos', 'Pregunta', 'Una pregunta', 'Pregunta rápida', 'Consulta', 'Consulta rápida', 'Oportunidad', 'Oportunidad laboral', 'Gran oportunidad', 'Propuesta', 'Propuesta de colaboración', 'Colaboración', 'Importante', 'Urgente', 'Contacto', 'Conectar', 'Seguimiento', 'Información', 'Solicitud', 'Reunión'],
};
