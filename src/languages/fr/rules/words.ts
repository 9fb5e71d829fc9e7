import type { Lexicon } from '../../../engine/families.ts';

/** Word lists several French rules share: the reader (vous/tu) and what belongs to them. */
export const reader: Lexicon = {
  // The reader's: "votre", "vos", "ton", "ta", "tes".
  yourPoss: ['votre', 'vos', 'ton', 'ta', 'tes'],
  // The writer's: "mon", "ma", "mes", "notre", "nos".
  myPoss: ['mon', 'ma', 'mes', 'notre', 'nos'],
  // Days, for deadlines.
  day: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir', 'midi', 'aujourd\'hui', 'la fin de (?:la )?(?:journ[ée]e|semaine)'],
};

/** Passing the writer's CV on inside the reader's company: job-ask and personal-favor both read it. */
export const passingOn: Lexicon = {
  // "transmettre", "faire remonter", "relayer"… in the infinitive and the vous/tu imperative.
  passOnVerb: [
    'transmettre', 'transmettez', 'transmets', 'transf[ée]rer', 'transf[ée]rez', 'faire suivre', 'faites suivre', 'fais suivre', 'faire passer',
    'faites passer', 'fais passer', 'faire remonter', 'faites remonter', 'fais remonter', 'remonter', 'relayer', 'relayez', 'relaie', 'remettre',
    'glisser', 'glissez', 'donner', 'montrer', 'montrez',
  ],
  // Who inside the company hires.
  hiringSide: [
    '(?:votre |ton |ta |au |le |la )?(?:service )?(?:RH|ressources humaines|recrutement|DRH)', "(?:votre |ton |l')?[ée]quipe (?:talents?|RH|recrutement|talent acquisition)",
    '(?:votre|ton|vos|tes) (?:recruteurs?|recruteuses?|manager|managers|responsable|responsables|[ée]quipe|coll[èe]gues|directeur|directrice|N\\+1|boss|chef)',
    'la bonne personne', 'qui de droit', "quelqu'un (?:de|qui)", "(?:la|les) personnes? (?:en charge|concern[ée]es?|qui recrut\\p{L}*|qui (?:s'occupe|s'occupent|g[èe]re|g[èe]rent|suit|suivent) (?:du|des|de la|les|le|la) (?:recrutement|recrutements|embauches?|RH))",
  ],
};
