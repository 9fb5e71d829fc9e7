/**
 * InMail subjects (languages.md §5): subjects that say nothing in Spanish, and reply/forward prefixes
 * that pretend an earlier exchange. `LanguagePack` has no field for them yet; `subject-generic` and
 * `fake-reply-subject` can read them from here once it has.
 */
export const subjects = {
  generic: [
    'hola', 'buenas', 'buenos días', 'saludos', 'pregunta', 'pregunta rápida', 'una pregunta', 'consulta', 'consulta rápida', 'oportunidad', 'oportunidad laboral',
    'gran oportunidad', 'propuesta', 'propuesta de colaboración', 'colaboración', 'importante', 'urgente', 'contacto', 'conectar', 'información', 'solicitud',
    'presentación', 'seguimiento', 'oferta', 'hola!', 'qué tal',
  ],
  replyPrefixes: ['re:', 'res:', 'rv:', 'fw:', 'fwd:', 'reenv:', 'reenviado:', 'rta:'],
} as const;
