import type { LocalizedRule } from '../../types.ts';

/** Presuming what the reader wants or knows ("imagino que estarás muy ocupado" stays quiet). */
export const assumption: LocalizedRule = {
  families: [
    {
      name: 'presumes',
      means: 'presumes what they want or know',
      patterns: [
        '(?:seguro|estoy segur[oa]|seguramente|sin duda) (?:de )?que (?:te|le|les) (?:encantar(?:á|a|ía|ia)|interesar(?:á|a|ía|ia)|va a (?:encantar|interesar)|gustar(?:á|a|ía|ia))',
        'como (?:seguramente|seguro|bien|ya) (?:sabes|sabe|sab(?:é|e)s|sab(?:é|e)is|sabr(?:á|a)s|sabr(?:á|a))', '(?:s(?:é|e)|sabemos) que (?:quieres|buscas|necesitas|quiere|busca|necesita|te interesa|le interesa)',
        '(?:debes|debe|deb(?:é|e)s) de estar buscando', 'seguro que (?:est(?:á|a)s|est(?:á|a)) buscando', 'no podr(?:á|a)s (?:decir que no|resistirte|negarte)', 'te va a encantar', 'le va a encantar',
      ],
    },
  ],
};
