import type { LocalizedRule } from '../../types.ts';

/** Pretended earlier contact in a cold conversation ("como te prometí en la cena de ICADE" names a real meeting). */
export const falseFamiliarity: LocalizedRule = {
  families: [
    {
      name: 'pretendsPriorContact',
      means: 'pretends an earlier exchange',
      patterns: [
        'como (?:hablamos|quedamos|acordamos|conversamos|comentamos|te coment(?:é|e)|le coment(?:é|e)|te promet(?:í|i)|le promet(?:í|i)|te dije|le dije|me pediste|me pidi(?:ó|o))',
        'seg(?:ú|u)n lo (?:conversado|hablado|acordado|quedado)', 'retomando (?:nuestra|la) (?:llamada|conversaci(?:ó|o)n|charla|reuni(?:ó|o)n)', 'tras nuestra (?:llamada|conversaci(?:ó|o)n|charla|reuni(?:ó|o)n)',
        'en relaci(?:ó|o)n (?:a|con) (?:nuestra|la) (?:llamada|conversaci(?:ó|o)n|charla|reuni(?:ó|o)n) (?:de|del) (?:ayer|la semana pasada|el)',
        'fue un (?:placer|gusto) (?:hablar|charlar|conversar) contigo', 'me alegr(?:ó|o) (?:mucho )?(?:hablar|charlar) contigo', 'siguiendo (?:con )?nuestra conversaci(?:ó|o)n',
        'como te (?:adelant(?:é|e)|anticip(?:é|e))', 'te paso lo que (?:hablamos|quedamos)',
      ],
      // A named meeting makes the promise real ("como te prometí en la cena de antiguos alumnos de ICADE").
      quiet: ['como (?:te|le) (?:promet(?:í|i)|dije|coment(?:é|e)) en (?:el|la) (?:\\S+ ){0,2}?(?:cena|evento|congreso|feria|meetup|stand|charla|foro|jornada|conferencia|taller)'],
    },
  ],
  // A real meeting named anywhere in the text (howWeMet) makes "como te comenté" true: "fue un gusto compartir mesa en…".
  when: 'stranger',
};
