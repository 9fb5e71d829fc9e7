import type { LocalizedRule } from '../../types.ts';

/** `nickname` (languages.md §5): familiar address terms as vocatives (mano, cara, campeão, chefe). Short forms of their name come from `names.shortForms`. */
export const nickname: LocalizedRule = {
  lexicon: {
    greetingWord: ['oi', 'oie', 'ol[áa]', 'e a[íi]', 'fala', 'salve', 'opa', 'bom dia', 'boa tarde', 'boa noite', 'valeu', 'obrigad[oa]', 'abra[çc]o', 'tchau', 'beleza', 'blz', 'hey', 'ei'],
    familiar: ['amig[ãa]o', 'amigo', 'amiga', 'mano', 'mana', 'brother', 'bro', 'brow', 'chefe', 'chefia', 'parceiro', 'parceira', 'parça', 'campe[ãa]o', 'campe[ãa]', 'irm[ãa]o', 'fera', 'meu rei', 'minha rainha', 'patr[ãa]o', 'v[ée]i', 'velho', 'cumpadi', 'compadre', 'camarada', 'meu querido', 'craque', 'guerreiro', 'mestre', 'cara', 'meu amigo', 'minha amiga', 'meu caro', 'pá'],
  },
  families: [
    {
      name: 'familiarAddress',
      means: 'is too familiar for LinkedIn',
      patterns: [
        '(?<=(?:{greetingWord}),?\\s)(?:{familiar})(?= *(?:[,.!?…]|$|\\n|\\p{Extended_Pictographic}))',
        '(?<=,\\s)(?:amig[ãa]o|amig[oa]|cara|mano|brother|bro|chefe|chefia|parceiro|parça|campe[ãa]o|irm[ãa]o|fera|meu rei|patr[ãa]o|v[ée]i|craque|guerreiro|meu amigo|meu querido|pá)(?= *(?:[.!?…]|$|\\p{Extended_Pictographic}))',
      ],
      quiet: ['(?:olá|oi|caro|cara|prezad[oa]|estimad[oa]),? (?:colega|amigo)(?= \\p{Lu})'],
    },
  ],
};
