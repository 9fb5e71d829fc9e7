import type { LocalizedRule } from '../../types.ts';

/** Pressure about unanswered messages ("je me permets de vous relancer" once is a polite follow-up). */
export const badgering: LocalizedRule = {
  families: [
    {
      name: 'pressuresForReply',
      means: 'pressures them about earlier messages',
      patterns: [
        "(?:avez|as)-(?:vous|tu) (?:bien )?(?:vu|lu|re[çc]u|eu le temps de lire) mon (?:dernier |pr[ée]c[ée]dent |premier )?(?:message|mail|e-mail|courriel|invitation)",
        "je reviens (?:encore|une nouvelle fois|[àa] nouveau|une fois de plus|une (?:deuxi[èe]me|troisi[èe]me|[ée]ni[èe]me) fois) vers (?:vous|toi)", 'toujours pas de (?:r[ée]ponse|nouvelles|retour)',
        "pourquoi (?:ne )?(?:me r[ée]pondez-vous|me r[ée]ponds-tu|vous ne me r[ée]pondez|tu ne me r[ée]ponds|ne me r[ée]pondez-vous)", 'sans (?:aucune )?(?:r[ée]ponse|nouvelles) de (?:votre|ta) part',
        "je (?:vous|t') ai (?:d[ée]j[àa] )?(?:[ée]crit|relanc[ée]e?|contact[ée]e?|envoy[ée] un message) (?:deux|trois|quatre|plusieurs|\\d+) fois", '(?:pour la|c\'est la|une) (?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|[ée]ni[èe]me|\\d+e) (?:fois|relance)',
        'je (?:relance|remonte) (?:encore|[àa] nouveau|une nouvelle fois|mon message|ce message)', 'vous (?:m\'ignorez|ignorez mes messages)', "(?:vous (?:ne )?m'avez|tu (?:ne )?m'as|t'as) (?:toujours|jamais) pas r[ée]pondu", "(?:vous ne m'avez|tu ne m'as) (?:toujours |jamais )?pas r[ée]pondu", "(?:[çc]a fait|voil[àa]|cela fait) (?:deux|trois|quatre|plusieurs|\\d+) (?:fois|messages|semaines|relances) que je (?:vous|t') (?:[ée]cris|relance|contacte|sollicite)", "je n'ai (?:toujours )?(?:pas|jamais) eu de (?:r[ée]ponse|retour)",
      ],
    },
  ],
};
