import type { LocalizedRule } from '../../types.ts';

/** Claiming an answer or a favor as owed ("Espero tu respuesta" looks forward and stays quiet). */
export const entitled: LocalizedRule = {
  families: [
    {
      name: 'claimsOwed',
      means: 'treats an answer or a favor as owed',
      patterns: [
        '(?:me|nos) (?:debes|debe|deb(?:é|e)s|deben|deb(?:é|e)is) (?:una|un|al menos|por lo menos)', 'merezco (?:una|un|al menos|por lo menos|que)', 'me merezco',
        'lo m(?:í|i)nimo (?:que )?(?:puedes|puede|pod(?:é|e)s|podr(?:í|i)as|deber(?:í|i)as)', 'es lo m(?:í|i)nimo', 'deber(?:í|i)as (?:contratarme|responderme|contestarme|darme)',
        'deber(?:í|i)a (?:usted )?(?:contratarme|responderme|contestarme|darme)', 'exijo (?:una )?(?:respuesta|explicaci(?:ó|o)n|que)', 'tengo derecho a (?:una )?respuesta',
        'me tienes que (?:responder|contestar)', 'no es mucho pedir', 'con todo lo que (?:he hecho|hice)',
      ],
    },
  ],
};
