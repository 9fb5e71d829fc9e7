import type { LocalizedRule } from '../../types.ts';

/** Claiming an answer or a favor as owed ("Espero tu respuesta" looks forward and stays quiet). */
export const entitled: LocalizedRule = {
  families: [
    {
      name: 'claimsOwed',
      means: 'treats an answer or a favor as owed',
      patterns: [
        '(?:me|nos) (?:debes|debe|deb(?:é|e)s|deben|deb(?:é|e)is) (?:una|un|al menos|por lo menos)', 'merezco (?:una|un|al menos|por lo menos|que)', 'me merezco',
        'lo m(?:í|i)nimo (?:que )?(?:puedes|puede|pod(?:é|e)s|podr(?:í|i)as|deber(?:í|i)as)', 'es lo m(?:í|i)nimo', 'deber(?:í|i)(?:as|ais|an) (?:contratarme|responderme|contestarme|darme)', 'ya (?:he|hemos) demostrado (?:de sobra|con creces|m(?:á|a)s que suficiente)', 'no (?:pienso|voy a) hacer (?:otra|m(?:á|a)s|ninguna) (?:prueba|entrevista|tarea)',
        'deber(?:í|i)a (?:usted )?(?:contratarme|responderme|contestarme|darme)', 'exijo (?:una )?(?:respuesta|explicaci(?:ó|o)n|que)', 'tengo derecho a (?:una )?respuesta',
        'me tienes que (?:responder|contestar)', '(?:tienes|tiene usted|ten(?:é|e)s) la obligaci(?:ó|o)n de', 'es (?:tu|su) obligaci(?:ó|o)n', 'me lo debes', 'me lo debe', 'no me (?:puedes|puede) ignorar',
        '(?:al menos|por lo menos) (?:podr(?:í|i)as|podr(?:í|i)a|deber(?:í|i)as|deber(?:í|i)a) (?:tener la decencia|responder|contestar|responderme|contestarme)', 'ten(?:ga)? la decencia de', 'me corresponde (?:una|un|el|la)', 'lo justo (?:ser(?:í|i)a|es) que', 'ser(?:í|i)a lo m(?:í|i)nimo', 'despu(?:é|e)s de todo lo que (?:he hecho|hice)', 'no es justo que', 'espero (?:que )?(?:al menos|por lo menos) (?:me )?(?:respondas|contestes|responda|conteste|una respuesta)', 'no es mucho pedir', 'lo menos que (?:puedes|podr(?:í|i)as|puede|podr(?:í|i)a|pod(?:é|e)s) hacer', '(?:es|me parece) una falta de (?:respeto|educaci(?:ó|o)n|cortes(?:í|i)a) (?:no|que no)',
        'ni siquiera (?:te dignas|se digna|os dign(?:á|a)is|se dignan) a', 'deber(?:í|i)an? (?:usted |ustedes )?(?:llamarme|entrevistarme|considerarme|tenerme en cuenta)', 'lo m(?:í|i)nimo (?:\\S+ ){0,2}?(?:ser(?:í|i)a|es|era) (?:contestar|responder|una respuesta|que)',
        'no (?:te |le |os )?(?:cuesta|costar(?:í|i)a|cuestan) (?:tanto|nada|mucho) (?:contestar|responder|escribir)', 'me (?:lo )?he ganado (?:al menos|por lo menos|el derecho|una|un)', 'con todo lo que (?:he hecho|hice)',
        // A job or a place claimed as owed: "ese puesto tendría que haber sido para mí", "me merecía el ascenso".
        '(?:ese|este|el) (?:puesto|ascenso|trabajo|cargo|contrato|plaza) (?:tendr(?:í|i)a que|deber(?:í|i)a|ten(?:í|i)a que) (?:haber sido|ser) (?:para )?m(?:í|i)[oa]?', 'me merec(?:í|i)a (?:el|ese|este|la|esa|esta) (?:puesto|plaza|ascenso|oportunidad|trabajo|cargo|entrevista)',
        'tengo derecho a (?:una |un )?(?:explicaci(?:ó|o)n|entrevista|segunda (?:entrevista|oportunidad)|devoluci(?:ó|o)n)', '(?:tendr(?:í|i)as|tendr(?:í|i)a usted|tendr(?:í|i)an) que (?:haberme (?:contratado|llamado|respondido|contestado|elegido)|contratarme)',
      ],
    },
  ],
};
