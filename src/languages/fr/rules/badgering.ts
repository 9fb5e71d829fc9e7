import type { LocalizedRule } from '../../types.ts';

const NTH = '(?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|[ée]ni[èe]me|\\d+e)';

/** Pressure about unanswered messages ("je me permets de vous relancer" once is a polite follow-up). */
export const badgering: LocalizedRule = {
  // Once they have written, a tally of earlier tries is history: "je vous ai relancé deux fois et vous
  // revenez enfin vers moi" complains about the past (negative-tone's), it does not press for a reply.
  coldOnlyFamilies: ['talliesEarlierTries'],
  families: [
    {
      name: 'pressuresForReply',
      means: 'pressures them about earlier messages',
      patterns: [
        "(?:avez|as)-(?:vous|tu) (?:bien )?(?:vu|lu|re[çc]u|eu le temps de lire) mon (?:dernier |pr[ée]c[ée]dent |premier )?(?:message|mail|e-mail|courriel|invitation)",
        "je reviens (?:encore|une nouvelle fois|[àa] nouveau|une fois de plus|une (?:deuxi[èe]me|troisi[èe]me|[ée]ni[èe]me) fois) vers (?:vous|toi)", 'toujours pas de (?:r[ée]ponse|nouvelles|retour)',
        "pourquoi (?:ne )?(?:me r[ée]pondez-vous|me r[ée]ponds-tu|vous ne me r[ée]pondez|tu ne me r[ée]ponds|ne me r[ée]pondez-vous)", 'sans (?:aucune )?(?:r[ée]ponse|nouvelles) de (?:votre|ta) part',
        'je (?:relance|remonte) (?:encore|[àa] nouveau|une nouvelle fois|mon message|ce message)', 'vous (?:m\'ignorez|ignorez mes messages)', "(?:vous (?:ne )?m'avez|tu (?:ne )?m'as|t'as) (?:toujours|jamais) pas r[ée]pondu", "(?:vous ne m'avez|tu ne m'as) (?:toujours |jamais )?pas r[ée]pondu", "je n'ai (?:toujours )?(?:pas|jamais) eu de (?:r[ée]ponse|retour)",
      ],
      // No answer from someone else: "toujours pas de réponse de la banque", "pas de nouvelles du jury".
      quiet: ["toujours pas de (?:r[ée]ponse|nouvelles|retour) (?:(?:du|des|de la|de leur|de son|de sa|de ses|de notre|de nos|de mon|de ma|de mes) \\p{L}+|(?:de l|d)['’]\\p{L}+|de (?!(?:votre|ta|vous|toi)\\b)\\p{L}+)"],
    },
    {
      name: 'talliesEarlierTries',
      means: 'counts the messages they left unanswered',
      patterns: [
        "je (?:vous|t') ai (?:d[ée]j[àa] )?(?:[ée]crit|relanc[ée]e?|contact[ée]e?|envoy[ée] un message) (?:deux|trois|quatre|plusieurs|\\d+) fois",
        "(?:[çc]a fait|voil[àa]|cela fait) (?:deux|trois|quatre|plusieurs|\\d+) (?:fois|messages|semaines|relances) que je (?:vous|t') (?:[ée]cris|relance|contacte|sollicite)",
        // The nth time of writing to them, not of anything else ("pour la deuxième fois consécutive, notre équipe…").
        `(?:c'est|voici|voil[àa]) (?:la|ma) ${NTH} (?:fois que je (?:vous|t'|te) (?:[ée]cris|relance|contacte|sollicite|envoie)|relance|tentative|message)`,
        `je (?:vous|te|t') (?:[ée]cris|relance|recontacte|sollicite|envoie ce message) (?:pour la|une) ${NTH} fois`,
        `(?:pour la|une|ma) ${NTH} relance`,
      ],
    },
  ],
};
