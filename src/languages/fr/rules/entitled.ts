import type { LocalizedRule } from '../../types.ts';

/** Claiming a right to the reader's time or a job ("j'attends votre retour" is a normal closing). */
export const entitled: LocalizedRule = {
  families: [
    {
      name: 'owed',
      means: 'claims the reader owes you something',
      patterns: [
        "(?:vous me devez|tu me dois)", "je m[ée]rite (?:au minimum |au moins |bien |largement |amplement )?(?:une|un|votre|ta|ce|cette|d'[êe]tre) ?(?:r[ée]ponse|explication|retour|entretien|poste|chance|consid[ée]ration|recontact[ée]|embauch[ée])?",
        'la moindre des choses', "le (?:strict )?minimum (?:serait|c'est|aurait [ée]t[ée]) de", "(?:vous devriez|tu devrais) (?:m'embaucher|m'engager|me recruter|me r[ée]pondre|me prendre)",
        "j'exige (?:une|votre|ta|des) (?:r[ée]ponse|explication|excuses|retour)", "j'ai (?:bien )?droit [àa] (?:une|un|des) (?:r[ée]ponse|explication|retour|excuses)",
        "(?:vous avez|tu as) (?:le devoir|l'obligation) de", "(?:vous pourriez|tu pourrais) au moins (?:me )?r[ée]pondre", "(?:r[ée]pondre|une r[ée]ponse),? c'est la base",
      ],
    },
  ],
};
