import type { LocalizedRule } from '../../types.ts';

/** `badgering` (languages.md §5): pressure phrases about unanswered messages (the count itself is the rule's own check). */
export const badgering: LocalizedRule = {
  families: [
    {
      name: 'chasesReply',
      means: 'chases them for a reply',
      patterns: [
        'viu (?:a )?minha (?:[úu]ltima )?mensagem\\?', '(?:chegou a ver|recebeu|viste|recebeste) (?:a )?minha (?:[úu]ltima )?mensagem', 's[óo] refor[çc]ando',
        // "Só lembrando que a retrospectiva foi pra sexta" passes on news; a reminder of my message or my wait still chases.
        's[óo] (?:relembrando|lembrando)(?! que (?!(?:te |lhe |eu )?(?:mandei|enviei|escrevi|aguardo|espero|estou aguardando|ainda)))',
        'ainda (?:aguardo|espero) (?:\\S+ ){0,2}?(?:retorno|resposta|posi[çc][ãa]o)',
        'passando (?:aqui )?(?:de novo|novamente|mais uma vez)', 'por que (?:voc[êe]|vc|tu|o senhor|a senhora) n[ãa]o (?:me )?(?:responde|respondeu|retorna|retornou|respondes)',
        '(?:ainda|continuo|sigo) (?:sem resposta|sem retorno|esperando|aguardando|à espera)', 'j[áa] (?:te |lhe )?(?:mandei|enviei|escrevi) (?:\\S+ )?(?:mensagens|vezes|e-?mails)',
        'pela (?:segunda|terceira|quarta|quinta|en[ée]sima) vez', 'de novo sem resposta', 'nenhuma resposta at[ée] agora', 'ignorando (?:minhas|as minhas) mensagens',
      ],
    },
  ],
};
