import type { LocalizedRule } from '../../types.ts';

/** Asking for identity numbers, bank details, passwords, date of birth or a home address. */
export const sensitiveInfo: LocalizedRule = {
  lexicon: {
    secret: [
      'dni', 'nie', 'nif', 'curp', 'rfc', 'rut', 'cuil', 'cuit', 'c(?:é|e)dula(?: de identidad)?', 'pasaporte', 'n(?:ú|u)mero de (?:la )?seguridad social', 'nss', 'n(?:ú|u)mero de afiliaci(?:ó|o)n',
      'cuenta bancaria', 'n(?:ú|u)mero de (?:la |tu |su )?cuenta(?: bancaria)?', 'iban', 'clabe', 'cbu', 'datos bancarios', 'tarjeta (?:de cr(?:é|e)dito|de d(?:é|e)bito|bancaria)', 'n(?:ú|u)mero de (?:la |tu |su )?tarjeta',
      'cvv', 'cvc', 'contraseña', 'clave (?:de acceso|bancaria|del banco|de la tarjeta)', 'c(?:ó|o)digo de (?:verificaci(?:ó|o)n|seguridad|acceso)', 'c(?:ó|o)digo que (?:te|le) (?:lleg(?:ó|o)|envi(?:é|e|amos))',
      'fecha de nacimiento', 'domicilio', 'direcci(?:ó|o)n (?:de casa|particular|personal|postal)', 'foto de (?:tu|su) (?:dni|c(?:é|e)dula|pasaporte)',
    ],
  },
  families: [
    {
      name: 'asksForSecrets',
      means: 'asks for sensitive personal data',
      // A company's registered or tax address is not personal.
      quiet: ['(?:tu|su|sus|tus) (?:\\S+ )?domicilio (?:social|fiscal)'],
      patterns: [
        '(?:tu|su|sus|tus) (?:\\S+ )?{secret}',
        '(?:necesito|necesitamos|necesitar(?:í|i)a|necesitar(?:í|i)amos|conf(?:í|i)rm(?:a|e)me|env(?:í|i)anos|p(?:á|a)sanos|facil(?:í|i)tanos|p(?:á|a)same|p(?:á|a)seme|env(?:í|i)ame|env(?:í|i)eme|m(?:á|a)ndame|m(?:á|a)ndeme|facil(?:í|i)tame|facil(?:í|i)teme|indica|ind(?:í|i)came|ind(?:í|i)queme|confirma|confirme|comparte|comp(?:á|a)rteme|requerimos|solicito|solicitamos|dime|d(?:í|i)game) (?:el|la|los|las|un|una)? ?(?:\\S+ )?{secret}',
      ],
    },
  ],
};
