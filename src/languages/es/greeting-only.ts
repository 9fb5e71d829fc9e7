/** `no-hello`: what a Spanish draft may hold besides a greeting without saying why it was written. */
export const greetingOnly = {
  greetings: [
    'buen(?:os|as) (?:d(?:í|i)as|tardes|noches)', 'buen d(?:í|i)a', 'buenas', 'hola+', 'holi', 'holis', 'hey', 'ey', 'saludos',
  ],
  pleasantries: [
    '(?:c(?:ó|o)mo|qu(?:é|e) tal) (?:est(?:á|a)s|est(?:á|a)is|est(?:á|a)|and(?:á|a)s|anda|andas|va (?:todo|la cosa|la semana|el d(?:í|i)a)|te va|le va|vas|sigues|sigue|te encuentras|se encuentra|todo|estamos|va)(?: todo)?',
    'c(?:ó|o)mo va(?: todo)?', 'qu(?:é|e) tal(?: todo| la semana| el d(?:í|i)a| el finde)?', 'qu(?:é|e) onda', 'qu(?:é|e) hubo', 'quiubo', 'qu(?:é|e) m(?:á|a)s', 'qu(?:é|e) cuentas',
    'espero que todo (?:bien|vaya bien|est(?:é|e) bien)', 'espero que (?:te|se) encuentre(?:s)? (?:muy )?bien', 'todo bien', 'espero que (?:est(?:é|e)s|est(?:é|e)|est(?:é|e)is) (?:muy )?bien', 'espero que (?:todo )?(?:vaya|te vaya|le vaya) (?:muy )?bien',
    '(?:mucho|un) gusto', 'un placer(?: (?:conectar|saludarte|saludarle|conocerte|conocerle))?', 'encantad[oa](?: de (?:conectar|conocerte|conocerle|saludarte))?',
    'feliz (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|fin de semana|finde|año|navidad|d(?:í|i)a)', 'que tengas (?:un )?(?:buen|lindo|feliz) (?:d(?:í|i)a|fin de semana|finde|lunes)',
    'a (?:todos|todas|tod@s|todxs)', 'de nuevo', 'otra vez',
    // Familiar address terms are not content either ("Buenas, crack!"); `nickname` reports them.
    'crack', 'm(?:á|a)quina', 'amig[oa]', 'herman[oa]', 'bro', 'jef[ea]', 'compa', 'colega', 'pana', 'parce', 'campe(?:ó|o)n', 'genio', 'crack',
  ],
};
