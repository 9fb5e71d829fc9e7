import type { LocalizedRule } from '../../types.ts';

/** Asking for identity numbers, bank details, passwords or codes, birth date, home address (their own, not the writer's). */
export const sensitiveInfo: LocalizedRule = {
  lexicon: {
    secret: [
      'num[ée]ro de s[ée]curit[ée] sociale', 'num[ée]ro de s[ée]cu', 'num[ée]ro de s[ée]cu(?:rit[ée])? sociale', 'carte vitale', 'RIB', 'IBAN', 'coordonn[ée]es bancaires',
      'num[ée]ro de (?:carte|compte)(?: bancaire)?', 'carte bancaire', 'carte de cr[ée]dit', 'cryptogramme', 'mot de passe', 'mots de passe', 'identifiants?',
      'code (?:de v[ée]rification|de confirmation|PIN|secret|re[çc]u par SMS|[àa] \\d chiffres|de s[ée]curit[ée])', 'code PIN', 'date de naissance',
      'adresse (?:personnelle|perso|postale personnelle|de domicile)', "pi[èe]ce d'identit[ée]", "carte d'identit[ée]", 'passeport', 'num[ée]ro fiscal', 'titre de s[ée]jour',
    ],
  },
  families: [
    {
      name: 'asksForSecrets',
      means: 'asks for sensitive personal data',
      quiet: ['ne (?:communiquez|donnez|partagez|transmettez|communique|donne|partage) jamais (?:votre|vos|ton|ta|tes) [^.!?\\n]{1,40}'],
      patterns: ["(?:votre|vos|ton|tes|ta) (?:copie (?:de|d') (?:votre|ta) )?{secret}", "(?:une )?copie (?:de|d') (?:votre|ta) {secret}"],
    },
  ],
};
