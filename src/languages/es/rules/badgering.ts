import type { LocalizedRule } from '../../types.ts';

/** Pressure about unanswered messages ("retomo mi mensaje anterior por si se perdió" is a polite follow-up). */
export const badgering: LocalizedRule = {
  families: [
    {
      name: 'chasesReply',
      means: 'pressures them about unanswered messages',
      // A first polite follow-up: "por si no viste mi mensaje" (one message) is not pressure.
      quiet: ['por si no (?:viste|has visto|le(?:í|i)ste|has le(?:í|i)do) mi (?:(?:ú|u)ltimo |anterior )?mensaje'],
      patterns: [
        '(?:viste|has visto|vio|ha visto|leíste|has le(?:í|i)do) mis? (?:(?:(?:ú|u)ltimos?|anteriores?) )?mensajes?', '(?:te|le) (?:vuelvo|he vuelto) a escribir', '(?:te|le) escribo (?:otra vez|una vez m(?:á|a)s)',
        'por qu(?:é|e) no (?:me )?(?:respondes|contestas|responde|contesta|respond(?:é|e)s|contest(?:á|a)s|has respondido|has contestado)', 'sigo esperando', 'todav(?:í|i)a (?:estoy )?esperando (?:tu|su|una) respuesta',
        'subo (?:este|mi) mensaje', 'reflot(?:o|ando) (?:este|mi) mensaje', 'por (?:tercera|cuarta|quinta|en(?:é|e)sima) vez', 'ya (?:te|le) (?:escrib(?:í|i)|he escrito) (?:dos|tres|varias|muchas) veces',
        // "sigues sin contestar", "sigue usted sin responderme", "seguís sin contestarme": the reader's silence reproached
        '(?:sigues|sigue usted|segu(?:í|i)s) (?:todav(?:í|i)a )?sin (?:contestar|responder|contestarme|responderme|decirme nada|dar(?:me)? (?:una )?respuesta)',
        '(?:te|le) he escrito (?:dos|tres|varias|muchas) veces', 'por si no viste mis mensajes', 'no has (?:contestado|respondido)', 'sin respuesta (?:todav(?:í|i)a|a(?:ú|u)n)',
      ],
    },
  ],
};
