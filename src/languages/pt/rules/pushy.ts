import type { LocalizedRule } from '../../types.ts';

/**
 * `pushy` (languages.md §5): urgency and deadlines imposed on the reader. "Fico no aguardo", "Aguardo seu
 * retorno" and "quando puder" stay quiet unless a deadline is attached ("Aguardo seu retorno até amanhã").
 */
export const pushy: LocalizedRule = {
  lexicon: {
    deadline: ['amanh[ãa]', 'hoje', 'ainda hoje', 'segunda', 'ter[çc]a', 'quarta', 'quinta', 'sexta', 's[áa]bado', 'domingo', 'o fim do dia', 'o final do dia', 'o fim da tarde', 'o meio-dia', 'às \\d+(?:h(?:\\d\\d)?)?', 'as \\d+(?:h(?:\\d\\d)?)?'],
  },
  families: [
    {
      name: 'urgency',
      means: 'pressures them with urgency',
      patterns: ['urgente', 'urgent[ií]ssimo', 'com urg[êe]ncia', 'asap', 'o quanto antes', 'o mais r[áa]pido poss[íi]vel', 'o mais breve poss[íi]vel', 'o mais depressa poss[íi]vel', 'imediatamente', 'pra ontem', 'para ontem', 'hoje mesmo', 'urgentemente',
        'o mais cedo poss[íi]vel', 'com a (?:m[áa]xima|maior) (?:brevidade|urg[êe]ncia)', 'na maior brevidade', 'com a (?:poss[íi]vel|devida) brevidade', 'com brevidade', 'assim que poss[íi]vel', 'logo que poss[íi]vel', 'quanto antes melhor', 'sem demora', '(?:resposta|retorno) imediat[oa]', '(?:responde|responda|retorna|retorne|me responde|me responda|me retorne|me liga|me ligue|liga|ligue) (?:ainda )?hoje', 'o mais brevemente poss[íi]vel', '(?:at[ée]|antes d[eao]) [^.?!]{0,30}?sem falta', 'o mais r[áa]pido que (?:puder|conseguir|der)', 'ainda hoje', '(?:tenho|estou com) pressa', 'n[ãa]o posso esperar', 'resposta urgente',
        '(?:responde|responda|retorna|retorne|me diz|me diga|me fala|me fale|me manda|me envia|me mande|me envie) logo'],
      quiet: [
        '(?:n[ãa]o (?:é|e) urgente|nada urgente|sem urg[êe]ncia|n[ãa]o h[áa] urg[êe]ncia)',
        // Urgency as a field of work, and the writer's own promise: "urgência e emergência", "assim que possível eu mando".
        '(?:com|em|na|de) urg[êe]ncia e emerg[êe]ncia', '(?:trabalho|atuo|trabalhei|atuei|plant[ãa]o) (?:com|em|na|de) urg[êe]ncia',
        '(?:(?:assim|logo) que poss[íi]vel|com (?:a (?:m[áa]xima|maior|poss[íi]vel|devida) )?brevidade|o quanto antes),? (?:eu )?(?:enviarei|responderei|retornarei|vou|mando|envio|te mando|lhe envio|respondo|retorno|aviso|ligo|fa[çc]o|resolvo|passo|trago|volto)',
        // Urgency of someone else's need: "a demanda do hospital é urgente".
        '(?:demanda|pedido|caso|situa[çc][ãa]o|obra|reparo|conserto|cirurgia|paciente|atendimento|cliente|entrega)s? (?:[\\p{L}-]+ ){0,3}?(?:é|está|era|são|ficou|virou) urgente',
        // The writer's own promptness ("Envio hoje mesmo", "vou responder o quanto antes") presses no one.
        '(?:vou|vamos|irei|iremos|envio|enviarei|mando|mandarei|retorno|retornarei|responderei|respondo|farei|fa[çc]o|comecei|come[çc]o|resolvo|resolverei|ligo|ligarei|te aviso|aviso)(?:-(?:lhe|lhes|te|vos))? (?:[\\p{L}-]+ ){0,8}?(?:o quanto antes|o mais r[áa]pido poss[íi]vel|o mais breve poss[íi]vel|o mais cedo poss[íi]vel|com urg[êe]ncia|hoje mesmo|imediatamente|ainda hoje|urgentemente|assim que poss[íi]vel|logo que poss[íi]vel|com brevidade|sem demora)',
        // The writer's own start or delivery offered early ("posso começar o quanto antes", "estou disponível para entrar com urgência").
        '(?:posso|consigo|podemos|conseguimos|pretendo|pretendemos|estou pront[oa] (?:para|pra|a)|estamos pront[oa]s (?:para|pra|a)|estou dispon[íi]vel (?:para|pra)|tenho disponibilidade (?:para|pra)) (?:me )?(?:come[çc]ar|iniciar|entrar|assumir|mudar|viajar|integrar|incorporar|entregar|enviar|mandar|resolver|ajustar|corrigir|agendar|marcar|apresentar|estar|ir|voltar) (?:[\\p{L}-]+ ){0,3}?(?:o quanto antes|o mais r[áa]pido poss[íi]vel|o mais breve poss[íi]vel|o mais cedo poss[íi]vel|com urg[êe]ncia|imediatamente|assim que poss[íi]vel|logo que poss[íi]vel|com brevidade|sem demora)',
        // Urgency about a topic, not about the reader's reply: "cirurgia urgente", "atendimento de urgência".
        '(?:cirurgias?|atendimentos?|casos?|cuidados?|tratamentos?|temas?|pautas?|interna[çc](?:ão|ões)|transplantes?|medidas?|reformas?) (?:[\\p{L}-]+ )?urgentes?',
      ],
    },
    {
      name: 'deadline',
      means: 'sets them a deadline',
      patterns: [
        '(?:aguardo|espero|fico no aguardo d[oe]|fico à espera d[ao]|preciso d[aeo]|(?:estou|fico|ficarei) (?:aguardando|esperando|a aguardar|a esperar)) (?:\\S+ ){0,3}?(?:resposta|retorno|posicionamento|feedback|confirmaç(?:ão|ao)|ok) (?:at[ée]|ainda|no m[áa]ximo at[ée]) (?:{deadline})',
        'preciso (?:d[ao] |de uma |de )?(?:sua |tua )?(?:resposta|retorno|confirmaç(?:ão|ao)) (?:ainda )?hoje',
        // Their answer asked for by a deadline: "você tem que me dar uma resposta hoje", "me dê um retorno até sexta".
        '(?:(?:tem|tens|precisa|precisas|deve|deves|deveria|pode|podes|poderia|poderias|consegue|consegues|conseguiria)(?: que| de)? (?:me )?(?:dar|mandar|enviar|passar)|(?:me )?(?:d[êeá]|mande|manda|envie|envia|passe|passa)(?:-me)?) (?:uma |um |a |o |sua |seu |tua |teu )?(?:resposta|retorno|posicionamento|posi[çc][ãa]o|feedback|confirma[çc][ãa]o) (?:ainda |at[ée] )?(?:{deadline})(?![\\p{L}])',
        '(?:responda|responde|retorne|retorna|confirme|confirma|me responda|me responde) (?:\\S+ )?(?:at[ée]|antes d[ea]) (?:{deadline})',
        'prazo (?:m[áa]ximo|final|limite) (?:é|de|at[ée])', '(?:at[ée]|antes d[eoa]) (?:{deadline}) sem falta', 'exijo (?:\\S+ ){0,3}?(?:at[ée]|antes d[eoa]) (?:{deadline})',
        '(?:responda|responde|retorne|retorna|confirme|confirma|envie|envia|mande|manda|me d[êáa]|preciso|quero|aguardo|espero|me responda|me responde|me retorne|me envie|me mande) (?:[\\p{L}\\p{N}-]+ ){0,5}?(?:at[ée]|antes d[eoa]|no m[áa]ximo at[ée]) (?:{deadline})',
        '(?:preciso|quero) (?:muito )?(?:d[ao] (?:sua |tua )?|de (?:uma )?)?(?:resposta|retorno|confirmaç(?:ão|ao)|posicionamento) (?:hoje|urgente|logo|r[áa]pido|j[áa]|agora)',
        '(?:conto com|aguardo|espero|preciso d[eoa]) (?:o |a )?(?:seu |sua |teu |tua )?(?:retorno|resposta|feedback|posi[çc][ãa]o|confirma[çc][ãa]o|assinatura|aprova[çc][ãa]o) (?:ainda |at[ée] )(?:hoje|amanh[ãa]|esta semana|essa semana|este m[êe]s|esse m[êe]s|{deadline})',
        // "sem falta" after a day, when what is due is their answer: "preciso da resposta sobre o orçamento HOJE sem falta".
        '(?:preciso|quero|aguardo|espero|conto com)[^.?!\\n]{0,60}?(?:hoje|amanh[ãa]|{deadline}) sem falta',
        // "impreterivelmente" (without fail) makes any date a demand.
        '(?:at[ée]|antes d[eoa]) (?:{deadline})[^.?!\\n]{0,20}?impreterivelmente', '(?:resposta|retorno|confirma[çc][ãa]o|conto com|preciso)[^.?!\\n]{0,60}?impreterivelmente',
      ],
    },
  ],
};
