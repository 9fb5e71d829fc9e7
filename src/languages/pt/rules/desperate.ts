import type { LocalizedRule } from '../../types.ts';

/** `desperate` (languages.md §5): begging and despair. Enthusiasm ("adoraria", "seria um prazer") stays quiet. */
export const desperate: LocalizedRule = {
  families: [
    {
      name: 'begs',
      means: 'sounds desperate',
      patterns: [
        '(?:estou|tô|to|ando|fico|estou a ficar|me sinto|sinto-me) (?:muito |completamente |totalmente )?desesperad[oa]', 'desesperadamente', '(?:te |lhe |vos )?(?:imploro|suplico)',
        'pelo amor de deus', 'fa[çc]o qualquer coisa', 'aceito qualquer (?:coisa|vaga|sal[áa]rio|trabalho|emprego|proposta)', '(?:voc[êe] é |és |é )?(?:a )?minha [úu]ltima esperan[çc]a',
        'por favor,? por favor', 'preciso muito (?:de )?(?:um |uma )?(?:emprego|trabalho|ajuda|oportunidade)', 'n[ãa]o aguento mais', 'estou sem sa[íi]da',
      ],
    },
  ],
};
